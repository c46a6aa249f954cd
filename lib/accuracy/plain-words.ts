/**
 * Every accuracy figure read out in plain words (docs/scoring.md sections 2.3-2.8): the Brier
 * score against its reference points, skill as "x% better or worse than ...", the log score
 * likewise, the hit rate, and how much a small sample or a wide interval can say. Pure: the
 * components only place these sentences beside the numbers.
 */
import { formatCount, formatNumber as num, formatPercent as pct, plural } from "@/lib/format/numbers";
import { LOG_SCORE_MIN_PROBABILITY } from "@/lib/scoring";

/** The fixed reference points of the Brier score (0-1 scale), docs/scoring.md 2.3. */
export const BRIER_REFERENCE = {
  perfect: 0,
  /** Always saying 50%, whatever happens. */
  coinFlip: 0.25,
  /** Saying 97% ("will", the lexicon's WILL) and being wrong every time: 0.97^2. */
  wrongAt97: 0.97 * 0.97,
} as const;

/** The log score's reference points (nats): always 50%, and the worst single term after the clamp. */
export const LOG_REFERENCE = { coinFlip: Math.LN2, worst: -Math.log(LOG_SCORE_MIN_PROBABILITY) } as const;

/** Below this many scored forecasts a score is not read as a track record at all. */
export const TINY_SAMPLE = 5;
/** Below this many, the sample is called small (the leaderboard's default minimum, scoring.md 5). */
export const SMALL_SAMPLE = 25;

/** The base-rate forecaster's Brier score for a set with base rate o_bar: o_bar (1 - o_bar). */
export function baseRateBrier(baseRate: number): number {
  return baseRate * (1 - baseRate);
}

/** Lower-is-better comparison of two scores, "about as good as" within `tolerance`. */
function compareLower(value: number, reference: number, tolerance: number): string {
  if (Math.abs(value - reference) < tolerance) return "about as good as";
  return value < reference ? "better than" : "worse than";
}

/** One sentence on a Brier score: where it stands against 0.25 and the base rate of this very set. */
export function brierInWords(brier: number | null, baseRate: number | null): string {
  if (brier === null) return "No score: nothing is scored yet.";
  if (brier === 0) return "Perfect: every scored forecast was certain and right.";
  const parts = [`${compareLower(brier, BRIER_REFERENCE.coinFlip, 0.01)} saying 50% every time (${num(BRIER_REFERENCE.coinFlip, 2)})`];
  if (baseRate !== null) {
    const ref = baseRateBrier(baseRate);
    parts.push(
      ref === 0
        ? `worse than always saying ${pct(baseRate)} (every outcome was the same, so that would have scored 0)`
        : `${compareLower(brier, ref, 0.01)} always saying ${pct(baseRate)}, how often these events happened (${num(ref)})`,
    );
  }
  const sentence = `${capitalise(parts.join(", and "))}.`;
  return brier >= 0.8 ? `${sentence} Close to being wrong at 97% every time (about ${num(BRIER_REFERENCE.wrongAt97, 2)}).` : sentence;
}

/**
 * A Brier score in one short phrase, for share images, embeds and link previews: against saying
 * 50% every time, how much of that error is removed, and a warning when the sample is small.
 */
export function brierInShort(brier: number | null, n: number): string {
  if (brier === null || n === 0) return "nothing scored yet: no forecast has been resolved yes or no after its deadline";
  const small = n < SMALL_SAMPLE ? ` (only ${plural(n, "forecast")} scored: read with care)` : "";
  const verdict = compareLower(brier, BRIER_REFERENCE.coinFlip, 0.01);
  const removed = verdict === "better than" ? `: ${Math.round((1 - brier / BRIER_REFERENCE.coinFlip) * 100)}% of its error removed` : "";
  return `${verdict} saying 50% every time (${num(BRIER_REFERENCE.coinFlip, 2)})${removed}${small}`;
}

/** The scale in one line, for the Brier score's label. */
export const BRIER_SCALE = `0 is perfect; ${num(BRIER_REFERENCE.coinFlip, 2)} is saying 50% every time; about ${num(BRIER_REFERENCE.wrongAt97, 2)} is being wrong at 97% every time.`;

/**
 * A skill score (1 - score / reference, higher is better) as "x% better or worse than <reference>".
 * Below -1 the score is more than twice the reference's: said as "n times".
 */
