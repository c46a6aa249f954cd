import { describe, expect, it } from "vitest";
import { binAggregates, binsFromAggregates, decompositionFromSums, lexiconBinAggregates, lexiconBinsFromAggregates } from "./bin-aggregates";
import type { Calibration, CalibrationBin } from "./calibration-bin";
import { equalWidthBins } from "./equal-width-bins";
import { lexiconClassBins } from "./lexicon-class-bins";
import { HAND, HAND_EXPECTED, randomForecasts } from "./test-fixtures";

/** Every number of two calibrations agrees to `tol` (structure exactly). */
function expectSameCalibration<B extends CalibrationBin>(a: Calibration<B>, b: Calibration<B>, tol = 1e-12) {
  expect(a.n).toBe(b.n);
  expect(a.bins.length).toBe(b.bins.length);
  const numbers = (c: Calibration<B>): number[] => [
    c.brier!,
    c.baseRate!,
    ...Object.values(c.decomposition!),
    ...c.bins.flatMap((bin) => Object.values(bin).filter((v): v is number => typeof v === "number")),
  ];
  const na = numbers(a);
  const nb = numbers(b);
  expect(na.length).toBe(nb.length);
  for (const [i, v] of na.entries()) expect(Math.abs(v - nb[i]!), `number ${i}: ${v} vs ${nb[i]}`).toBeLessThan(tol);
  a.bins.forEach((bin, i) => {
    const other = b.bins[i]!;
    for (const [k, v] of Object.entries(bin)) if (typeof v !== "number") expect(other[k as keyof B]).toEqual(v);
  });
}

describe("binAggregates (what SQL GROUP BY returns)", () => {
  it("gives the hand-worked set's per-bin sums", () => {
    // bin 1: f = 0.12 (o 0), 0.18 (o 1): n 2, sumF 0.30, sumO 1, sumF2 0.0144 + 0.0324 = 0.0468, sumFO 0.18
    const rows = binAggregates(HAND);
    expect(rows.map((r) => r.bin)).toEqual([1, 7, 9]);
    const b1 = rows[0]!;
    expect(b1.n).toBe(2);
    expect(b1.sumO).toBe(1);
    expect(b1.sumF).toBeCloseTo(0.3, 15);
    expect(b1.sumF2).toBeCloseTo(0.0468, 15);
    expect(b1.sumFO).toBeCloseTo(0.18, 15);
  });
});

describe("binsFromAggregates (aggregate path) = equalWidthBins (row path)", () => {
  it("agrees on the hand-worked set and reproduces the hand numbers", () => {
    const agg = binsFromAggregates(binAggregates(HAND));
    expectSameCalibration(agg, equalWidthBins(HAND));
    expect(agg.brier).toBeCloseTo(HAND_EXPECTED.brier, 14);
    expect(agg.decomposition!.withinBinCovariance).toBeCloseTo(HAND_EXPECTED.withinBinCovariance, 14);
    expect(agg.decomposition!.withinBinVariance).toBeCloseTo(HAND_EXPECTED.withinBinVariance, 14);
  });

  it("agrees to 1e-12 on random data for several bin counts, and the identity holds", () => {
    for (const seed of [7, 8]) {
      const set = randomForecasts(1000, seed);
      for (const count of [1, 5, 10, 33]) {
        const agg = binsFromAggregates(binAggregates(set, count), count);
        expectSameCalibration(agg, equalWidthBins(set, count));
        const d = agg.decomposition!;
        expect(Math.abs(agg.brier! - (d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance))).toBeLessThan(1e-12);
      }
    }
  });

  it("accepts rows in any order and ignores n = 0 rows", () => {
    const rows = binAggregates(HAND).reverse();
    rows.push({ bin: 4, n: 0, sumF: 0, sumO: 0, sumF2: 0, sumFO: 0 });
    expectSameCalibration(binsFromAggregates(rows), equalWidthBins(HAND));
  });

  it("detects a wrong bin count, repeated bins and inconsistent sums", () => {
    expect(() => binsFromAggregates([{ bin: 10, n: 1, sumF: 1, sumO: 1, sumF2: 1, sumFO: 1 }])).toThrow(/bin 10/);
    const row = { bin: 1, n: 1, sumF: 0.1, sumO: 0, sumF2: 0.01, sumFO: 0 };
    expect(() => binsFromAggregates([row, row])).toThrow(/twice/);
    expect(() => binsFromAggregates([{ ...row, sumO: 2 }])).toThrow(/sumO/);
    expect(() => binsFromAggregates([{ ...row, sumO: 0.5 }])).toThrow(/sumO/);
    expect(() => binsFromAggregates([{ ...row, sumF2: 0.5 }])).toThrow(/sumF2/);
  });

  it("returns an empty calibration for no rows", () => {
    expect(binsFromAggregates([])).toEqual({ n: 0, brier: null, baseRate: null, bins: [], decomposition: null });
    expect(() => decompositionFromSums([])).toThrow(/no forecasts/);
  });

  it("keeps WBV at exactly 0 for bins of identical forecasts", () => {
    const set = Array.from({ length: 7 }, (_, i) => ({ probability: 0.7, outcome: (i % 2) as 0 | 1 }));
    const agg = binsFromAggregates(binAggregates(set));
    expect(agg.decomposition!.withinBinVariance).toBe(0);
    expect(Math.abs(agg.decomposition!.withinBinCovariance)).toBeLessThan(1e-15);
  });
});

describe("lexiconBinsFromAggregates = lexiconClassBins", () => {
  it("agrees to 1e-12 on random classed data", () => {
    const classes = ["LIKELY", "UNLIKELY", "WILL", "POSSIBLE", "EVEN"];
    const set = randomForecasts(400, 11).map((x, i) => ({ ...x, lexiconClass: classes[i % classes.length]! }));
    const agg = lexiconBinsFromAggregates(lexiconBinAggregates(set));
    expectSameCalibration(agg, lexiconClassBins(set));
    expect(agg.bins.map((b) => b.lexiconClass)).toEqual(["UNLIKELY", "POSSIBLE", "EVEN", "LIKELY", "WILL"]);
  });

  it("rejects unknown and repeated classes", () => {
    const row = { n: 1, sumF: 0.7, sumO: 1, sumF2: 0.49, sumFO: 0.7 };
    expect(() => lexiconBinsFromAggregates([{ lexiconClass: "PROBABLE", ...row }])).toThrow(/unknown lexicon class/);
    expect(() =>
      lexiconBinsFromAggregates([
        { lexiconClass: "LIKELY", ...row },
        { lexiconClass: "LIKELY", ...row },
      ]),
    ).toThrow(/twice/);
  });
});
