/**
 * From the cues of a sentence to one lexicon class, a probability and a polarity, following the
 * rules of scoring.md section 1: modifiers ("sehr" outward, "eher" inward), double hedges (the
 * weaker class wins), negation ("wird nicht" -> WILL_NOT, "nicht ausgeschlossen" ->
 * NOT_RULED_OUT), and a number in the text overriding the words.
 */
import { LEXICON, LEXICON_CLASSES, type LexiconClass, shiftClass, weakerClass } from "../lexicon/lexicon";
import { type CueHit, type NegationHit, type Scan, scanCues } from "./cue-scan";
import { CARRIER_KINDS, type CueKind, INWARD, LESS, OUTWARD } from "./cues";
import { findStatedProbability } from "./stated-number";
import type { Language } from "./types";

export interface ProbabilityReading {
  cls: LexiconClass;
  p: number;
  range: [number, number];
  polarity: "positive" | "negative";
  source: "lexicon" | "stated";
  expression: string;
  /** The kinds of cue that carried the reading, strongest evidence first. */
  kinds: CueKind[];
  /** Offsets (in the sentence) of the words that carry the reading. */
  cueStart: number;
  cueEnd: number;
  /** All cues stand in relative or comparative clauses: weak evidence of a forecast. */
  onlySecondary: boolean;
  /** "vielleicht nicht", "might not": p and range are the complement of the class's. */
  possiblyNot: boolean;
  scan: Scan;
}

/** The class of the event when the words are negated ("nicht wahrscheinlich", "not impossible"). */
const NEGATED: Record<LexiconClass, LexiconClass> = {
  WILL: "WILL_NOT",
  ALMOST_CERTAIN: "POSSIBLE",
  VERY_LIKELY: "UNLIKELY",
  GOOD_CHANCE: "UNLIKELY",
  LIKELY: "PROBABLY_NOT",
  BETTER_THAN_EVEN: "PROBABLY_NOT",
  REAL_POSSIBILITY: "UNLIKELY",
  EVEN: "EVEN",
  POSSIBLE: "WILL_NOT",
  NOT_RULED_OUT: "NOT_RULED_OUT",
  PROBABLY_NOT: "LIKELY",
  UNLIKELY: "REAL_POSSIBILITY",
  LITTLE_CHANCE: "LITTLE_CHANCE",
  VERY_UNLIKELY: "POSSIBLE",
  REMOTE: "POSSIBLE",
  WILL_NOT: "NOT_RULED_OUT",
};

/**
 * Classes that say the event will (probably) not happen: negative forecasts. The low-information
 * classes (POSSIBLE, NOT_RULED_OUT) say it may happen, so they stay positive.
 */
const NEGATIVE_CLASSES = new Set<LexiconClass>(["WILL_NOT", "REMOTE", "VERY_UNLIKELY", "LITTLE_CHANCE", "UNLIKELY", "PROBABLY_NOT"]);

const COORDINATION = /(?<![\p{L}])(?:und|oder|aber|doch|en|of|maar|and|or|but)(?![\p{L}])/iu;
/** Hedges whose negation is "possibly not" rather than "cannot" (unlike "könnte nicht", "could not"). */
const POSSIBLY = /^(?:vielleicht|möglicherweise|womöglich|eventuell|misschien|wellicht|mogelijk|mogelijkerwijs|eventueel|maybe|perhaps|possibly|may|might)$/i;
const CERTAINTY = /^(?:sicher|zeker|sure|certain|certainly)$/i;

/** Evidence order: a likelihood word says most, a bare "kann" or "würde" least. */
const KIND_ORDER: readonly CueKind[] = [
  "level",
  "forecast-verb",
  "future",
  "prospect",
  "plan",
  "should",
  "conditional",
  "deadline",
  "scheduled",
  "ability",
  "hypothetical",
  "become",
];

function carrierClass(hit: CueHit, conditional: boolean): LexiconClass {
  switch (hit.kind) {
    case "future":
      return hit.def.cls; // WILL, or WILL_NOT for "wird nicht" / "zal niet" / "won't"
    case "become":
    case "prospect":
    case "conditional":
    case "scheduled":
      return "WILL";
    case "plan":
      // "soll 2025 in Kraft treten": a scheduled plan, and plans slip.
      return "LIKELY";
    case "should":
      return "LIKELY";
    case "ability":
      return "POSSIBLE";
    case "hypothetical":
      // "if X, Y would happen" forecasts Y given X; a bare "would" with no condition commits to little.
      return conditional ? "WILL" : "POSSIBLE";
    default:
      return hit.def.cls;
  }
}