export function skillInWords(skill: number | null, reference: string, whyNone = "no comparison possible"): string {
  if (skill === null) return `Not comparable with ${reference}: ${whyNone}.`;
  const share = Math.round(Math.abs(skill) * 100);
  if (share === 0) return `No better and no worse than ${reference}.`;
  if (skill >= 0) return skill >= 1 ? `Perfect: as good as it gets, far better than ${reference}.` : `${share}% better than ${reference}.`;
  if (skill <= -1) return `Much worse than ${reference}: a score ${num(1 - skill, 1)} times as high.`;
  return `${share}% worse than ${reference}.`;
}

/** The reference of the skill against the base rate, in words ("always saying 25%, how often ..."). */
export function baseRateReference(baseRate: number | null): string {
  return baseRate === null ? "always saying the base rate" : `always saying ${pct(baseRate)} (how often these events happened)`;
}

/** Skill against the base rate; null when every outcome was the same (scoring.md 2.8). */
export function baseRateSkillInWords(skill: number | null, baseRate: number | null): string {
  return skillInWords(skill, baseRateReference(baseRate), "every outcome was the same, so there is no spread to explain");
}

/** The log score against always saying 50% (ln 2) and its worst single term. */
export function logScoreInWords(logScore: number | null): string {
  if (logScore === null) return "No score: nothing is scored yet.";
  const skill = 1 - logScore / LOG_REFERENCE.coinFlip;
  const against = `always saying 50% (${num(LOG_REFERENCE.coinFlip)})`;
  const head = skillInWords(skill, against);
  return `${head} One confident miss costs up to ${num(LOG_REFERENCE.worst)}.`;
}

/** "7 of 12 on the right side of 50%" (a forecast at exactly 50% counts half). */
export function hitRateInWords(hitRate: number | null, n: number): string {
  if (hitRate === null || n === 0) return "Nothing is scored yet.";
  const hits = Math.round(hitRate * n * 2) / 2;
  return `${num(hits, Number.isInteger(hits) ? 0 : 1)} of ${plural(n, "forecast")} on the right side of 50%.`;
}

/**
 * "0.09 and 0.41": the 95% interval's bounds, clipped to 0..1, to 2 decimals, or more (up to 4) when a
 * large sample makes it so narrow that 2 would print the same number twice.
 */
function intervalInWords(brier: number, standardError: number): string {
  const lo = Math.max(0, brier - 1.96 * standardError);
  const hi = Math.min(1, brier + 1.96 * standardError);
  let digits = 2;
  while (digits < 4 && num(lo, digits) === num(hi, digits)) digits++;
  return `${num(lo, digits)} and ${num(hi, digits)}`;
}

/** How much the sample can say, and the Brier score's 95% interval in words (never "± x" for a handful). */
export function sampleInWords(n: number, brier: number | null, standardError: number | null): { level: "none" | "tiny" | "small" | "enough"; text: string } {
  if (n === 0 || brier === null) return { level: "none", text: "Nothing is scored yet." };
  if (n === 1) return { level: "tiny", text: "One scored forecast: a single result, not a track record." };
  if (n < TINY_SAMPLE) return { level: "tiny", text: `Only ${plural(n, "scored forecast")}: far too few to tell skill from luck.` };
  const interval =
    standardError === null
      ? ""
      : ` The score is likely somewhere between ${intervalInWords(brier, standardError)} (95% interval)${1.96 * standardError > 0.1 ? ", a wide range" : ""}.`;
  if (n < SMALL_SAMPLE) return { level: "small", text: `A small sample: ${plural(n, "scored forecast")}.${interval}` };
  return { level: "enough", text: `${plural(n, "scored forecast")}.${interval}` };
}

/** "20 of the 21 resolved forecasts could be scored (yes or no)"; no "–" when nothing is resolved. */
export function scorableInWords(yesNo: number, resolved: number): string {
  if (resolved === 0) return "None is resolved yet.";
  if (yesNo === resolved) return `All ${plural(resolved, "resolved forecast")} ended yes or no, so all could be scored.`;
  return `${formatCount(yesNo)} of the ${plural(resolved, "resolved forecast")} ended yes or no and could be scored; the rest are ambiguous, annulled or had their condition unmet.`;
}

/** The best and worst case over the words' probability ranges (scoring.md 2.7). */
export function rangeInWords(range: { best: number; worst: number } | null): string {
  if (!range) return "";
  return `Read anywhere within the ranges of their words, the Brier score would lie between ${num(range.best)} (best case) and ${num(range.worst)} (worst case).`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
