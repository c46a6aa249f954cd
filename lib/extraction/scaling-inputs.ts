/**
 * Repetitive and adversarial texts for the scaling test and `npm run bench:extract`: runs of cue
 * words with no sentence end, abbreviations that keep a sentence open, stacked conditions and
 * speech verbs, and ordinary prose. Each generator returns exactly `n` characters.
 */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const SCALING_INPUTS: Record<string, (n: number) => string> = {
  "cue run (no sentence end)": (n) => repeat("will probably ", n),
  "abbreviations (Dr. Dr. ...)": (n) => repeat("Dr. Smith said. ", n),
  "stacked conditions": (n) => repeat("if it rains, ", n),
  "speech verbs and names": (n) => repeat("said Weber according to Jones ", n),
  "ordinary prose": (n) => repeat("The central bank said on Tuesday that inflation will probably fall to 2 percent by 2026, according to its chief economist Anna Berg. ", n),
};
