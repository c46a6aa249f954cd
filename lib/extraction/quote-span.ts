/**
 * The quote of a candidate: the whole sentence, or for a long sentence the part of it that carries
 * the forecast: the clause group with the cue (groups are split at semicolons, colons, dashes and
 * ", aber / maar / but ..."), joined with the condition when that stands in another group.
 */
import type { Span } from "./types";

/** Sentences longer than this (characters) are quoted by their forecast clause group only. */
export const LONG_SENTENCE = 300;

const GROUP_BREAK = /;\s|:\s|\s[–—]\s|,\s+(?=(?:aber|doch|jedoch|sondern|während|wobei|maar|terwijl|echter|doch|but|while|whereas|yet)(?![\p{L}]))/giu;

function groups(sentence: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const m of sentence.matchAll(GROUP_BREAK)) {
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: sentence.length });
  return out.filter((g) => sentence.slice(g.start, g.end).trim().length > 0);
}

/** The quote's span in the sentence, given the span of the cue and of the condition (if any). */
export function quoteSpan(sentence: string, cue: Span, condition: Span | null): Span {
  if (sentence.length <= LONG_SENTENCE) return { start: 0, end: sentence.length };
  const gs = groups(sentence);
  const inGroup = (p: number) => gs.findIndex((g) => p >= g.start && p < g.end);
  const first = Math.max(0, inGroup(cue.start));
  let last = Math.max(first, inGroup(Math.max(cue.start, cue.end - 1)));
  let from = first;
  if (condition) {
    from = Math.min(from, Math.max(0, inGroup(condition.start)));
    last = Math.max(last, inGroup(Math.max(condition.start, condition.end - 1)));
  }
  let start = gs[from]!.start;
  let end = gs[last]!.end;
  // Trim whitespace, keep the sentence's closing punctuation when the quote runs to its end.
  while (start < end && /\s/.test(sentence[start]!)) start++;
  while (end > start && /[\s,;:–—]/.test(sentence[end - 1]!)) end--;
  return { start, end };
}
