/**
 * Where the search words occur in the original text (what the reader sees), found by folding the
 * text with its offset map (lib/search/fold.ts) and mapping each match back. Pure.
 */
import { type FoldMode, foldWithMap } from "./fold";
import type { SearchTerm } from "./query";

export type Range = [start: number, end: number];

export function highlightRanges(text: string, terms: SearchTerm[]): Range[] {
  if (!terms.length || !text) return [];
  const ranges: Range[] = [];
  for (const mode of ["plain", "translit"] as FoldMode[]) {
    const folded = foldWithMap(text, mode);
    for (const term of terms)
      for (const form of term.forms) {
        if (!form) continue;
        for (let at = folded.text.indexOf(form); at !== -1; at = folded.text.indexOf(form, at + 1)) {
          ranges.push([folded.start[at] ?? 0, folded.end[at + form.length - 1] ?? text.length]);
        }
      }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into plain and matched pieces, in order (what a <mark> renderer walks). */
export function highlightPieces(text: string, terms: SearchTerm[]): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [s, e] of highlightRanges(text, terms)) {
    if (s > at) pieces.push({ text: text.slice(at, s), match: false });
    pieces.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
