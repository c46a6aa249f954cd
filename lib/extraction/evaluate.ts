/**
 * Recall and precision of proposed candidates against an answer key of forecast quotes.
 *
 * The rule: a candidate covers a key quote when the overlap of their character spans is at
 * least half the key quote's length. Recall = key quotes covered by some candidate / key quotes.
 * Precision = candidates that overlap some key quote (by at least one character) / candidates.
 */
import type { Forecaster, Span } from "./types";

export type { Span };

export const COVER_FRACTION = 0.5;

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function covers(candidate: Span, key: Span): boolean {
  return overlap(candidate, key) >= COVER_FRACTION * (key.end - key.start);
}

export interface Counts {
  keys: number;
  keysCovered: number;
  candidates: number;
  candidatesMatching: number;
}

export function countMatches(candidates: readonly Span[], keys: readonly Span[]): Counts & { coveredKeys: boolean[]; matchingCandidates: boolean[] } {
  const coveredKeys = keys.map((k) => candidates.some((c) => covers(c, k)));
  const matchingCandidates = candidates.map((c) => keys.some((k) => overlap(c, k) > 0));
  return {
    keys: keys.length,
    keysCovered: coveredKeys.filter(Boolean).length,
    candidates: candidates.length,
    candidatesMatching: matchingCandidates.filter(Boolean).length,
    coveredKeys,
    matchingCandidates,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    keys: a.keys + b.keys,
    keysCovered: a.keysCovered + b.keysCovered,
    candidates: a.candidates + b.candidates,
    candidatesMatching: a.candidatesMatching + b.candidatesMatching,
  };
}

export const ZERO: Counts = { keys: 0, keysCovered: 0, candidates: 0, candidatesMatching: 0 };

export function rates(c: Counts): { recall: number | null; precision: number | null } {
  return {
    recall: c.keys === 0 ? null : c.keysCovered / c.keys,
    precision: c.candidates === 0 ? null : c.candidatesMatching / c.candidates,
  };
}

/**
 * Where a key quote stands in the text: verbatim, or else with runs of whitespace compared as one
 * space (a quote may join lines the text breaks). Null when it is not in the text.
 */
export function locate(text: string, quote: string): Span | null {
  const i = text.indexOf(quote);
  if (i >= 0) return { start: i, end: i + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return null;
  const m = new RegExp(words.join("\\s+")).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** A labelled forecaster: a named person or institution, an unnamed source, or the article's author. */
export interface LabelledForecaster {
  kind: "person" | "institution" | "unnamed" | "author";
  name?: string;
  /** Other names that count as right ("author" here accepts no forecaster for an unnamed label). */
  aliases?: string[];
}

const norm = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\s\u00a0\u00ad]+/g, " ")
    .trim()
    .toLowerCase();

/**
 * Whether the assistant's forecaster is the labelled one: the same full name (or an alias), an
 * unnamed source for an unnamed label, and no forecaster for the author's own claim. A surname
 * alone is not enough: the assistant must tie it back to the full name.
 */
export function forecasterMatches(found: Forecaster | null, label: LabelledForecaster): boolean {
  const aliases = (label.aliases ?? []).map(norm);
  if (!found) return label.kind === "author" || aliases.includes("author");
  if (found.kind === "unnamed") return label.kind === "unnamed";
  if (label.kind === "author" || label.kind === "unnamed") return aliases.includes(norm(found.name));
  return norm(found.name) === norm(label.name ?? "") || aliases.includes(norm(found.name));
}
