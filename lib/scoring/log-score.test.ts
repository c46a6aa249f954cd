import { describe, expect, it } from "vitest";
import { clampForLogScore, logScore, logScoreTerm } from "./log-score";
import { HAND, HAND_EXPECTED, pairs } from "./test-fixtures";

describe("logScore (natural log, lower is better)", () => {
  it("matches scikit-learn's log_loss example", () => {
    // sklearn docs: y = [1,0,0,1], p = [0.9,0.1,0.2,0.65] -> 0.21616...
    expect(logScore(pairs([0.9, 0.1, 0.2, 0.65], [1, 0, 0, 1]))).toBeCloseTo(0.21616, 5);
    expect(logScore(pairs([0.9, 0.1, 0.2, 0.65], [1, 0, 0, 1]))).toBeCloseTo(0.21616187468057912, 14);
  });

  it("matches the hand-worked set", () => {
    expect(logScore(HAND)).toBeCloseTo(HAND_EXPECTED.logScore, 14);
  });

  it("clamps f to [0.01, 0.99] so a confident miss costs ln 100, not infinity", () => {
    expect(logScoreTerm(0, 1)).toBeCloseTo(Math.log(100), 14);
    expect(logScoreTerm(1, 0)).toBeCloseTo(Math.log(100), 14);
    expect(logScoreTerm(1, 1)).toBeCloseTo(-Math.log(0.99), 14);
    expect(logScoreTerm(0.005, 0)).toBeCloseTo(-Math.log(0.99), 14);
    expect(clampForLogScore(0.5)).toBe(0.5);
    expect(clampForLogScore(-0)).toBe(0.01);
  });

  it("is ln 2 for a coin flip, whatever happens", () => {
    expect(logScore(pairs([0.5, 0.5], [0, 1]))).toBeCloseTo(Math.LN2, 15);
  });
});
