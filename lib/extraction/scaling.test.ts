import { describe, expect, it } from "vitest";
import { MAX_BODY_LENGTH } from "../intake/intake-schema";
import { extractCandidates } from "./extract";
import { SCALING_INPUTS } from "./scaling-inputs";

/**
 * The extractor must run in time linear in its input (the API accepts up to MAX_BODY_LENGTH
 * characters). No wall-clock threshold: the time for 4n characters is compared with the time
 * for n characters in the same process. Linear work gives a ratio near 4; quadratic work 16 and
 * more (before the fix, 128k characters of "will probably " took a minute, 16k a second).
 */
const BIG = MAX_BODY_LENGTH;
const SMALL = BIG / 4;
const SLACK = 10;

function time(text: string): number {
  const t = performance.now();
  extractCandidates(text, { language: "en", referenceDate: "2024-01-01" });
  return performance.now() - t;
}

describe("extraction scales linearly", () => {
  extractCandidates(SCALING_INPUTS["ordinary prose"]!(20_000), { language: "en", referenceDate: "2024-01-01" }); // warm up the JIT
  for (const [name, make] of Object.entries(SCALING_INPUTS)) {
    it(`${name}: ${BIG} characters take less than ${SLACK}x the time of ${SMALL}`, () => {
      // Best of several runs: the machine is shared, and one slow run must not decide.
      const small = Math.min(time(make(SMALL)), time(make(SMALL)), time(make(SMALL)));
      const big = Math.min(time(make(BIG)), time(make(BIG)));
      expect(big / Math.max(small, 1)).toBeLessThan(SLACK);
    }, 120_000);
  }
  it("cuts an endless sentence into pieces of bounded length, offsets intact", () => {
    const text = SCALING_INPUTS["cue words in long sentences"]!(50_000);
    const { candidates, note } = extractCandidates(text, { language: "en", referenceDate: "2024-01-01" });
    expect(note).toBeUndefined(); // the full pipeline ran
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(Math.max(...candidates.map((c) => c.sentence.length))).toBeLessThanOrEqual(1000);
  });

  it("a raw run of cue words is no prose: a note, no candidates, no error", () => {
    const r = extractCandidates(SCALING_INPUTS["raw run of cue words"]!(128_000), { language: "en", referenceDate: "2024-01-01" });
    expect(r.candidates).toEqual([]);
    expect(r.note).toMatch(/prose/);
  });
});
