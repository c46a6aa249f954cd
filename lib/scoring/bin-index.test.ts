import { describe, expect, it } from "vitest";
import { equalWidthBinEdges, equalWidthBinIndex, probabilityToPercent } from "./bin-index";

describe("equalWidthBinIndex (integer percentages)", () => {
  it("puts the edge values in the right one of 10 bins", () => {
    expect(equalWidthBinIndex(0.0)).toBe(0);
    expect(equalWidthBinIndex(0.15)).toBe(1);
    expect(equalWidthBinIndex(0.35)).toBe(3);
    expect(equalWidthBinIndex(0.7)).toBe(7);
    expect(equalWidthBinIndex(1.0)).toBe(9);
    expect(equalWidthBinIndex(0.1)).toBe(1);
    expect(equalWidthBinIndex(0.09)).toBe(0);
    expect(equalWidthBinIndex(0.99)).toBe(9);
  });

  it("does not lose floating-point edge values (Fatebook's 0.2 - 0.05 = 0.15000000000000002)", () => {
    expect(0.2 - 0.05).not.toBe(0.15);
    expect(equalWidthBinIndex(0.2 - 0.05)).toBe(1);
    expect(equalWidthBinIndex(0.3 + 0.05)).toBe(3); // 0.35 computed: 0.35
    expect(equalWidthBinIndex(0.1 * 7)).toBe(7); // 0.7000000000000001
    expect(equalWidthBinIndex(0.7 - 1e-12)).toBe(7); // rounds to 70%
    expect(equalWidthBinIndex(0.1 + 0.2)).toBe(3); // 0.30000000000000004
  });

  it("rounds to the whole percent first: 0.694 is 69% (bin 6), 0.696 is 70% (bin 7)", () => {
    expect(probabilityToPercent(0.694)).toBe(69);
    expect(equalWidthBinIndex(0.694)).toBe(6);
    expect(probabilityToPercent(0.696)).toBe(70);
    expect(equalWidthBinIndex(0.696)).toBe(7);
  });

  it("generalises to N bins: 3 bins split at 34% and 67%, 1.0 in the last", () => {
    expect(equalWidthBinIndex(0.33, 3)).toBe(0);
    expect(equalWidthBinIndex(0.34, 3)).toBe(1);
    expect(equalWidthBinIndex(0.66, 3)).toBe(1);
    expect(equalWidthBinIndex(0.67, 3)).toBe(2);
    expect(equalWidthBinIndex(1, 3)).toBe(2);
    expect(equalWidthBinIndex(0.5, 1)).toBe(0);
    expect(equalWidthBinIndex(1, 1)).toBe(0);
    expect(equalWidthBinIndex(0.15, 20)).toBe(3);
    expect(equalWidthBinIndex(0.14, 20)).toBe(2);
    expect(equalWidthBinIndex(1, 100)).toBe(99);
    expect(equalWidthBinIndex(0.37, 100)).toBe(37);
  });

  it("rejects bad counts and probabilities", () => {
    expect(() => equalWidthBinIndex(0.5, 0)).toThrow(RangeError);
    expect(() => equalWidthBinIndex(0.5, 2.5)).toThrow(RangeError);
    expect(() => equalWidthBinIndex(0.5, 101)).toThrow(RangeError);
    expect(() => equalWidthBinIndex(1.01)).toThrow(RangeError);
    expect(() => equalWidthBinIndex(-0.01)).toThrow(RangeError);
  });
});

describe("equalWidthBinEdges", () => {
  it("gives nominal edges as probabilities", () => {
    expect(equalWidthBinEdges(0)).toEqual({ lo: 0, hi: 0.1 });
    expect(equalWidthBinEdges(9)).toEqual({ lo: 0.9, hi: 1 });
    expect(equalWidthBinEdges(1, 3)).toEqual({ lo: 1 / 3, hi: 2 / 3 });
    expect(() => equalWidthBinEdges(10)).toThrow(RangeError);
  });
});
