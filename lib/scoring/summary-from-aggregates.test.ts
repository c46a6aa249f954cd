import { describe, expect, it } from "vitest";
import { brierScore } from "./brier";
import { hitRate } from "./hit-rate";
import { logScore } from "./log-score";
import { forecastSums, summaryFromAggregates } from "./summary-from-aggregates";
import { HAND, HAND_EXPECTED, pairs, randomForecasts } from "./test-fixtures";

describe("summaryFromAggregates", () => {
  it("reproduces the hand-worked set from its sums", () => {
    // n 4, sumF 1.9, sumO 3, sumF2 0.0144 + 0.0324 + 0.49 + 0.81 = 1.3468, sumFO 0.18 + 0.7 + 0.9 = 1.78
    // Brier = (1.3468 - 3.56 + 3) / 4 = 0.1967
    const s = summaryFromAggregates({ n: 4, sumF: 1.9, sumO: 3, sumF2: 1.3468, sumFO: 1.78 });
    expect(s.brier).toBeCloseTo(HAND_EXPECTED.brier, 14);
    expect(s.baseRate).toBe(0.75);
    expect(s.uncertainty).toBe(0.1875);
    expect(s.meanForecast).toBeCloseTo(0.475, 15);
    expect(s.skillVsCoinFlip).toBeCloseTo(HAND_EXPECTED.skillVsCoinFlip, 14);
    expect(s.logScore).toBeNull();
    expect(s.hitRate).toBeNull();
  });

  it("agrees with the row functions to 1e-12, including log score and hit rate when their sums are given", () => {
    for (const set of [HAND, randomForecasts(777, 5), pairs([0.5, 0.5, 0.2], [1, 0, 0])]) {
      const s = summaryFromAggregates(forecastSums(set));
      expect(Math.abs(s.brier! - brierScore(set))).toBeLessThan(1e-12);
      expect(Math.abs(s.logScore! - logScore(set))).toBeLessThan(1e-12);
      expect(s.hitRate).toBeCloseTo(hitRate(set), 14);
    }
  });

  it("gives nulls for n = 0 and rejects sums that cannot come from 0/1 outcomes", () => {
    expect(summaryFromAggregates({ n: 0, sumF: 0, sumO: 0, sumF2: 0, sumFO: 0 }).brier).toBeNull();
    expect(() => summaryFromAggregates({ n: 2, sumF: 1, sumO: 3, sumF2: 0.5, sumFO: 0.5 })).toThrow(/sumO/);
    expect(() => summaryFromAggregates({ n: 2.5, sumF: 1, sumO: 1, sumF2: 0.5, sumFO: 0.5 })).toThrow(/n /);
  });
});
