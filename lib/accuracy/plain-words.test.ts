import { describe, expect, it } from "vitest";
import {
  BRIER_REFERENCE,
  baseRateBrier,
  baseRateSkillInWords,
  brierInShort,
  brierInWords,
  hitRateInWords,
  logScoreInWords,
  rangeInWords,
  sampleInWords,
  scorableInWords,
  skillInWords,
} from "./plain-words";

describe("the Brier score in words", () => {
  it("places the corpus score (0.2520, base rate 3/12) against 50% and the base rate of this very set", () => {
    // docs/scoring.md 2.3: 0.2520 is about the coin flip and worse than the base rate's 0.1875.
    expect(brierInWords(0.252, 0.25)).toBe(
      "About as good as saying 50% every time (0.25), and worse than always saying 25%, how often these events happened (0.188).",
    );
    expect(baseRateBrier(0.25)).toBe(0.1875);
  });
  it("says better when a score beats both references", () => {
    expect(brierInWords(0.0455, 0.5)).toMatch(/^Better than saying 50% every time \(0\.25\), and better than always saying 50%/);
  });
  it("names the worst reference point for a score near it", () => {
    expect(BRIER_REFERENCE.wrongAt97).toBeCloseTo(0.9409, 12);
    expect(brierInWords(0.9409, 0)).toContain("Close to being wrong at 97% every time (about 0.94)");
    expect(brierInWords(0.9409, 0)).toContain("every outcome was the same");
  });
  it("reads 0 as perfect and null as nothing scored", () => {
    expect(brierInWords(0, 0.5)).toMatch(/^Perfect/);
    expect(brierInWords(null, null)).toMatch(/nothing is scored/);
  });
});

describe("the Brier score in short (share images, embeds, link previews)", () => {
  it("says how much of saying 50%'s error is removed, and warns about a small sample", () => {
    expect(brierInShort(0.0455, 12)).toBe("better than saying 50% every time (0.25): 82% of its error removed (only 12 forecasts scored: read with care)");
    expect(brierInShort(0.252, 40)).toBe("about as good as saying 50% every time (0.25)");
    expect(brierInShort(0.5, 1)).toBe("worse than saying 50% every time (0.25) (only 1 forecast scored: read with care)");
    expect(brierInShort(null, 0)).toMatch(/^nothing scored yet/);
  });
});

describe("skill in words", () => {
  it("turns a skill score into a percentage better or worse than its reference", () => {
    expect(skillInWords(-0.008, "always saying 50%")).toBe("1% worse than always saying 50%.");
    expect(skillInWords(0.64, "always saying 50%")).toBe("64% better than always saying 50%.");
    expect(skillInWords(0.002, "always saying 50%")).toBe("No better and no worse than always saying 50%.");
    expect(baseRateSkillInWords(-0.344, 0.25)).toBe("34% worse than always saying 25% (how often these events happened).");
  });
  it("says 'times as high' past -1 and explains a missing skill", () => {
    expect(skillInWords(-2.5, "always saying 50%")).toBe("Much worse than always saying 50%: a score 3.5 times as high.");
    expect(baseRateSkillInWords(null, 1)).toMatch(/^Not comparable.*every outcome was the same/);
  });
});

describe("the log score in words", () => {
  it("compares with ln 2 and names the worst single term", () => {
    // corpus 0.774 vs ln 2 = 0.693: 1 - 0.774/0.693 = -0.117
    expect(logScoreInWords(0.774)).toBe("12% worse than always saying 50% (0.693). One confident miss costs up to 4.605.");
  });
});

describe("samples and intervals in words", () => {
  it("never gives an interval for a handful of forecasts", () => {
    const two = sampleInWords(2, 0.0455, 0.0446);
    expect(two.level).toBe("tiny");
    expect(two.text).toBe("Only 2 scored forecasts: far too few to tell skill from luck.");
    expect(two.text).not.toMatch(/±|interval/);
    expect(sampleInWords(1, 0.09, null).text).toMatch(/single result/);
    expect(sampleInWords(0, null, null).level).toBe("none");
  });
  it("gives a clipped 95% interval in words from five forecasts on, and calls a wide one wide", () => {
    // corpus: 0.252 +- 1.96 * 0.0827 = 0.09 to 0.41
    const twelve = sampleInWords(12, 0.252, 0.0827);
    expect(twelve.level).toBe("small");
    expect(twelve.text).toBe("A small sample: 12 scored forecasts. The score is likely somewhere between 0.09 and 0.41 (95% interval), a wide range.");
    expect(sampleInWords(40, 0.02, 0.02).text).toBe("40 scored forecasts. The score is likely somewhere between 0.00 and 0.06 (95% interval).");
  });
  it("gives a narrow interval of a large sample enough decimals to show two different bounds", () => {
    // 251,733 scored at Brier 0.140 with a standard error of 0.0003: 0.1394 to 0.1406, both "0.14" to 2 decimals.
    expect(sampleInWords(251_733, 0.14, 0.0003).text).toBe("251,733 scored forecasts. The score is likely somewhere between 0.139 and 0.141 (95% interval).");
  });
  it("says the share of resolved forecasts that could be scored, or that none is resolved", () => {
    expect(scorableInWords(0, 0)).toBe("None is resolved yet.");
    expect(scorableInWords(20, 21)).toMatch(/^20 of the 21 resolved forecasts ended yes or no/);
    expect(scorableInWords(4, 4)).toMatch(/^All 4 resolved forecasts/);
    expect(scorableInWords(268_053, 275_271)).toMatch(/^268,053 of the 275,271 resolved forecasts/);
  });
  it("reads the hit rate and the range", () => {
    expect(hitRateInWords(7 / 12, 12)).toBe("7 of 12 forecasts on the right side of 50%.");
    expect(hitRateInWords(0.75, 2)).toBe("1.5 of 2 forecasts on the right side of 50%.");
    expect(rangeInWords({ best: 0.1809, worst: 0.3443 })).toContain("between 0.181 (best case) and 0.344 (worst case)");
  });
});
