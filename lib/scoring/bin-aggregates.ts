/**
 * Calibration bins and the Murphy decomposition from per-bin SQL aggregates (the "aggregate
 * path"), so pages can GROUP BY bin in SQL and never load every forecast. The row path
 * (equal-width-bins.ts, lexicon-class-bins.ts) gives the same numbers to rounding error;
 * bin-aggregates.test.ts checks that.
 *
 * The SQL that feeds binsFromAggregates (bin rule from bin-index.ts, N the bin count):
 *   select min(cast(round(100 * probability) as integer) * :N / 100, :N - 1) as bin,
 *          count(*) as n, sum(probability) as sumF, sum(o) as sumO,
 *          sum(probability * probability) as sumF2, sum(probability * o) as sumFO
 *   from ... where status in ('yes', 'no') group by bin
 *
 * Algebra. In bin k write n, F = sum f, O = sum o, F2 = sum f^2, FO = sum f o; f_k = F / n,
 * o_k = O / n. Since o is 0/1, sum o^2 = O. Then
 *   sum_i (f_i - o_i)^2            = F2 - 2 FO + O                  (Brier numerator)
 *   n (f_k - o_k)^2                = (F - O)^2 / n                  (REL numerator)
 *   n (o_k - o_bar)^2              = (O - n o_bar)^2 / n            (RES numerator)
 *   sum_i (f_i - f_k)^2            = F2 - F^2 / n                   (WBV numerator)
 *   sum_i (f_i - f_k)(o_i - o_k)   = FO - F O / n                   (WBC numerator / 2)
 * each from expanding the square and using sum_i f_i = n f_k, sum_i o_i = n o_k. With
 * N = sum n and o_bar = sum O / N, divide by N as in murphy-decomposition.ts.
 */

import { LEXICON, type LexiconClass } from "../lexicon/lexicon";
import { assertBinCount, DEFAULT_BIN_COUNT, equalWidthBinEdges } from "./bin-index";
import { type Calibration, describeBin, emptyCalibration } from "./calibration-bin";
import { type EqualWidthBin, groupByEqualWidthBin } from "./equal-width-bins";
import type { BinaryForecast } from "./forecast";
import { assertValidSums, type BinSums, sumsOf } from "./forecast-sums";
import { type ClassedForecast, groupByLexiconClass, LEXICON_BIN_ORDER, type LexiconClassBin, toLexiconClass } from "./lexicon-class-bins";
import type { DecomposedScore } from "./murphy-decomposition";

/** One row of the equal-width GROUP BY: `bin` is the index 0..N-1. */
export interface BinAggregate extends BinSums {
  bin: number;
}

/** One row of a GROUP BY lexicon_class. */
export interface LexiconBinAggregate extends BinSums {
  lexiconClass: string;
}

/** What the equal-width GROUP BY returns for these forecasts (non-empty bins, ascending). */
export function binAggregates(forecasts: readonly BinaryForecast[], count: number = DEFAULT_BIN_COUNT): BinAggregate[] {
  return groupByEqualWidthBin(forecasts, count).flatMap((g, bin) => (g.length ? [{ bin, ...sumsOf(g) }] : []));
}

/** What GROUP BY lexicon_class returns for these forecasts (classes present, least likely first). */
export function lexiconBinAggregates(forecasts: readonly ClassedForecast[]): LexiconBinAggregate[] {
  return groupByLexiconClass(forecasts).map((g) => ({ lexiconClass: g.lexiconClass, ...sumsOf(g.forecasts) }));
}

