/**
 * Which calibration bin a probability falls in, decided on INTEGER percentages (scoring.md
 * section 3). Comparing floats to float edges loses forecasts: Fatebook's buckets drop exactly
 * 15% and 35% because 0.2 - 0.05 = 0.15000000000000002. Here f is first rounded to a whole
 * percent p = round(100 f), and bin k of N holds the p with k * 100 / N <= p < (k + 1) * 100 / N,
 * the last bin also holding p = 100:
 *
 *   bin = min(floor(p * N / 100), N - 1)
 *
 * p * N is an exact integer and the division by 100 cannot round across an integer (a
 * non-integer quotient is at least 1/100 away from one), so no edge is ever decided by rounding
 * error. The same rule in SQLite, where integer / integer truncates (and p >= 0, so truncation is
 * floor):
 *
 *   min(cast(round(100 * probability) as integer) * :N / 100, :N - 1)
 *
 * (SQLite's round() and Math.round agree on every non-negative double of the form 100 * f, except
 * numbers within one ulp below x.5, which no stored percentage is near.)
 */
import { assertProbability } from "./forecast";

/** Ten bins of ten percentage points, the chart scoring.md shows by default. */
export const DEFAULT_BIN_COUNT = 10;
/** More bins than whole percentages would leave bins that can never be filled. */
export const MAX_BIN_COUNT = 100;

export function assertBinCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BIN_COUNT) {
    throw new RangeError(`bin count ${String(count)} must be an integer from 1 to ${MAX_BIN_COUNT}`);
  }
}

/** f as a whole percentage 0-100 (round half up, as Math.round does). */
export function probabilityToPercent(probability: number): number {
  assertProbability(probability);
  return Math.round(100 * probability);
}

/** Index 0..count-1 of the equal-width bin holding `probability`. */
export function equalWidthBinIndex(probability: number, count: number = DEFAULT_BIN_COUNT): number {
  assertBinCount(count);
  const percent = probabilityToPercent(probability);
  return Math.min(Math.floor((percent * count) / 100), count - 1);
}

/** Nominal edges of bin `index` as probabilities: [index / count, (index + 1) / count]. */
export function equalWidthBinEdges(index: number, count: number = DEFAULT_BIN_COUNT): { lo: number; hi: number } {
  assertBinCount(count);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`bin ${String(index)} is not an integer from 0 to ${count - 1}`);
  }
  return { lo: index / count, hi: (index + 1) / count };
}
