import { describe, expect, it } from "vitest";
import { equalWidthBins } from "./equal-width-bins";
import { murphyDecomposition } from "./murphy-decomposition";
import { HAND, HAND_EXPECTED, pairs, randomForecasts } from "./test-fixtures";

function identityGap(c: ReturnType<typeof equalWidthBins>): number {
  const d = c.decomposition!;
  return c.brier! - (d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance);
}

describe("equalWidthBins", () => {
  it("matches scikit-learn's calibration_curve example with 3 uniform bins", () => {
    // sklearn docs: y = [0,0,0,0,1,1,1,1,1], p = [0.1,0.2,0.3,0.4,0.65,0.7,0.8,0.9,1.0]
    // -> prob_true [0, 0.5, 1], prob_pred [0.2, 0.525, 0.85]
    const c = equalWidthBins(pairs([0.1, 0.2, 0.3, 0.4, 0.65, 0.7, 0.8, 0.9, 1.0], [0, 0, 0, 0, 1, 1, 1, 1, 1]), 3);
    expect(c.bins.map((b) => b.observed)).toEqual([0, 0.5, 1]);
    expect(c.bins[0]!.meanForecast).toBeCloseTo(0.2, 15);
    expect(c.bins[1]!.meanForecast).toBeCloseTo(0.525, 15);
    expect(c.bins[2]!.meanForecast).toBeCloseTo(0.85, 15);
    expect(c.bins.map((b) => b.n)).toEqual([3, 2, 4]);
    expect(c.bins.map((b) => b.index)).toEqual([0, 1, 2]);
  });

  it("puts the edge forecasts 0.0, 0.15, 0.35, 0.7, 1.0 in bins 0, 1, 3, 7, 9 and omits empty bins", () => {
    const c = equalWidthBins(pairs([0.0, 0.15, 0.2 - 0.05, 0.35, 0.7, 1.0], [0, 0, 1, 1, 1, 1]));
    expect(c.bins.map((b) => [b.index, b.n])).toEqual([
      [0, 1],
      [1, 2],
      [3, 1],
      [7, 1],
      [9, 1],
    ]);
    expect(c.bins.map((b) => [b.lo, b.hi])).toEqual([
      [0, 0.1],
      [0.1, 0.2],
      [0.3, 0.4],
      [0.7, 0.8],
      [0.9, 1],
    ]);
    expect(c.n).toBe(6);
  });

  it("decomposes the hand-worked set exactly as worked out by hand", () => {
    const c = equalWidthBins(HAND);
    expect(c.bins.map((b) => [b.index, b.n, b.observed])).toEqual([
      [1, 2, 0.5],
      [7, 1, 1],
      [9, 1, 1],
    ]);
    expect(c.bins[0]!.meanForecast).toBeCloseTo(0.15, 15);
    expect(c.brier).toBeCloseTo(HAND_EXPECTED.brier, 15);
    expect(c.baseRate).toBe(0.75);
    const d = c.decomposition!;
    expect(d.reliability).toBeCloseTo(HAND_EXPECTED.reliability, 15);
    expect(d.resolution).toBeCloseTo(HAND_EXPECTED.resolution, 15);
    expect(d.uncertainty).toBeCloseTo(HAND_EXPECTED.uncertainty, 15);
    expect(d.withinBinVariance).toBeCloseTo(HAND_EXPECTED.withinBinVariance, 15);
    expect(d.withinBinCovariance).toBeCloseTo(HAND_EXPECTED.withinBinCovariance, 15);
  });

  it("satisfies BS = REL - RES + UNC + WBV - WBC to 1e-12 for any bin count", () => {
    for (const seed of [1, 2, 3]) {
      const set = randomForecasts(500, seed);
      for (const count of [1, 3, 10, 17, 100]) {
        const c = equalWidthBins(set, count);
        expect(Math.abs(identityGap(c))).toBeLessThan(1e-12);
        expect(c.decomposition!.withinBinCovariance).not.toBe(0);
      }
    }
  });

  it("does not hold without the within-bin terms (so the identity test can fail)", () => {
    const c = equalWidthBins(HAND);
    const d = c.decomposition!;
    expect(Math.abs(c.brier! - (d.reliability - d.resolution + d.uncertainty))).toBeGreaterThan(0.01);
  });

  it("flags bins with fewer than 5 forecasts as unreliable", () => {
    const c = equalWidthBins(pairs([0.81, 0.82, 0.83, 0.84, 0.85, 0.11, 0.12, 0.13, 0.14], [1, 1, 1, 0, 1, 0, 0, 1, 0]));
    expect(c.bins.map((b) => [b.index, b.n, b.reliable])).toEqual([
      [1, 4, false],
      [8, 5, true],
    ]);
    expect(c.bins[1]!.observed).toBe(0.8);
    expect(c.bins[1]!.wilsonLow).toBeLessThan(0.8);
    expect(c.bins[1]!.wilsonHigh).toBeGreaterThan(0.8);
  });

  it("returns an empty calibration with nulls for no forecasts", () => {
    expect(equalWidthBins([])).toEqual({ n: 0, brier: null, baseRate: null, bins: [], decomposition: null });
  });

  it("has no resolution and a 0.25 Brier for an always-50% forecaster on balanced outcomes", () => {
    const d = murphyDecomposition([pairs([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])]);
    expect(d.brier).toBe(0.25);
    expect(d.decomposition).toEqual({ reliability: 0, resolution: 0, uncertainty: 0.25, withinBinVariance: 0, withinBinCovariance: 0 });
  });
});
