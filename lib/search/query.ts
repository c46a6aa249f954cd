/**
 * A reader's search text as index terms: each word folded both ways (lib/search/fold.ts), words
 * of three or more characters matched through the trigram index, shorter ones as substrings of
 * the rows the longer ones found. Pure: the PostgreSQL port builds its own SQL from the same terms.
 */
import { fold } from "./fold";

/** The trigram index cannot look up fewer characters than this. */
export const MIN_TERM_LENGTH = 3;

export interface SearchTerm {
  /** The word as typed. */
  word: string;
  /** Its folds; a text matches when it contains either. */
  forms: string[];
}

/**
 * What db/queries hand to the index: an FTS5 MATCH expression (SQLite), the folds of each word long
 * enough for the trigram index (PostgreSQL builds its own SQL from them), and the short words to
 * check by substring.
 */
export interface SearchTerms {
  match: string;
  long: string[][];
  contains: string[][];
}

export type ParsedSearch = { ok: true; terms: SearchTerm[]; index: SearchTerms } | { ok: false; message: string };

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function searchTerms(q: string): SearchTerm[] {
  const words = q.match(WORD) ?? [];
  const seen = new Set<string>();
  const out: SearchTerm[] = [];
  for (const word of words) {
    const forms = [...new Set([fold(word, "plain"), fold(word, "translit")])].filter((f) => f.length > 0);
    const key = forms.join("|");
    if (!forms.length || seen.has(key)) continue;
    seen.add(key);
    out.push({ word, forms });
  }
  return out;
}

/** Parse search text; a query the index cannot use gets a message that says why and what to type instead. */
export function parseSearch(q: string): ParsedSearch {
  const terms = searchTerms(q);
  if (!terms.length) return { ok: false, message: `"${q}" has no letters or digits to search for` };
  const long = terms.filter((t) => (t.forms[0] ?? "").length >= MIN_TERM_LENGTH);
  if (!long.length) {
    const words = terms.map((t) => `"${t.word}"`).join(", ");
    return {
      ok: false,
      message: `search words need at least ${MIN_TERM_LENGTH} letters or digits: ${words} ${terms.length === 1 ? "is" : "are"} too short on ${terms.length === 1 ? "its" : "their"} own (add a longer word)`,
    };
  }
  const match = long.map((t) => `(${t.forms.map((f) => `"${f}"`).join(" OR ")})`).join(" AND ");
  const contains = terms.filter((t) => (t.forms[0] ?? "").length < MIN_TERM_LENGTH).map((t) => t.forms);
  return { ok: true, terms, index: { match, long: long.map((t) => t.forms), contains } };
}
