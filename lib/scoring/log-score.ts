/**
 * Log score, scoring.md section 2: -(1/N) sum [o ln f + (1 - o) ln(1 - f)], natural log,
 * lower is better (the same sign and base as scikit-learn's log_loss).
 *
 * f is clamped to [0.01, 0.99] first. Without a clamp one confident miss (f = 0, o = 1) scores
 * infinity and swamps everything else; 0.01-0.99 is the band ICD 203 (ODNI 2015) never leaves,
 * so a published "impossible" is read as 1%. The worst single term is therefore -ln 0.01 = 4.605.
 */
import { assertNonEmpty, type BinaryForecast, checkForecasts } from "./forecast";

export const LOG_SCORE_MIN_PROBABILITY = 0.01;
export const LOG_SCORE_MAX_PROBABILITY = 0.99;

/** f clamped to [0.01, 0.99]. */
export function clampForLogScore(probability: number): number {
  return Math.min(LOG_SCORE_MAX_PROBABILITY, Math.max(LOG_SCORE_MIN_PROBABILITY, probability));
}

/** One forecast's log-score term (nats, >= 0, lower is better). */
export function logScoreTerm(probability: number, outcome: 0 | 1): number {
  const f = clampForLogScore(probability);
  return -Math.log(outcome === 1 ? f : 1 - f);
}

/** Mean log score (nats, lower is better). Throws on an empty set or an invalid forecast. */
export function logScore(forecasts: readonly BinaryForecast[]): number {
  assertNonEmpty(forecasts);
  checkForecasts(forecasts);
  let sum = 0;
  for (const x of forecasts) sum += logScoreTerm(x.probability, x.outcome);
  return sum / forecasts.length;
}
