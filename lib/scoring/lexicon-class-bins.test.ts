import { describe, expect, it } from "vitest";
import { LEXICON } from "../lexicon/lexicon";
import { LEXICON_BIN_ORDER, lexiconClassBins } from "./lexicon-class-bins";

/**
 * HAND: six forecasts at their class points.
 *   LIKELY 0.70: outcomes 1, 1, 0   (n 3, o_k 2/3)
 *   UNLIKELY 0.20: outcomes 0, 1    (n 2, o_k 1/2)
 *   WILL 0.97: outcome 1            (n 1, o_k 1)
 *   o_bar = 4/6 = 2/3, UNC = 2/9.
 *   BS = [2(0.3^2) + 0.7^2 + 0.2^2 + 0.8^2 + 0.03^2] / 6 = (0.18 + 0.49 + 0.04 + 0.64 + 0.0009) / 6 = 1.3509 / 6 = 0.22515
 *   REL = [3 (0.7 - 2/3)^2 + 2 (0.2 - 0.5)^2 + (0.97 - 1)^2] / 6 = (1/300 + 0.18 + 0.0009) / 6
 *   RES = [3 (0)^2 + 2 (1/2 - 2/3)^2 + (1 - 2/3)^2] / 6 = (1/18 + 1/9) / 6 = 1/36
 *   WBV = WBC = 0 (one value per bin); check: REL - RES + UNC = 0.0307055... - 0.0277777... + 0.2222222... = 0.22515.
 */
const SIX = [
  { probability: 0.7, outcome: 1 as const, lexiconClass: "LIKELY" },
  { probability: 0.97, outcome: 1 as const, lexiconClass: "WILL" },
  { probability: 0.7, outcome: 1 as const, lexiconClass: "LIKELY" },
  { probability: 0.2, outcome: 0 as const, lexiconClass: "UNLIKELY" },
  { probability: 0.7, outcome: 0 as const, lexiconClass: "LIKELY" },
  { probability: 0.2, outcome: 1 as const, lexiconClass: "UNLIKELY" },
];

describe("lexiconClassBins", () => {
  it("makes one bin per class present, least likely first, with the class's lexicon range", () => {
    const c = lexiconClassBins(SIX);
    expect(c.bins.map((b) => [b.lexiconClass, b.n])).toEqual([
      ["UNLIKELY", 2],
      ["LIKELY", 3],
      ["WILL", 1],
    ]);
    expect(c.bins[1]).toMatchObject({ lo: 0.6, hi: 0.8, label: "likely", observed: 2 / 3 });
    expect(c.bins[1]!.meanForecast).toBeCloseTo(0.7, 15);
    expect(c.bins[0]).toMatchObject({ lo: LEXICON.UNLIKELY.lo, hi: LEXICON.UNLIKELY.hi, observed: 0.5, reliable: false });
  });

  it("decomposes the hand-worked set, with WBV = WBC = 0", () => {
    const c = lexiconClassBins(SIX);
    const d = c.decomposition!;
    expect(c.brier).toBeCloseTo(0.22515, 15);
    expect(d.reliability).toBeCloseTo((1 / 300 + 0.18 + 0.0009) / 6, 15);
    expect(d.resolution).toBeCloseTo(1 / 36, 15);
    expect(d.uncertainty).toBeCloseTo(2 / 9, 15);
    expect(d.withinBinVariance).toBeCloseTo(0, 15);
    expect(d.withinBinCovariance).toBeCloseTo(0, 15);
    expect(Math.abs(c.brier! - (d.reliability - d.resolution + d.uncertainty))).toBeLessThan(1e-15);
  });

  it("keeps the within-bin terms when a stated number overrode the class point", () => {
    const c = lexiconClassBins([...SIX, { probability: 0.9, outcome: 1, lexiconClass: "LIKELY" }]);
    const d = c.decomposition!;
    expect(d.withinBinVariance).toBeGreaterThan(0);
    expect(Math.abs(c.brier! - (d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance))).toBeLessThan(1e-12);
  });

  it("orders classes from least to most likely", () => {
    const ps = LEXICON_BIN_ORDER.map((c) => LEXICON[c].p);
    expect([...ps].sort((a, b) => a - b)).toEqual(ps);
    expect(LEXICON_BIN_ORDER[0]).toBe("WILL_NOT");
    expect(LEXICON_BIN_ORDER.at(-1)).toBe("WILL");
  });

  it("throws on an unknown class instead of dropping the forecast", () => {
    expect(() => lexiconClassBins([{ probability: 0.7, outcome: 1, lexiconClass: "LIKELEY" }])).toThrow(/unknown lexicon class "LIKELEY"/);
  });
});
