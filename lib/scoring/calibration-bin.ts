/**
 * One point of a calibration chart (scoring.md section 3) and the shape both binnings return.
 * Probabilities and frequencies are on the 0-1 scale.
 */
import type { MurphyDecomposition } from "./murphy-decomposition";
import { wilsonInterval } from "./wilson-interval";

/**
 * Bins with fewer forecasts are greyed out or hidden: at n = 5 the 95% Wilson half-width is
 * still about +-0.33 (scoring.md section 3).
 */
export const MIN_RELIABLE_BIN_SIZE = 5;

export interface CalibrationBin {
  /** Bin edges as probabilities (equal-width: nominal edges; lexicon class: the class's range). */
  lo: number;
  hi: number;
  n: number;
  /** Mean forecast in the bin: the chart's x. */
  meanForecast: number;
  /** Observed frequency of the event in the bin: the chart's y. */
  observed: number;
  /** 95% Wilson score interval for `observed`. */
  wilsonLow: number;
  wilsonHigh: number;
  /** n >= MIN_RELIABLE_BIN_SIZE; charts grey out or hide the others. */
  reliable: boolean;
}

/** A binned score: the bins (empty ones omitted) plus the Murphy decomposition over them. */
export interface Calibration<B extends CalibrationBin> {
  n: number;
  /** Null when n = 0, as are baseRate and decomposition. */
  brier: number | null;
  baseRate: number | null;
  bins: B[];
  decomposition: MurphyDecomposition | null;
}

/** Describes a non-empty bin from its count and sums (sumO = number of events that happened). */
export function describeBin(lo: number, hi: number, n: number, sumF: number, sumO: number): CalibrationBin {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`bin size ${String(n)} must be a positive integer`);
  const observed = sumO / n;
  const { low, high } = wilsonInterval(sumO, n);
  return {
    lo,
    hi,
    n,
    meanForecast: sumF / n,
    observed,
    wilsonLow: low,
    wilsonHigh: high,
    reliable: n >= MIN_RELIABLE_BIN_SIZE,
  };
}

export function emptyCalibration<B extends CalibrationBin>(): Calibration<B> {
  return { n: 0, brier: null, baseRate: null, bins: [], decomposition: null };
}
