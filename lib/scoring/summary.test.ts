import { describe, expect, it } from "vitest";
import { type ForecastRow, summarizeForecasts } from "./summary";
import { HAND_EXPECTED } from "./test-fixtures";

/**
 * The hand-worked set (test-fixtures.ts) as database rows, plus rows that must not be scored:
 * one ambiguous, one annulled, one condition_not_met, one pending (no outcome), and one
 * low-information "might" (0.40, happened).
 */
const ROWS: ForecastRow[] = [
  { probability: 0.12, status: "no", lexiconClass: "LITTLE_CHANCE" },
  { probability: 0.18, status: "yes", lexiconClass: "UNLIKELY", lowInformation: false },
  { probability: 0.7, status: "yes", lexiconClass: "LIKELY", probabilityLow: 0.6, probabilityHigh: 0.8 },
  { probability: 0.9, status: "yes", lexiconClass: null }, // a stated number, no class
  { probability: 0.6, status: "ambiguous", lexiconClass: "LIKELY" },
  { probability: 0.3, status: "annulled" },
  { probability: 0.8, status: "condition_not_met" },
  { probability: 0.05, status: null },
  { probability: 0.4, status: "yes", lexiconClass: "POSSIBLE", lowInformation: true, probabilityLow: 0.25, probabilityHigh: 0.5 },
];

describe("summarizeForecasts", () => {
  it("excluding low-information forecasts, reproduces the hand-worked scores", () => {
    const s = summarizeForecasts(ROWS, { includeLowInformation: false });
    expect(s.counts).toEqual({ total: 8, resolved: 7, scorable: 4, shareScorable: 4 / 7, excludedLowInformation: 1 });
    expect(s.n).toBe(4);
    expect(s.brier).toBeCloseTo(HAND_EXPECTED.brier, 14);
    expect(s.logScore).toBeCloseTo(HAND_EXPECTED.logScore, 14);
    expect(s.baseRate).toBe(0.75);
    expect(s.decomposition!.reliability).toBeCloseTo(HAND_EXPECTED.reliability, 14);
    expect(s.decomposition!.resolution).toBeCloseTo(HAND_EXPECTED.resolution, 14);
    expect(s.decomposition!.withinBinCovariance).toBeCloseTo(HAND_EXPECTED.withinBinCovariance, 14);
    expect(s.skill.vsCoinFlip).toBeCloseTo(HAND_EXPECTED.skillVsCoinFlip, 14);
    expect(s.skill.vsBaseRate).toBeCloseTo(HAND_EXPECTED.skillVsBaseRate, 14);
    expect(s.hitRate).toBe(0.75);
    expect(s.bins.map((b) => [b.index, b.n])).toEqual([
      [1, 2],
      [7, 1],
      [9, 1],
    ]);
    // Range: only 0.70 has one (0.60-0.80, happened): best 0.04, worst 0.16 instead of 0.09.
    // best = (0.0144 + 0.6724 + 0.04 + 0.01) / 4 = 0.1842; worst = (0.0144 + 0.6724 + 0.16 + 0.01) / 4 = 0.2142
    expect(s.range!.point).toBeCloseTo(0.1967, 14);
    expect(s.range!.best).toBeCloseTo(0.1842, 14);
    expect(s.range!.worst).toBeCloseTo(0.2142, 14);
    expect(s.range!.withRange).toBe(1);
    expect(s.byLexiconClass.bins.map((b) => b.lexiconClass)).toEqual(["LITTLE_CHANCE", "UNLIKELY", "LIKELY"]);
    expect(s.byLexiconClass.unclassified).toBe(1);
    expect(s.byLexiconClass.n).toBe(3);
  });

  it("includes low-information forecasts by default", () => {
    const s = summarizeForecasts(ROWS);
    expect(s.counts).toEqual({ total: 9, resolved: 8, scorable: 5, shareScorable: 5 / 8, excludedLowInformation: 0 });
    // adds (0.4 - 1)^2 = 0.36: (0.7868 + 0.36) / 5 = 0.22936; the 0.40 "might" was a miss: 3 / 5 hits
    expect(s.brier).toBeCloseTo(0.22936, 14);
    expect(s.hitRate).toBe(0.6);
    expect(s.byLexiconClass.bins.map((b) => b.lexiconClass)).toContain("POSSIBLE");
    expect(s.range!.withRange).toBe(2);
  });

  it("uses the requested number of bins", () => {
    const s = summarizeForecasts(ROWS, { includeLowInformation: false, binCount: 2 });
    expect(s.bins.map((b) => [b.index, b.n])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const d = s.decomposition!;
    expect(Math.abs(s.brier! - (d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance))).toBeLessThan(1e-12);
  });

  it("returns counts and nulls when nothing is scorable", () => {
    const s = summarizeForecasts([
      { probability: 0.3, status: "annulled" },
      { probability: 0.3, status: null },
    ]);
    expect(s.counts).toEqual({ total: 2, resolved: 1, scorable: 0, shareScorable: 0, excludedLowInformation: 0 });
    expect([s.brier, s.logScore, s.hitRate, s.decomposition, s.range, s.skill.vsCoinFlip]).toEqual([null, null, null, null, null, null]);
    expect(s.bins).toEqual([]);
    expect(summarizeForecasts([]).counts.shareScorable).toBeNull();
  });

  it("rejects an invalid probability on a scored row", () => {
    expect(() => summarizeForecasts([{ probability: 1.5, status: "yes" }])).toThrow(RangeError);
  });
});
