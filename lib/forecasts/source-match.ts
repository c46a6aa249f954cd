/**
 * Finding a forecaster, author or outlet by part of its name, for the forecast list's filters:
 * the matches a reader picks from as they type (GET /api/v1/sources) and the resolution of a
 * name typed into the form without JavaScript. The names are folded as the search folds them
 * (lib/search: case, diacritics, ß/ss, ä/ae), so "muller" and "mueller" both find "Müller".
 * Pure: the rows come from either engine (db/queries/sources.ts listSourceNames, most forecasts
 * first); lib/read/sources.ts keeps the folded index per process between writes.
 */
import type { SourceName } from "@/db/queries/sources";
import { searchDocument } from "@/lib/search/fold";
import { type SearchTerm, searchTerms } from "@/lib/search/query";

export interface SourceIndex {
  rows: SourceName[];
  /** Each row's name folded both ways (searchDocument: "plain\ntranslit"), by position. */
  folded: string[];
  bySlug: Map<string, SourceName>;
}

export function indexSources(rows: SourceName[]): SourceIndex {
  return { rows, folded: rows.map((r) => searchDocument(r.name)), bySlug: new Map(rows.map((r) => [r.slug, r])) };
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (text: string, at: number) => at >= 0 && at < text.length && LETTER.test(text.charAt(at));

/** How `form` occurs in `text` at best: 0 a whole word, 1 the start of a word, 2 inside a word, null nowhere. */
function occurrence(text: string, form: string): 0 | 1 | 2 | null {
  let best: 0 | 1 | 2 | null = null;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const here = isLetter(text, at - 1) ? 2 : isLetter(text, at + form.length) ? 1 : 0;
    if (best === null || here < best) best = here;
    if (best === 0) break;
  }
  return best;
}

/** A name's fit for the words typed: the worst of its words' best occurrences (0 best), or null when a word is missing. */
function rank(text: string, terms: SearchTerm[]): 0 | 1 | 2 | null {
  let r: 0 | 1 | 2 = 0;
  for (const t of terms) {
    let best: 0 | 1 | 2 | null = null;
    for (const f of t.forms) {
      const o = occurrence(text, f);
      if (o !== null && (best === null || o < best)) best = o;
    }
    if (best === null) return null;
    if (best > r) r = best;
  }
  return r;
}

export interface SourceMatches {
  items: SourceName[];
  /** How many sources match in all (items holds the first `limit`). */
  matched: number;
}

/**
 * The sources whose name holds every word of `q` (in either fold): first names where each word is
 * a whole word, then where each starts a word ("mül" finds "Thomas Müller" before "Samuel ..."),
 * then the rest; within each, by how many forecasts each has (the index's order). No letters or
 * digits in `q`: nothing.
 */
export function matchSources(index: SourceIndex, q: string, limit: number): SourceMatches {
  const terms = searchTerms(q);
  if (!terms.length) return { items: [], matched: 0 };
  const tiers: [SourceName[], SourceName[], SourceName[]] = [[], [], []];
  for (let i = 0; i < index.rows.length; i++) {
    const r = rank(index.folded[i]!, terms);
    if (r !== null) tiers[r].push(index.rows[i]!);
  }
  const all = tiers[0].concat(tiers[1], tiers[2]);
  return { items: all.slice(0, limit), matched: all.length };
}

export type Resolution =
  | { status: "found"; source: SourceName }
  | { status: "none"; text: string }
  | { status: "several"; text: string; candidates: SourceName[]; matched: number };

/** How many candidates a "several" answer lists. */
export const CANDIDATE_LIMIT = 10;

const squash = (s: string) => s.trim().replace(/\s+/g, " ");

/**
 * What a typed filter value names: a source's exact slug; else the one source whose whole name it
 * is (folded: "thomas muller" is "Thomas Müller"); else the one source whose name holds every word.
 * Otherwise nothing, or several (the first CANDIDATE_LIMIT by the matches' order).
 */
export function resolveSource(index: SourceIndex, text: string): Resolution {
  const typed = squash(text);
  const bySlug = index.bySlug.get(typed.toLowerCase());
  if (bySlug) return { status: "found", source: bySlug };
  const whole = new Set(searchDocument(typed).split("\n"));
  const named = index.rows.filter((_, i) => index.folded[i]!.split("\n").some((f) => whole.has(squash(f))));
  if (named.length === 1) return { status: "found", source: named[0]! };
  if (named.length > 1) return { status: "several", text: typed, candidates: named.slice(0, CANDIDATE_LIMIT), matched: named.length };
  const { items, matched } = matchSources(index, typed, CANDIDATE_LIMIT);
  if (matched === 1) return { status: "found", source: items[0]! };
  if (matched === 0) return { status: "none", text: typed };
  return { status: "several", text: typed, candidates: items, matched };
}
