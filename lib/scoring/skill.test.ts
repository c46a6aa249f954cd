import { describe, expect, it } from "vitest";
import { equalWidthBins } from "./equal-width-bins";
import { skillVsBaseRate, skillVsCoinFlip } from "./skill";
import { HAND, HAND_EXPECTED } from "./test-fixtures";

describe("skillVsCoinFlip = 1 - 4 BS", () => {
  it("is 0 for a coin flip, 1 for perfect, -3 for certain and wrong", () => {
    expect(skillVsCoinFlip(0.25)).toBe(0);
    expect(skillVsCoinFlip(0)).toBe(1);
    expect(skillVsCoinFlip(1)).toBe(-3);
    expect(skillVsCoinFlip(HAND_EXPECTED.brier)).toBeCloseTo(0.2132, 14);
  });
});

describe("skillVsBaseRate = (RES - REL) / UNC", () => {
  it("matches the hand-worked set: (0.0625 - 0.08625) / 0.1875", () => {
    expect(skillVsBaseRate(equalWidthBins(HAND).decomposition!)).toBeCloseTo((0.0625 - 0.08625) / 0.1875, 14);
  });

  it("is null, not a number, when UNC = 0 (every outcome the same)", () => {
    expect(skillVsBaseRate({ reliability: 0.01, resolution: 0, uncertainty: 0 })).toBeNull();
    const allYes = equalWidthBins([
      { probability: 0.9, outcome: 1 },
      { probability: 0.6, outcome: 1 },
    ]);
    expect(allYes.decomposition!.uncertainty).toBe(0);
    expect(skillVsBaseRate(allYes.decomposition!)).toBeNull();
  });

  it("is 1 for a perfectly calibrated, perfectly resolving forecaster", () => {
    expect(skillVsBaseRate({ reliability: 0, resolution: 0.25, uncertainty: 0.25 })).toBe(1);
  });
});
