/**
 * Hit rate: the share of forecasts on the right side of 50% (f > 0.5 and the event happened,
 * or f < 0.5 and it did not). A forecast of exactly 50% takes no side and counts as half a hit,
 * so a coin flip scores 0.5 on any outcomes. 0.5 is exactly representable, so comparing to it
 * is exact. A coarse, readable companion to the Brier score, not a proper score.
 */
import { assertNonEmpty, type BinaryForecast, checkForecasts } from "./forecast";

/** 1, 0.5 or 0 for one forecast. */
export function hitTerm(probability: number, outcome: 0 | 1): number {
  if (probability === 0.5) return 0.5;
  return probability > 0.5 === (outcome === 1) ? 1 : 0;
}

export function hitRate(forecasts: readonly BinaryForecast[]): number {
  assertNonEmpty(forecasts);
  checkForecasts(forecasts);
  let hits = 0;
  for (const x of forecasts) hits += hitTerm(x.probability, x.outcome);
  return hits / forecasts.length;
}
