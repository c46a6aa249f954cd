/**
 * Shared test data (imported by *.test.ts only). Every expected number comes from a public
 * source (scikit-learn's documented examples, scoring.md section 4) or is worked out by hand
 * in the comment beside it.
 */
import type { BinaryForecast } from "./forecast";

export function pairs(probabilities: readonly number[], outcomes: readonly (0 | 1)[]): BinaryForecast[] {
  if (probabilities.length !== outcomes.length) throw new Error("length mismatch");
  return probabilities.map((probability, i) => ({ probability, outcome: outcomes[i]! }));
}

/**
 * HAND: four forecasts, 10 bins. f = 0.12 (o = 0), 0.18 (o = 1), 0.70 (o = 1), 0.90 (o = 1).
 * Bins: 12% and 18% -> bin 1, 70% -> bin 7, 90% -> bin 9.
 *   Brier terms: 0.0144, 0.6724, 0.09, 0.01; sum 0.7868; BS = 0.1967.
 *   o_bar = 3/4, UNC = 0.1875.
 *   bin 1: n = 2, f_k = 0.15, o_k = 0.5: REL 2 (0.35)^2 = 0.245; RES 2 (0.25)^2 = 0.125;
 *          WBV 0.03^2 + 0.03^2 = 0.0018; WBC 2 [(-0.03)(-0.5) + (0.03)(0.5)] = 0.06.
 *   bin 7: REL 0.3^2 = 0.09, RES 0.25^2 = 0.0625. bin 9: REL 0.1^2 = 0.01, RES 0.0625.
 *   /N = 4: REL 0.08625, RES 0.0625, WBV 0.00045, WBC 0.015.
 *   Check: 0.08625 - 0.0625 + 0.1875 + 0.00045 - 0.015 = 0.1967.
 *   Log score: -(ln 0.88 + ln 0.18 + ln 0.7 + ln 0.9) / 4 = 0.5761668148.
 *   Hit rate: right, wrong, right, right = 0.75. Skill vs coin: 1 - 4 (0.1967) = 0.2132.
 *   Skill vs base rate: (0.0625 - 0.08625) / 0.1875 = -0.12666...
 */
export const HAND = pairs([0.12, 0.18, 0.7, 0.9], [0, 1, 1, 1]);
export const HAND_EXPECTED = {
  brier: 0.1967,
  baseRate: 0.75,
  reliability: 0.08625,
  resolution: 0.0625,
  uncertainty: 0.1875,
  withinBinVariance: 0.00045,
  withinBinCovariance: 0.015,
  logScore: 0.5761668147995925,
  hitRate: 0.75,
  skillVsCoinFlip: 0.2132,
  skillVsBaseRate: -0.02375 / 0.1875,
};

/** Deterministic pseudo-random forecasts (mulberry32), so identity tests cover messy data. */
export function randomForecasts(count: number, seed: number): BinaryForecast[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const probability = next();
    return { probability, outcome: next() < probability ? 1 : 0 };
  });
}
