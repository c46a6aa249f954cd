/**
 * Calibration bins by lexicon class (scoring.md sections 1 and 3): one bin per verbal class
 * ("likely", "unlikely", ...), so a reader sees how often each phrase of a pundit came true.
 * Each bin's lo/hi is the class's range in the current lexicon (lib/lexicon, version
 * LEXICON_VERSION); meanForecast is the mean stored probability, which equals the class point
 * unless a number in the text overrode the words. When every forecast in a bin has the same
 * value, WBV = WBC = 0.
 */
import { isLexiconClass, LEXICON, LEXICON_CLASSES, type LexiconClass } from "../lexicon/lexicon";
import { brierScore } from "./brier";
import { type Calibration, type CalibrationBin, describeBin, emptyCalibration } from "./calibration-bin";
import { type BinaryForecast, checkForecasts } from "./forecast";
import { murphyDecomposition } from "./murphy-decomposition";

export interface LexiconClassBin extends CalibrationBin {
  lexiconClass: LexiconClass;
  label: string;
}

export type ClassedForecast = BinaryForecast & { lexiconClass: string };

/**
 * Chart order: least to most likely (LEXICON_CLASSES runs the other way), so the bins read left
 * to right like the equal-width chart.
 */
export const LEXICON_BIN_ORDER: readonly LexiconClass[] = [...LEXICON_CLASSES].reverse();

/** Narrows a stored class name; throws on an unknown one rather than silently dropping forecasts. */
export function toLexiconClass(value: string): LexiconClass {
  if (!isLexiconClass(value)) throw new RangeError(`unknown lexicon class "${value}"`);
  return value;
}

/** Groups forecasts by class, in LEXICON_BIN_ORDER; classes with no forecasts are left out. */
export function groupByLexiconClass<T extends ClassedForecast>(forecasts: readonly T[]): Array<{ lexiconClass: LexiconClass; forecasts: T[] }> {
  const byClass = new Map<LexiconClass, T[]>();
  for (const x of forecasts) {
    const cls = toLexiconClass(x.lexiconClass);
    const group = byClass.get(cls);
    if (group) group.push(x);
    else byClass.set(cls, [x]);
  }
  return LEXICON_BIN_ORDER.filter((cls) => byClass.has(cls)).map((cls) => ({ lexiconClass: cls, forecasts: byClass.get(cls)! }));
}

/** Calibration with one bin per lexicon class present, least likely class first. */
export function lexiconClassBins(forecasts: readonly ClassedForecast[]): Calibration<LexiconClassBin> {
  checkForecasts(forecasts);
  if (forecasts.length === 0) return emptyCalibration();
  const groups = groupByLexiconClass(forecasts);
  const bins = groups.map(({ lexiconClass, forecasts: group }): LexiconClassBin => {
    const entry = LEXICON[lexiconClass];
    const sumF = group.reduce((s, x) => s + x.probability, 0);
    const sumO = group.reduce((s, x) => s + x.outcome, 0);
    return { lexiconClass, label: entry.label, ...describeBin(entry.lo, entry.hi, group.length, sumF, sumO) };
  });
  // The Brier score summed in row order, so it does not change in the last digit with the binning.
  const brier = brierScore(forecasts);
  const { n, baseRate, decomposition } = murphyDecomposition(groups.map((g) => g.forecasts));
  return { n, brier, baseRate, bins, decomposition };
}
