/**
 * Equal-width calibration bins from the forecasts themselves (the row path). Bin membership is
 * decided on whole percentages (bin-index.ts); the decomposition comes from
 * murphy-decomposition.ts over the same bins. bin-aggregates.ts gives the same result from SQL
 * GROUP BY sums.
 */
import { assertBinCount, DEFAULT_BIN_COUNT, equalWidthBinEdges, equalWidthBinIndex } from "./bin-index";
import { brierScore } from "./brier";
import { type Calibration, type CalibrationBin, describeBin, emptyCalibration } from "./calibration-bin";
import { type BinaryForecast, checkForecasts } from "./forecast";
import { murphyDecomposition } from "./murphy-decomposition";

export interface EqualWidthBin extends CalibrationBin {
  /** 0..count-1, lowest probabilities first. */
  index: number;
}

/** Groups forecasts into `count` equal-width bins; index i of the result is bin i (possibly empty). */
export function groupByEqualWidthBin<T extends BinaryForecast>(forecasts: readonly T[], count: number = DEFAULT_BIN_COUNT): T[][] {
  assertBinCount(count);
  const groups: T[][] = Array.from({ length: count }, () => []);
  for (const x of forecasts) groups[equalWidthBinIndex(x.probability, count)]!.push(x);
  return groups;
}

/** Calibration over `count` equal-width bins (default 10), empty bins omitted, lowest first. */
export function equalWidthBins(forecasts: readonly BinaryForecast[], count: number = DEFAULT_BIN_COUNT): Calibration<EqualWidthBin> {
  assertBinCount(count);
  checkForecasts(forecasts);
  if (forecasts.length === 0) return emptyCalibration();
  const groups = groupByEqualWidthBin(forecasts, count);
  const bins: EqualWidthBin[] = [];
  groups.forEach((group, index) => {
    if (group.length === 0) return;
    const { lo, hi } = equalWidthBinEdges(index, count);
    const sumF = group.reduce((s, x) => s + x.probability, 0);
    const sumO = group.reduce((s, x) => s + x.outcome, 0);
    bins.push({ index, ...describeBin(lo, hi, group.length, sumF, sumO) });
  });
  // The Brier score summed in row order, so it does not change in the last digit with the binning.
  const brier = brierScore(forecasts);
  const { n, baseRate, decomposition } = murphyDecomposition(groups);
  return { n, brier, baseRate, bins, decomposition };
}
