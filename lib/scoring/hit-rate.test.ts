import { describe, expect, it } from "vitest";
import { hitRate, hitTerm } from "./hit-rate";
import { HAND, pairs } from "./test-fixtures";

describe("hitRate", () => {
  it("counts forecasts on the right side of 50%", () => {
    expect(hitRate(HAND)).toBe(0.75);
    expect(hitRate(pairs([0.9, 0.1, 0.8, 0.3], [1, 1, 0, 0]))).toBe(0.5);
  });

  it("counts exactly 50% as half a hit, whatever the outcome", () => {
    expect(hitTerm(0.5, 1)).toBe(0.5);
    expect(hitTerm(0.5, 0)).toBe(0.5);
    // 0.9 (o 1) hit, 0.5 half, 0.5 half, 0.2 (o 1) miss: 2 / 4
    expect(hitRate(pairs([0.9, 0.5, 0.5, 0.2], [1, 1, 0, 1]))).toBe(0.5);
    expect(hitTerm(0.5000001, 1)).toBe(1);
    expect(hitTerm(0.4999999, 1)).toBe(0);
  });

  it("treats 0 and 1 as sides", () => {
    expect(hitTerm(0, 0)).toBe(1);
    expect(hitTerm(1, 0)).toBe(0);
  });
});
