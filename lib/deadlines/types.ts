export type Language = "de" | "nl" | "en";

export type DeadlineBasis = "stated" | "inferred";

/**
 * What kind of phrase set the deadline: "by" an explicit bound ("spätestens 2022", "bis zum 20.
 * Januar 2025"), "not-before" a negative framing ("nicht vor 2040"), "span" a span from the
 * reference date or the date named for the event ("within five years", "this year"), "year" a
 * bare future year ("soll 2025 in Kraft treten"), "vague" a default horizon ("bald").
 */
export type DeadlineKind = "by" | "not-before" | "span" | "year" | "vague";

export interface Deadline {
  /** Last day on which the event still counts as on time, "YYYY-MM-DD". */
  date: string;
  /** "stated": the text gives the date; "inferred": a default horizon assumed for a vague phrase. */
  basis: DeadlineBasis;
  kind: DeadlineKind;
  /** The words in the text that set the deadline, verbatim. */
  phrase: string;
  /** Why the date is what it is, for anything that is not a plain reading of the text. */
  note: string | null;
  /**
   * "not before 2040" frames the event negatively: the forecast is scored as "the event happens
   * before 2040" with a low probability, so the deadline is the day before (scoring.md section 1).
   */
  notBefore: boolean;
  /** Character offsets of `phrase` in the text given to the parser. */
  start: number;
  end: number;
}
