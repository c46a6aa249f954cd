/**
 * Scoring a forecast known only as a range (scoring.md section 2): a verbal forecast maps to a
 * range of readers' interpretations (lexicon lo-hi), so show the Brier score at the point and
 * the best and worst case over the range. Example from scoring.md: "likely" 0.55-0.80 and the
 * event happening scores (1 - 0.675)^2 = 0.1056 at the midpoint, (1 - 0.80)^2 = 0.04 at best and
 * (1 - 0.55)^2 = 0.2025 at worst. (f - o)^2 is monotone in f on [0, 1] for o in {0, 1}, so the
 * extremes are always at the ends: best at the end nearer the outcome.
 */

import { brierTerm } from "./brier";
import { assertNonEmpty, assertOutcome, assertProbability } from "./forecast";

export interface ProbabilityRange {
  low: number;
  high: number;
  /** The point that is scored; the midpoint of the range if absent. */
  point?: number;
}

export interface RangeBrier {
  point: number;
  best: number;
  worst: number;
}

/** Brier term (0-1 scale) at the point and the best and worst over [low, high]. */
export function rangeBrier(range: ProbabilityRange, outcome: 0 | 1): RangeBrier {
  const { low, high } = range;
  assertProbability(low, "range low");
  assertProbability(high, "range high");
  assertOutcome(outcome);
  if (low > high) throw new RangeError(`range low ${low} is above range high ${high}`);
  const point = range.point ?? (low + high) / 2;
  assertProbability(point, "range point");
  // A point outside the range (a number in the text overriding the words' range) widens the
  // range to include it, so best <= point <= worst always holds.
  const lo = Math.min(low, point);
  const hi = Math.max(high, point);
  const near = outcome === 1 ? hi : lo;
  const far = outcome === 1 ? lo : hi;
  return { point: brierTerm(point, outcome), best: brierTerm(near, outcome), worst: brierTerm(far, outcome) };
}

export interface RangeForecast {
  probability: number;
  outcome: 0 | 1;
  probabilityLow?: number | null;
  probabilityHigh?: number | null;
}

export interface RangeBrierSummary {
  /** Mean Brier (0-1 scale) at the stored points. */
  point: number;
  /** Mean of each forecast's best and worst case: the best and worst the set could score. */
  best: number;
  worst: number;
  /** How many forecasts had a range wider than a point. */
  withRange: number;
}

/**
 * Best and worst mean Brier over a set. A forecast with no range scores its point in both; one
 * with only one end stored uses the point as the other end. The Brier score is a mean of
 * independent terms, so the set's best (worst) is the mean of each forecast's best (worst).
 */
export function rangeBrierSummary(forecasts: readonly RangeForecast[]): RangeBrierSummary {
  assertNonEmpty(forecasts);
  let point = 0;
  let best = 0;
  let worst = 0;
  let withRange = 0;
  for (const x of forecasts) {
    const p = x.probability;
    let low = x.probabilityLow ?? p;
    let high = x.probabilityHigh ?? p;
    // Only one end stored: the point is the other end (a misordered pair with both ends stored
    // still throws in rangeBrier).
    if (x.probabilityLow == null || x.probabilityHigh == null) [low, high] = [Math.min(low, high), Math.max(low, high)];
    const r = rangeBrier({ low, high, point: p }, x.outcome);
    if (Math.min(low, p) !== Math.max(high, p)) withRange += 1;
    point += r.point;
    best += r.best;
    worst += r.worst;
  }
  const n = forecasts.length;
  return { point: point / n, best: best / n, worst: worst / n, withRange };
}
