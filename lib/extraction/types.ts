import type { Deadline } from "../deadlines";
import type { LexiconClass } from "../lexicon/lexicon";

export type Language = "de" | "nl" | "en";
export const LANGUAGE_CODES: readonly Language[] = ["de", "nl", "en"];

/** Character offsets [start, end) in some text. */
export interface Span {
  start: number;
  end: number;
}

/** "unnamed": a source the text does not name ("Experten", "analisten", "a source", "many in Kyiv"). */
export type ForecasterKind = "person" | "institution" | "unnamed";

export interface Forecaster {
  /**
   * The full name of the person or institution (a surname or pronoun is tied back to the name
   * introduced earlier); for an unnamed source the words the text uses for it ("analysts").
   */
  name: string;
  /** The words that attribute the forecast ("laut", "volgens", "said", Konjunktiv I "sei"). */
  cue: string;
  kind: ForecasterKind;
  /** True for an unnamed source: propose no name, only that someone unnamed said it. */
  unnamed: boolean;
  /** Why this forecaster is proposed, in a few words ("speech verb: said Mr. Reeves"). */
  reason: string;
  /** The name of a person already in the ledger (ExtractOptions.knownPeople) it matched, if any. */
  known?: string;
}

/** A person or institution already in the ledger, passed in by the caller (lib/extraction reads no database). */
export interface KnownPerson {
  name: string;
  kind?: "person" | "institution";
}

export interface Candidate {
  /** The full sentence. */
  sentence: string;
  /** The span carrying the forecast: the sentence, or its forecast clauses when it is long. */
  quote: string;
  /** Character offsets of `quote` in the input text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  language: Language;
  lexiconClass: LexiconClass;
  /** Probability of the event as defined positively, in [0, 1]. */
  probability: number;
  probabilityRange: [number, number];
  /** "negative": the text says the event will not happen (stored with a low probability). */
  polarity: "positive" | "negative";
  /** "lexicon": words mapped by the lexicon; "stated": a number in the text overrides them. */
  probabilitySource: "lexicon" | "stated";
  /** The words that carry the likelihood, verbatim (kept even when a number overrides them). */
  expression: string;
  /** POSSIBLE and NOT_RULED_OUT commit to little (scoring.md section 1). */
  lowInformation: boolean;
  lexiconVersion: string;
  deadline: Deadline | null;
  /** The condition clause ("wenn ...", "if ...", "als ..."), or null for an unconditional forecast. */
  condition: string | null;
  /** Who made the forecast, when the text attributes it to someone other than the author. */
  forecaster: Forecaster | null;
  /** Confidence in [0, 1] that this is a forecast; used to rank and to threshold. */
  score: number;
  /** Short reasons behind the score, for a reviewer. */
  reasons: string[];
  /** The words that made it a forecast, verbatim ("will probably", "zal", "erwartet"). */
  cues: string[];
  /** One line for the reviewer: why this is a forecast and why this forecaster (or the author). */
  reason: string;
}

export interface ExtractOptions {
  /** The article's language; detected with franc-min when absent. */
  language?: Language;
  /** The article's date ("YYYY-MM-DD"); relative deadlines count from it. Defaults to today. */
  referenceDate?: string;
  /** Candidates scoring below this are dropped (default DEFAULT_MIN_SCORE). */
  minScore?: number;
  /** People and institutions already in the ledger: a forecaster matching one takes its name. */
  knownPeople?: readonly KnownPerson[];
}

export interface ExtractResult {
  language: Language;
  referenceDate: string;
  candidates: Candidate[];
  /** Set when the text does not read as article prose (a table, a list of links, another language). */
  note?: string;
}
