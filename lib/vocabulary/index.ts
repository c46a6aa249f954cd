/**
 * The domain's vocabulary: every enumerated choice (languages, attributions, bases, polarity,
 * person kinds, outcome statuses, roles) and the words a reader sees for it. One client-safe
 * module with no imports, used by the schema (db/schema.ts types its columns with it), the
 * validation schemas, the forms and the pages. Add a value here and the compiler shows every
 * label, form and query that must learn it.
 */
export const LANGUAGES = ["de", "nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_LABEL: Record<Language, string> = { de: "German", nl: "Dutch", en: "English" };

export const PERSON_KINDS = ["person", "institution"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABEL: Record<PersonKind, string> = { person: "person", institution: "institution" };

/** own: the author's claim; quoted: the forecaster's words in quotation marks; reported: paraphrase or indirect speech. */
export const ATTRIBUTIONS = ["own", "quoted", "reported"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];
export const ATTRIBUTION_LABEL: Record<Attribution, string> = { own: "the author's own", quoted: "quoted", reported: "reported (paraphrase)" };

/** The probability is always of the positively defined event; negative = "it will not happen". */
export const POLARITIES = ["positive", "negative"] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABEL: Record<Polarity, string> = { positive: "it will happen", negative: "it will not happen" };

/** stated: a date or period in the text; inferred: a default horizon for vague wording ("spoedig"); none: deliberately open. */
export const DEADLINE_BASES = ["stated", "inferred", "none"] as const;
export type DeadlineBasis = (typeof DEADLINE_BASES)[number];
export const DEADLINE_BASIS_LABEL: Record<DeadlineBasis, string> = { stated: "stated in the text", inferred: "inferred", none: "none" };

/** stated: a number in the text; lexicon: the words mapped through the versioned lexicon. */
export const PROBABILITY_SOURCES = ["stated", "lexicon"] as const;
export type ProbabilitySource = (typeof PROBABILITY_SOURCES)[number];

/** published: the article's date; first_published: the earlier original; statement: when the forecaster said it; inferred: worked out from the text. */
export const MADE_ON_BASES = ["published", "first_published", "statement", "inferred"] as const;
export type MadeOnBasis = (typeof MADE_ON_BASES)[number];
export const MADE_ON_BASIS_LABEL: Record<MadeOnBasis, string> = {
  published: "the article's date",
  first_published: "first publication",
  statement: "when it was said",
  inferred: "inferred from the text",
};

export const OUTCOME_STATUSES = ["yes", "no", "ambiguous", "annulled", "condition_not_met"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** The forecast list's status filter: open (deadline ahead or none), due (deadline passed, no outcome), resolved. */
export const FORECAST_STATUS_FILTERS = ["open", "due", "resolved"] as const;

/** The forecast list's outcome filter: happened (yes), did not happen (no), other (ambiguous, annulled, condition not met), open (no outcome). */
export const OUTCOME_FILTERS = ["happened", "not-happened", "other", "open"] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];
export const OUTCOME_FILTER_LABEL: Record<OutcomeFilter, string> = {
  happened: "happened",
  "not-happened": "did not happen",
  other: "other (ambiguous, annulled, condition not met)",
  open: "open (no outcome yet)",
};

/** The forecast list's orders: relevance (with a search), made on (newest first), deadline (soonest first), score (best Brier first). */
export const FORECAST_SORTS = ["relevance", "made", "deadline", "score"] as const;
export type ForecastSort = (typeof FORECAST_SORTS)[number];
export const FORECAST_SORT_LABEL: Record<ForecastSort, string> = {
  relevance: "relevance",
  made: "made on, newest first",
  deadline: "deadline, soonest first",
  score: "score (Brier), best first",
};

export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const AUTHOR_ROLES = ["author", "translator"] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

/** "expected one of a, b, c": the one wording for an unknown enum value. */
export function expectedOneOf(values: readonly string[]): string {
  return `expected one of ${values.join(", ")}`;
}
