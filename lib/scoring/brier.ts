/**
 * Brier score (Brier 1950), scoring.md section 2.
 *
 * Hindsight's Brier score is on the 0-1 scale: the mean of (f - o)^2 over forecasts, 0 perfect,
 * 0.25 for always saying 50%, 1 for certain and wrong. Tetlock's and Good Judgment's "Brier"
 * (and Fatebook's) is the two-category form, which also scores the complementary event:
 * (f - o)^2 + ((1 - f) - (1 - o))^2 = 2 (f - o)^2, range 0-2. The two differ by exactly a
 * factor 2; the *TwoCategory helpers below exist only so a page can show that scale, labelled.
 */
import { assertNonEmpty, type BinaryForecast, checkForecasts } from "./forecast";

/** One forecast's Brier term (f - o)^2, 0-1 scale. */
export function brierTerm(probability: number, outcome: 0 | 1): number {
  const d = probability - outcome;
  return d * d;
}

/** Mean Brier score on the 0-1 scale. Throws on an empty set or an invalid forecast. */
export function brierScore(forecasts: readonly BinaryForecast[]): number {
  assertNonEmpty(forecasts);
  checkForecasts(forecasts);
  let sum = 0;
  for (const x of forecasts) sum += brierTerm(x.probability, x.outcome);
  return sum / forecasts.length;
}

/** Converts a 0-1 scale Brier score to the two-category 0-2 scale (Tetlock / Good Judgment / Fatebook). */
export function toTwoCategoryScale(brier01: number): number {
  return 2 * brier01;
}

/** Mean Brier score on the TWO-CATEGORY 0-2 SCALE (Tetlock / Good Judgment / Fatebook). Label it when shown. */
export function brierScoreTwoCategory(forecasts: readonly BinaryForecast[]): number {
  return toTwoCategoryScale(brierScore(forecasts));
}
