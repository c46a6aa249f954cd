/**
 * Word tokens with their offsets, and the small text predicates the rules share. Unicode-aware:
 * JavaScript's \b does not see "ü" or "ß" as word characters.
 */

export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isLowercase(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

/** A regular expression source that matches `phrase` as whole words, whitespace-flexible. */
export function phraseSource(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\u00a0]+");
  return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** Clause boundaries inside a sentence: commas, semicolons, colons, dashes, parentheses. */
export const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s/g;

/** Spans of the text between clause boundaries, with offsets relative to `text`. */
export function clauseSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    spans.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  spans.push({ start: last, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}
