import { describe, expect, it } from "vitest";
import { rangeBrier, rangeBrierSummary } from "./range-score";

describe("rangeBrier", () => {
  it('scores "likely" 0.55-0.80 with the event happening: 0.1056 at the midpoint, 0.04 best, 0.2025 worst', () => {
    const r = rangeBrier({ low: 0.55, high: 0.8 }, 1);
    expect(r.point).toBeCloseTo(0.105625, 15); // (1 - 0.675)^2, scoring.md's 0.1056
    expect(r.point.toFixed(4)).toBe("0.1056");
    expect(r.best).toBeCloseTo(0.04, 15);
    expect(r.worst).toBeCloseTo(0.2025, 15);
  });

  it("flips ends when the event did not happen", () => {
    const r = rangeBrier({ low: 0.55, high: 0.8 }, 0);
    expect(r.best).toBeCloseTo(0.3025, 15); // 0.55^2
    expect(r.worst).toBeCloseTo(0.64, 15); // 0.8^2
  });

  it("scores a given point, and widens the range to include a point outside it", () => {
    expect(rangeBrier({ low: 0.6, high: 0.8, point: 0.7 }, 1).point).toBeCloseTo(0.09, 15);
    const r = rangeBrier({ low: 0.6, high: 0.8, point: 0.9 }, 1);
    expect(r.best).toBeCloseTo(0.01, 15);
    expect(r.worst).toBeCloseTo(0.16, 15);
  });

  it("rejects inverted or out-of-range ranges", () => {
    expect(() => rangeBrier({ low: 0.8, high: 0.55 }, 1)).toThrow(/above/);
    expect(() => rangeBrier({ low: -0.1, high: 0.5 }, 1)).toThrow(RangeError);
  });
});

describe("rangeBrierSummary", () => {
  it("averages best and worst cases over a set; point-only forecasts count the same in both", () => {
    // "likely" 0.55-0.80 happened: point 0.7 -> 0.09, best 0.04, worst 0.2025
    // "unlikely" 0.10-0.25 did not happen: point 0.2 -> 0.04, best 0.01, worst 0.0625
    // stated 0.5, no range, happened: 0.25 in all three
    const s = rangeBrierSummary([
      { probability: 0.7, outcome: 1, probabilityLow: 0.55, probabilityHigh: 0.8 },
      { probability: 0.2, outcome: 0, probabilityLow: 0.1, probabilityHigh: 0.25 },
      { probability: 0.5, outcome: 1 },
    ]);
    expect(s.point).toBeCloseTo((0.09 + 0.04 + 0.25) / 3, 15);
    expect(s.best).toBeCloseTo((0.04 + 0.01 + 0.25) / 3, 15);
    expect(s.worst).toBeCloseTo((0.2025 + 0.0625 + 0.25) / 3, 15);
    expect(s.withRange).toBe(2);
  });

  it("uses the point as the missing end of a half-stored range", () => {
    const s = rangeBrierSummary([{ probability: 0.7, outcome: 1, probabilityLow: 0.6, probabilityHigh: null }]);
    expect(s.best).toBeCloseTo(0.09, 15);
    expect(s.worst).toBeCloseTo(0.16, 15);
    expect(s.withRange).toBe(1);
  });
});
