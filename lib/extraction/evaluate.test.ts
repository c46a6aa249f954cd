import { describe, expect, it } from "vitest";
import { countMatches, covers, locate, overlap, rates } from "./evaluate";

describe("evaluation rule", () => {
  it("covers a key quote when the candidate overlaps at least half of it", () => {
    const key = { start: 100, end: 200 };
    expect(covers({ start: 150, end: 400 }, key)).toBe(true); // 50 of 100
    expect(covers({ start: 151, end: 400 }, key)).toBe(false); // 49 of 100
    expect(covers({ start: 0, end: 1000 }, key)).toBe(true);
    expect(overlap({ start: 0, end: 100 }, key)).toBe(0);
  });

  it("counts recall over key quotes and precision over candidates", () => {
    const keys = [
      { start: 0, end: 10 },
      { start: 50, end: 60 },
    ];
    const candidates = [
      { start: 0, end: 10 },
      { start: 58, end: 70 }, // touches the second key: precise, but covers only 2 of 10
      { start: 80, end: 90 },
    ];
    const c = countMatches(candidates, keys);
    expect(c).toMatchObject({ keys: 2, keysCovered: 1, candidates: 3, candidatesMatching: 2 });
    expect(rates(c)).toEqual({ recall: 0.5, precision: 2 / 3 });
    expect(rates({ keys: 0, keysCovered: 0, candidates: 0, candidatesMatching: 0 })).toEqual({ recall: null, precision: null });
  });

  it("locates a quote verbatim or across a line break", () => {
    expect(locate("Eins. Zwei drei.", "Zwei drei.")).toEqual({ start: 6, end: 16 });
    expect(locate("Eins. Zwei\ndrei.", "Zwei drei.")).toEqual({ start: 6, end: 16 });
    expect(locate("Eins.", "Zwei.")).toBeNull();
  });
});