/** The word right before `pos` (separated by whitespace only); scans backwards, so it costs the word's length. */
function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  let end = pos;
  while (end > 0 && /[\s\u00a0]/.test(text[end - 1]!)) end--;
  if (end === pos) return null;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end ? { word: text.slice(start, end).toLowerCase(), start } : null;
}

interface Level {
  cls: LexiconClass;
  hit: CueHit;
  start: number;
  negatedBy: NegationHit | null;
}

export interface ReadOptions {
  /** Ranges of the sentence to ignore (the condition clause): its verbs are not the forecast's. */
  excluded?: ReadonlyArray<{ start: number; end: number }>;
  /** Whether the forecast has a condition ("wenn ..."): then "würde" forecasts the consequence. */
  conditional?: boolean;
  /**
   * A forecast without cue words: the consequence of a fronted condition ("Als X, rest Y ...") or
   * a sentence that sets a deadline ("sieht ... nicht vor 2040"). Used only when no cue is found.
   */
  implicit?: { kind: "conditional" | "deadline"; start: number; end: number };
}

/** Reads the likelihood a sentence expresses, or null when it has no forecast cue at all. */
export function readProbability(sentence: string, language: Language, opts: ReadOptions = {}): ProbabilityReading | null {
  const scan = scanCues(sentence, language, opts.excluded ?? []);
  const { negations } = scan;
  const implicitClause = opts.implicit
    ? Math.max(
        0,
        scan.clauses.findIndex((c) => opts.implicit!.start >= c.start && opts.implicit!.start < c.end),
      )
    : -1;
  // "Als hij was gegaan, hadden we het gehoord": a counterfactual consequence forecasts nothing.
  if (scan.cues.length === 0 && opts.implicit && !scan.pastClauses.has(implicitClause)) {
    const { kind, start, end } = opts.implicit;
    const clause = implicitClause;
    const text = sentence.slice(start, end);
    scan.cues.push({ start, end, text, def: { phrase: text, cls: "WILL", kind }, kind, clause, secondary: false });
  }
  if (scan.cues.length === 0) return null;
  // Cues in relative or comparative clauses describe something else, unless nothing else has one.
  const onlySecondary = scan.cues.every((c) => c.secondary);
  const cues = onlySecondary ? scan.cues : scan.cues.filter((c) => !c.secondary);
  const conditional = opts.conditional ?? false;
  const used: Array<{ start: number; end: number }> = [];

  const levels: Level[] = [];
  for (const hit of cues.filter((c) => c.kind === "level" || c.kind === "forecast-verb")) {
    let cls = hit.def.cls;
    let start = hit.start;
    const before = wordBefore(sentence, hit.start);
    if (before && OUTWARD[language].includes(before.word)) {
      cls = shiftClass(cls, "outward");
      start = before.start;
    } else if (before && INWARD[language].includes(before.word)) {
      cls = shiftClass(cls, "inward");
      start = before.start;
    } else if (before && LESS[language].includes(before.word)) {
      cls = NEGATED[cls];
      start = before.start;
    }
    levels.push({ cls, hit, start, negatedBy: null });
  }

  // A negation negates the next likelihood word in its clause ("nicht wahrscheinlich", "geen ...
  // mogelijk", "kann nicht ausgeschlossen werden"); otherwise the verb, i.e. the whole reading.
  const verbNegations: NegationHit[] = [];
  // A coordination ends a negation's reach: "nicht ... steht und ... zurückkehren könnte".
  const coordinated = (a: number, b: number) => COORDINATION.test(sentence.slice(Math.min(a, b), Math.max(a, b)));
  for (const neg of negations) {
    // The next likelihood word, unless a verb stands between them ("niet zal ... verwacht").
    const target = levels.find(
      (l) =>
        l.hit.clause === neg.clause &&
        l.hit.start > neg.start &&
        !l.negatedBy &&
        !coordinated(neg.end, l.hit.start) &&
        !cues.some((c) => CARRIER_KINDS.includes(c.kind) && c.start > neg.start && c.start < l.hit.start),
    );
    if (target) {
      target.negatedBy = neg;
      // "nicht sicher", "niet zeker", "not certain": uncertainty, not a forecast that it won't happen.
      target.cls = CERTAINTY.test(target.hit.text) ? "POSSIBLE" : NEGATED[target.cls];
    } else if (cues.some((c) => c.clause === neg.clause && !coordinated(neg.start, c.start))) {
      verbNegations.push(neg);
    }
  }

  let cls: LexiconClass;
  const kinds = [...new Set(cues.map((c) => c.kind))].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  if (levels.length > 0) {
    // Double hedge ("möglich, aber unwahrscheinlich", "might possibly"): the weaker class.
    cls = levels.map((l) => l.cls).reduce((a, b) => weakerClass(a, b));
    for (const l of levels) used.push({ start: l.negatedBy ? Math.min(l.negatedBy.start, l.start) : l.start, end: l.hit.end });
  } else {
    const carriers = cues.filter((c) => CARRIER_KINDS.includes(c.kind)).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const main = carriers[0]!;
    cls = carrierClass(main, conditional);
    used.push({ start: main.start, end: main.end });
    // "zouden ... kunnen", "würde ... können", "would ... be able": the modal "could", a likelihood word.
    if (carriers.some((c) => c.kind === "hypothetical") && carriers.some((c) => c.kind === "ability")) {
      cls = "POSSIBLE";
      kinds.unshift("level");
      for (const c of carriers) used.push({ start: c.start, end: c.end });
    }
  }
  const negatedLevel = levels.some((l) => l.negatedBy && levels.length > 0);
  // "vielleicht nicht", "misschien niet", "might not": the possibility that it does not happen.
  let possiblyNot = false;
  if (verbNegations.length > 0 && !negatedLevel) {
    possiblyNot = cls === "POSSIBLE" && levels.some((l) => l.cls === "POSSIBLE" && POSSIBLY.test(l.hit.text));
    if (!possiblyNot) cls = NEGATED[cls];
    for (const n of verbNegations) used.push({ start: n.start, end: n.end });
  }

  // The event is always defined positively; the polarity says the words forecast it will not
  // happen ("zal niet", "unwahrscheinlich", "kaum"), as the seed corpus records it.
  const polarity: "positive" | "negative" = NEGATIVE_CLASSES.has(cls) || possiblyNot ? "negative" : "positive";

  const cueStart = Math.min(...used.map((u) => u.start));
  const cueEnd = Math.max(...used.map((u) => u.end));
  const expression =
    cueEnd - cueStart <= 60
      ? sentence.slice(cueStart, cueEnd)
      : used
          .sort((a, b) => a.start - b.start)
          .map((u) => sentence.slice(u.start, u.end))
          .join(" … ");

  const entry = LEXICON[cls];
  const stated = findStatedProbability(sentence, language);
  if (stated) {
    return {
      cls: levels.length > 0 ? cls : nearestClass(stated.p),
      p: stated.p,
      range: [stated.p, stated.p],
      polarity,
      source: "stated",
      expression: `${stated.expression} (${expression})`,
      kinds,
      cueStart,
      cueEnd,
      onlySecondary,
      possiblyNot,
      scan,
    };
  }
  if (possiblyNot) {
    // The words give the chance that the event does NOT happen; the event's own is its complement.
    const p = round(1 - entry.p);
    return {
      cls,
      p,
      range: [round(1 - entry.hi), round(1 - entry.lo)],
      polarity,
      source: "lexicon",
      expression,
      kinds,
      cueStart,
      cueEnd,
      onlySecondary,
      possiblyNot,
      scan,
    };
  }
  return { cls, p: entry.p, range: [entry.lo, entry.hi], polarity, source: "lexicon", expression, kinds, cueStart, cueEnd, onlySecondary, possiblyNot, scan };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The lexicon class whose point is nearest to a stated probability. */
export function nearestClass(p: number): LexiconClass {
  let best: LexiconClass = "EVEN";
  for (const cls of LEXICON_CLASSES) {
    if (Math.abs(LEXICON[cls].p - p) < Math.abs(LEXICON[best].p - p)) best = cls;
  }
  return best;
}
