/**
 * The unit every score is computed on: one resolved, scorable forecast.
 *
 * `probability` is the forecaster's probability of the positively defined event, in [0, 1]
 * (db/schema.ts stores it that way whatever the polarity); `outcome` is 1 if the event happened,
 * 0 if not. Everything that is not a clean yes/no outcome is filtered out before this point
 * (see outcome-status.ts).
 */
export type Outcome = 0 | 1;

export interface BinaryForecast {
  probability: number;
  outcome: Outcome;
}

/** Throws unless `p` is a finite number in [0, 1]; `what` names the value in the message. */
export function assertProbability(p: number, what = "probability"): void {
  if (typeof p !== "number" || !Number.isFinite(p) || p < 0 || p > 1) {
    throw new RangeError(`${what} ${String(p)} is not a number in [0, 1]`);
  }
}

/** Throws unless `o` is exactly 0 or 1. */
export function assertOutcome(o: number, what = "outcome"): asserts o is Outcome {
  if (o !== 0 && o !== 1) throw new RangeError(`${what} ${String(o)} is not 0 or 1`);
}

/** Throws on an empty set: a mean over nothing has no value, and NaN must not leak into pages. */
export function assertNonEmpty(forecasts: readonly unknown[], what = "forecasts"): void {
  if (forecasts.length === 0) throw new RangeError(`no ${what} to score`);
}

/** Validates every forecast (probability in [0, 1], outcome 0/1); returns the same array. */
export function checkForecasts<T extends BinaryForecast>(forecasts: readonly T[]): readonly T[] {
  forecasts.forEach((x, i) => {
    assertProbability(x.probability, `forecast ${i}: probability`);
    assertOutcome(x.outcome, `forecast ${i}: outcome`);
  });
  return forecasts;
}
