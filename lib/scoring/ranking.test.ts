import { describe, expect, it } from "vitest";
import { brierMoments, brierStandardError, rankSources, shrinkageWeight, shrunkScore } from "./ranking";
import { pairs } from "./test-fixtures";

describe("shrinkage", () => {
  it("shrinks toward the population mean with weight n / (n + k)", () => {
    expect(shrinkageWeight(30)).toBe(0.75);
    expect(shrinkageWeight(10, 10)).toBe(0.5);
    // two lucky calls (mean 0.01), population 0.2, k 10: (2 * 0.01 + 10 * 0.2) / 12
    expect(shrunkScore(2, 0.01, 0.2)).toBeCloseTo(2.02 / 12, 15);
    expect(shrunkScore(2, 0.01, 0.2, 0)).toBeCloseTo(0.01, 15);
    expect(shrunkScore(0, Number.NaN, 0.2)).toBe(0.2);
  });
});

describe("brierStandardError", () => {
  it("is the sample SD of the Brier terms over sqrt n, from n, sum and sum of squares", () => {
    // f = 0.9, 0.7, 0.5, 0.3 all happened: terms 0.01, 0.09, 0.25, 0.49, mean 0.21,
    // squared deviations 0.04 + 0.0144 + 0.0016 + 0.0784 = 0.1344, s^2 = 0.0448, SE = sqrt(0.0448 / 4)
    const m = brierMoments(pairs([0.9, 0.7, 0.5, 0.3], [1, 1, 1, 1]));
    expect(m.n).toBe(4);
    expect(m.sumBrier).toBeCloseTo(0.84, 15);
    expect(m.sumBrierSquares).toBeCloseTo(0.0001 + 0.0081 + 0.0625 + 0.2401, 15);
    expect(brierStandardError(m)).toBeCloseTo(Math.sqrt(0.0112), 14);
  });

  it("is 0 for identical terms and null below n = 2", () => {
    expect(brierStandardError(brierMoments(pairs([0.7, 0.7, 0.7], [1, 1, 1])))).toBe(0);
    expect(brierStandardError({ n: 1, sumBrier: 0.1, sumBrierSquares: 0.01 })).toBeNull();
  });
});

describe("rankSources", () => {
  // Population mean 0.2, k 10:
  //   lucky n 2, mean 0.01 -> 2.02 / 12 = 0.16833   (not eligible: n < 25)
  //   b     n 30, mean 0.15 -> 6.5 / 40  = 0.1625
  //   c     n 40, mean 0.18 -> 9.2 / 50  = 0.184
  //   d     n 25, mean 0.15 -> 5.75 / 35 = 0.16429
  const SOURCES = [
    { key: "lucky", n: 2, sumBrier: 0.02, sumBrierSquares: 0.0002 },
    { key: "c", n: 40, sumBrier: 7.2, sumBrierSquares: 2 },
    { key: "b", n: 30, sumBrier: 4.5, sumBrierSquares: 1 },
    { key: "d", n: 25, sumBrier: 3.75, sumBrierSquares: 1 },
  ];

  it("ranks eligible sources by shrunk Brier and leaves small ones unranked", () => {
    const r = rankSources(SOURCES, { populationMean: 0.2 });
    expect(r.sources.map((s) => [s.key, s.rank])).toEqual([
      ["b", 1],
      ["d", 2],
      ["c", 3],
      ["lucky", null],
    ]);
    const b = r.sources[0]!;
    expect(b.shrunkBrier).toBeCloseTo(0.1625, 15);
    expect(b.meanBrier).toBeCloseTo(0.15, 15);
    expect(b.weight).toBe(0.75);
    expect(b.standardError).toBeCloseTo(Math.sqrt((1 - 4.5 ** 2 / 30) / 29 / 30), 14);
    expect(r.sources[3]!.shrunkBrier).toBeCloseTo(2.02 / 12, 15);
    expect(r.sources[3]!.eligible).toBe(false);
  });

  it("keeps two lucky calls off the top even when the minimum is lifted, but not without shrinkage", () => {
    expect(rankSources(SOURCES, { populationMean: 0.2, minResolved: 0 }).sources.map((s) => s.key)).toEqual(["b", "d", "lucky", "c"]);
    expect(rankSources(SOURCES, { populationMean: 0.2, minResolved: 0, k: 1e-9 }).sources[0]!.key).toBe("lucky");
  });

  it("honours a custom minimum", () => {
    const r = rankSources(SOURCES, { populationMean: 0.2, minResolved: 30 });
    expect(r.sources.filter((s) => s.eligible).map((s) => s.key)).toEqual(["b", "c"]);
  });

  it("defaults the population mean to the pooled mean of all forecasts", () => {
    // (0.02 + 7.2 + 4.5 + 3.75) / 97
    expect(rankSources(SOURCES).populationMean).toBeCloseTo(15.47 / 97, 15);
  });

  it("gives tied sources the same rank, the next one skipping", () => {
    const r = rankSources(
      [
        { key: "x", n: 30, sumBrier: 3, sumBrierSquares: 1 },
        { key: "y", n: 30, sumBrier: 3, sumBrierSquares: 1 },
        { key: "z", n: 30, sumBrier: 6, sumBrierSquares: 2 },
      ],
      { populationMean: 0.2 },
    );
    expect(r.sources.map((s) => [s.key, s.rank])).toEqual([
      ["x", 1],
      ["y", 1],
      ["z", 3],
    ]);
  });

  it("handles sources with no forecasts and rejects duplicates", () => {
    const empty = rankSources([{ key: "new", n: 0, sumBrier: 0, sumBrierSquares: 0 }]);
    expect(empty.populationMean).toBeNull();
    expect(empty.sources[0]).toMatchObject({ meanBrier: null, shrunkBrier: null, rank: null, eligible: false });
    const withPop = rankSources([{ key: "new", n: 0, sumBrier: 0, sumBrierSquares: 0 }], { populationMean: 0.2 });
    expect(withPop.sources[0]!.shrunkBrier).toBe(0.2);
    expect(() => rankSources([SOURCES[0]!, SOURCES[0]!])).toThrow(/twice/);
  });
});

describe("rankKey", () => {
  it("lets scores equal to 12 decimal places share a rank, whatever order their sums were added in", () => {
    // Two sources with the same five terms (0.01, 0.09, 0.25, 0.49, 0.56) summed in different orders: the sums differ in the last bit.
    const terms = [0.01, 0.09, 0.25, 0.49, 0.56];
    const a = terms.reduce((x, y) => x + y, 0);
    const b = [...terms].reverse().reduce((x, y) => x + y, 0);
    const c = 0.1 + 0.2 + 0.3 + 0.4 + 0.5;
    expect(a).not.toBe(b); // the premise: the same mean, different doubles
    const ranking = rankSources(
      [
        { key: "a", n: 5, sumBrier: a, sumBrierSquares: 0.5 },
        { key: "b", n: 5, sumBrier: b, sumBrierSquares: 0.5 },
        { key: "c", n: 5, sumBrier: c, sumBrierSquares: 0.5 },
      ],
      { minResolved: 1, populationMean: 0.2 },
    );
    expect(ranking.sources.map((s) => [s.key, s.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
  });
});
