import { describe, expect, it } from "vitest";
import { formatCount, formatNumber, formatPercent, formatPercentRange, plural } from "./numbers";

describe("formatNumber", () => {
  it("writes scores to three decimals with a true minus sign", () => {
    expect(formatNumber(0.252)).toBe("0.252");
    expect(formatNumber(-0.3441, 2)).toBe("\u22120.34");
    expect(formatNumber(-0.0001, 2)).toBe("0.00");
  });
  it("writes a dash for a value that does not exist", () => {
    expect(formatNumber(null)).toBe("–");
    expect(formatNumber(undefined)).toBe("–");
    expect(formatNumber(Number.NaN)).toBe("–");
  });
});

describe("formatPercent", () => {
  it("rounds shares to whole percentages by default", () => {
    expect(formatPercent(0.25)).toBe("25%");
    expect(formatPercent(0.583)).toBe("58%");
    expect(formatPercent(-0.34)).toBe("\u221234%");
    expect(formatPercent(null)).toBe("–");
  });
  it("writes a range with one percent sign", () => {
    expect(formatPercentRange(0.1, 0.5)).toBe("10–50%");
  });
});

describe("counts", () => {
  it("separates thousands and picks singular or plural", () => {
    expect(formatCount(12345)).toBe("12,345");
    expect(plural(1, "scored forecast")).toBe("1 scored forecast");
    expect(plural(2, "scored forecast")).toBe("2 scored forecasts");
    expect(plural(0, "analysis", "analyses")).toBe("0 analyses");
  });
});
