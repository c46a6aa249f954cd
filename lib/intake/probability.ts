/**
 * The probability columns of a new forecast, computed on the server from what the editor chose:
 * a lexicon class brings its point, range, low-information flag and the lexicon version from
 * lib/lexicon (whatever numbers a client sends are ignored); a stated number is its own point.
 */
import { LEXICON, LEXICON_VERSION, type LexiconClass } from "@/lib/lexicon/lexicon";

export type ProbabilityChoice =
  | { source: "lexicon"; class: LexiconClass; expression: string }
  /** A number in the text; `range` when the text gives one ("20 to 40 per cent"). */
  | { source: "stated"; value: number; expression: string; range?: [number, number] | null };

export interface ProbabilityColumns {
  probability: number;
  probabilityLow: number;
  probabilityHigh: number;
  probabilitySource: "lexicon" | "stated";
  /** The words, verbatim; null when a stated number came without them. */
  verbalExpression: string | null;
  lexiconClass: LexiconClass | null;
  lexiconVersion: string | null;
  lowInformation: boolean;
}

export function probabilityColumns(p: ProbabilityChoice): ProbabilityColumns {
  if (p.source === "stated") {
    const [lo, hi] = p.range ?? [p.value, p.value];
    return {
      probability: p.value,
      probabilityLow: lo,
      probabilityHigh: hi,
      probabilitySource: "stated",
      verbalExpression: p.expression || null,
      lexiconClass: null,
      lexiconVersion: null,
      lowInformation: false,
    };
  }
  const e = LEXICON[p.class];
  return {
    probability: e.p,
    probabilityLow: e.lo,
    probabilityHigh: e.hi,
    probabilitySource: "lexicon",
    verbalExpression: p.expression,
    lexiconClass: p.class,
    lexiconVersion: LEXICON_VERSION,
    lowInformation: e.lowInformation,
  };
}
