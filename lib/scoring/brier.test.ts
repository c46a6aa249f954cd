import { describe, expect, it } from "vitest";
import { brierScore, brierScoreTwoCategory, brierTerm, toTwoCategoryScale } from "./brier";
import { HAND, HAND_EXPECTED, pairs } from "./test-fixtures";

describe("brierScore (0-1 scale)", () => {
  it("matches scikit-learn's brier_score_loss examples", () => {
    // sklearn docs: y = [0,1,1,0], p = [0.1,0.9,0.8,0.3] -> 0.0375
    expect(brierScore(pairs([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]))).toBeCloseTo(0.0375, 15);
    // y = [0,1,1,0,1,1], p = [0.1,0.8,0.9,0.3,1.0,0.95] -> 0.0254166...
    expect(brierScore(pairs([0.1, 0.8, 0.9, 0.3, 1.0, 0.95], [0, 1, 1, 0, 1, 1]))).toBeCloseTo(0.1525 / 6, 15);
    expect(String(brierScore(pairs([0.1, 0.8, 0.9, 0.3, 1.0, 0.95], [0, 1, 1, 0, 1, 1])))).toMatch(/^0\.0254166/);
  });

  it("matches the hand-worked set", () => {
    expect(brierScore(HAND)).toBeCloseTo(HAND_EXPECTED.brier, 15);
  });

  it("scores the anchors: perfect 0, coin flip 0.25, certain and wrong 1", () => {
    expect(brierTerm(1, 1)).toBe(0);
    expect(brierTerm(0.5, 0)).toBe(0.25);
    expect(brierTerm(0, 1)).toBe(1);
  });

  it("refuses empty sets and invalid forecasts instead of returning NaN", () => {
    expect(() => brierScore([])).toThrow(/no forecasts/);
    expect(() => brierScore(pairs([1.2], [1]))).toThrow(RangeError);
    expect(() => brierScore([{ probability: Number.NaN, outcome: 1 }])).toThrow(RangeError);
    expect(() => brierScore([{ probability: 0.5, outcome: 2 as 1 }])).toThrow(/outcome/);
  });
});

describe("two-category form (0-2 scale, Tetlock / Good Judgment / Fatebook)", () => {
  it("is exactly twice the 0-1 score: (f-o)^2 + ((1-f)-(1-o))^2", () => {
    const set = pairs([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]);
    expect(brierScoreTwoCategory(set)).toBeCloseTo(0.075, 15);
    expect(toTwoCategoryScale(0.25)).toBe(0.5);
    expect(brierScoreTwoCategory(pairs([0], [1]))).toBe(2);
  });
});
