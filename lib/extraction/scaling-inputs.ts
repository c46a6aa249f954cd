/**
 * Repetitive and adversarial texts for the scaling test and `npm run bench:extract`: runs of cue
 * words with no sentence end (not prose: the assistant notes that and stops early), the same runs
 * inside sentences ending in a period (the full pipeline runs on them), abbreviations that keep a
 * sentence open, stacked conditions, speech verbs and names, and ordinary prose. Each generator
 * returns exactly `n` characters.
 */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** `unit` repeated to about 900 characters, closed as a sentence: long, dense, but prose. */
const sentence = (opening: string, unit: string) => `${opening} ${unit.repeat(Math.ceil(900 / unit.length))}happen. `;

export const SCALING_INPUTS: Record<string, (n: number) => string> = {
  "raw run of cue words": (n) => repeat("will probably ", n),
  "cue words in long sentences": (n) => repeat(sentence("Analysts said that it", "will probably "), n),
  "abbreviations (Dr. Dr. ...)": (n) => repeat("Dr. Smith said that prices will rise. ", n),
  "stacked conditions": (n) => repeat(sentence("The minister said that", "if it rains, "), n),
  "speech verbs and names": (n) => repeat(sentence("Prices will rise,", "said Weber according to Jones "), n),
  "ordinary prose": (n) =>
    repeat("The central bank said on Tuesday that inflation will probably fall to 2 percent by 2026, according to its chief economist Anna Berg. ", n),
};