/** Brier score, base rate and Murphy decomposition from per-bin sums (algebra above). Throws if N = 0. */
export function decompositionFromSums(bins: readonly BinSums[]): DecomposedScore {
  for (const [i, b] of bins.entries()) assertValidSums(b, `bin row ${i}`);
  let N = 0;
  let totalO = 0;
  let brierNum = 0;
  for (const b of bins) {
    N += b.n;
    totalO += b.sumO;
    brierNum += b.sumF2 - 2 * b.sumFO + b.sumO;
  }
  if (N === 0) throw new RangeError("no forecasts to score");
  const baseRate = totalO / N;
  let rel = 0;
  let res = 0;
  let wbv = 0;
  let wbc = 0;
  for (const { n, sumF: F, sumO: O, sumF2: F2, sumFO: FO } of bins) {
    if (n === 0) continue;
    rel += (F - O) ** 2 / n;
    res += (O - n * baseRate) ** 2 / n;
    // A bin of identical forecasts has F2 - F^2/n = 0 exactly in real arithmetic; in floating
    // point it can come out at -1e-17. A variance is never negative, so clamp (the identity
    // moves by that 1e-17 at most).
    wbv += Math.max(0, F2 - (F * F) / n);
    wbc += FO - (F * O) / n;
  }
  return {
    n: N,
    brier: Math.max(0, brierNum) / N,
    baseRate,
    decomposition: {
      reliability: rel / N,
      resolution: res / N,
      uncertainty: baseRate * (1 - baseRate),
      withinBinVariance: wbv / N,
      withinBinCovariance: (2 * wbc) / N,
    },
  };
}

/**
 * Equal-width bins (count must match the :N used in the SQL, default 10) and the decomposition
 * from per-bin rows {bin, n, sumF, sumO, sumF2, sumFO}. Rows may come in any order; rows with
 * n = 0 are ignored; a bin index out of range or repeated throws. No rows at all: an empty
 * calibration (n = 0, nulls).
 */
export function binsFromAggregates(rows: readonly BinAggregate[], count: number = DEFAULT_BIN_COUNT): Calibration<EqualWidthBin> {
  assertBinCount(count);
  const seen = new Set<number>();
  for (const r of rows) {
    equalWidthBinEdges(r.bin, count); // throws on an index outside 0..count-1
    if (seen.has(r.bin)) throw new RangeError(`bin ${r.bin} appears twice in the aggregate rows`);
    seen.add(r.bin);
  }
  const used = rows.filter((r) => r.n > 0).sort((a, b) => a.bin - b.bin);
  if (used.length === 0) {
    for (const [i, r] of rows.entries()) assertValidSums(r, `bin row ${i}`);
    return emptyCalibration();
  }
  const { n, brier, baseRate, decomposition } = decompositionFromSums(rows);
  const bins = used.map((r): EqualWidthBin => {
    const { lo, hi } = equalWidthBinEdges(r.bin, count);
    return { index: r.bin, ...describeBin(lo, hi, r.n, r.sumF, r.sumO) };
  });
  return { n, brier, baseRate, bins, decomposition };
}

/** Lexicon-class bins and the decomposition from rows {lexiconClass, n, sumF, sumO, sumF2, sumFO}. */
export function lexiconBinsFromAggregates(rows: readonly LexiconBinAggregate[]): Calibration<LexiconClassBin> {
  const byClass = new Map<LexiconClass, LexiconBinAggregate>();
  for (const r of rows) {
    const cls = toLexiconClass(r.lexiconClass);
    if (byClass.has(cls)) throw new RangeError(`lexicon class ${cls} appears twice in the aggregate rows`);
    byClass.set(cls, r);
  }
  const used = LEXICON_BIN_ORDER.flatMap((cls) => {
    const r = byClass.get(cls);
    return r && r.n > 0 ? [{ cls, r }] : [];
  });
  if (used.length === 0) {
    for (const [i, r] of rows.entries()) assertValidSums(r, `bin row ${i}`);
    return emptyCalibration();
  }
  const { n, brier, baseRate, decomposition } = decompositionFromSums(rows);
  const bins = used.map(({ cls, r }): LexiconClassBin => {
    const entry = LEXICON[cls];
    return { lexiconClass: cls, label: entry.label, ...describeBin(entry.lo, entry.hi, r.n, r.sumF, r.sumO) };
  });
  return { n, brier, baseRate, bins, decomposition };
}
