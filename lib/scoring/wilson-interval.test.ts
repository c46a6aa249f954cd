import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson-interval";

describe("wilsonInterval (95%)", () => {
  it("matches R's prop.test(8, 10, correct = FALSE): 0.4901625 to 0.9433178", () => {
    const { low, high } = wilsonInterval(8, 10);
    expect(low).toBeCloseTo(0.4901625, 7);
    expect(high).toBeCloseTo(0.9433178, 7);
  });

  it("has a half-width of about 0.33 at n = 5, p = 0.5 (scoring.md section 3)", () => {
    const { low, high } = wilsonInterval(2.5, 5);
    expect((high - low) / 2).toBeCloseTo(0.3296, 4);
  });

  it("stays inside [0, 1] and touches the bound at 0/n and n/n", () => {
    expect(wilsonInterval(0, 4).low).toBe(0);
    expect(wilsonInterval(0, 4).high).toBeGreaterThan(0.4);
    expect(wilsonInterval(4, 4).high).toBe(1);
    expect(wilsonInterval(4, 4).low).toBeLessThan(0.6);
    // 1 of 1: centre (1 + z^2/2) / (1 + z^2), half-width (z^2/2) / (1 + z^2), so low = 1 / (1 + z^2) = 0.2065
    expect(wilsonInterval(1, 1).low).toBeCloseTo(1 / (1 + 1.959963984540054 ** 2), 12);
  });

  it("is [0, 1] for n = 0 and rejects impossible counts", () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
  });
});
