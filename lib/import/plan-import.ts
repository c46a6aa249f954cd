/**
 * Step 3 of the bulk import (lib/import/run-import.ts): duplicates (same article title and quote,
 * stored or earlier in the file), consistency within the file and with stored articles. The rules
 * (planFromFacts) are the same for both engines: they read one set of facts gathered for the whole
 * file at once, by `gatherPlanFacts` on SQLite (below) or `gatherPlanFactsPg` on PostgreSQL
 * (plan-facts-pg.ts). Synchronous, so the write transaction runs it again against the data as it
 * is then.
 */
import { authorNamesOf, eventIdOfForecast, findArticlesByTitles, forecastsByTitleAndQuote, outletNameById, titleQuoteKey } from "@/db/queries/intake";
import type { Tx } from "@/db/tx";
import type { Language } from "@/lib/vocabulary";
import type { RowError } from "./parse-file";
import type { ImportRecord } from "./record-schema";

export interface ValidRow {
  row: number;
  record: ImportRecord;
}

export interface Duplicate {
  row: number;
  message: string;
  /** The stored forecast it duplicates, or the earlier row of the file. */
  forecastId?: number;
  sameAsRow?: number;
}

/** One article the import writes to: stored already, or new (made from its rows). */
export interface PlannedArticle {
  title: string;
  storedId: number | null;
  storedSlug: string | null;
  rows: ValidRow[];
}

export interface Plan {
  errors: RowError[];
  duplicates: Duplicate[];
  articles: PlannedArticle[];
  /** File event id -> a stored event that a duplicate row of that id already points at. */
  storedEvents: Map<number, number>;
}

type StoredArticle = NonNullable<ReturnType<typeof findArticlesByTitles> extends Map<string, infer V> ? V : never>[number];

const ARTICLE_FIELDS = ["outlet", "authors", "url", "publishedOn", "firstPublishedOn", "originalOutlet"] as const;
export type ArticleMeta = Pick<ImportRecord["article"], (typeof ARTICLE_FIELDS)[number]>;

/** A stored article with the given title, with what the import compares. */
export interface StoredArticleFacts {
  id: number;
  slug: string;
  body: string;
  language: Language;
  meta: ArticleMeta;
}

/** What the planning needs from the database, gathered for the whole file at once. */
export interface PlanFacts {
  /** titleQuoteKey(title, quote) -> the first stored forecast with that article title and quote, and its event. */
  forecasts: Map<string, { id: number; eventId: number | null }>;
  /** Article title -> the stored articles with exactly that title. */
  articles: Map<string, StoredArticleFacts[]>;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "empty";
  return Array.isArray(v) ? (v.length ? v.join(", ") : "no authors") : `“${String(v)}”`;
}

function storedMeta(tx: Tx, a: StoredArticle): ArticleMeta {
  return {
    outlet: outletNameById(tx, a.outletId),
    authors: authorNamesOf(tx, a.id),
    url: a.url,
    publishedOn: a.publishedOn,
    firstPublishedOn: a.firstPublishedOn,
    originalOutlet: outletNameById(tx, a.originalOutletId),
  };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The facts for these rows on SQLite: a few set queries (db/queries/intake.ts). */
export function gatherPlanFacts(tx: Tx, rows: ValidRow[]): PlanFacts {
  const titles = rows.map((r) => r.record.article.title);
  const ids = forecastsByTitleAndQuote(tx, titles);
  const forecasts = new Map<string, { id: number; eventId: number | null }>();
  for (const [key, id] of ids) forecasts.set(key, { id, eventId: null });
  // The event is needed only where a duplicate row names a file event.
  for (const r of rows) {
    const f = r.record.eventId === null ? undefined : forecasts.get(titleQuoteKey(r.record.article.title, r.record.quote));
    if (f && f.eventId === null) f.eventId = eventIdOfForecast(tx, f.id);
  }
  const articles = new Map<string, StoredArticleFacts[]>();
  for (const [title, matches] of findArticlesByTitles(tx, titles))
    articles.set(
      title,
      matches.map((a) => ({ id: a.id, slug: a.slug, body: a.body, language: a.language as Language, meta: storedMeta(tx, a) })),
    );
  return { forecasts, articles };
}

/** Step 3 on SQLite: the facts gathered, then the shared rules. Synchronous, so it can run inside the write transaction. */
export function planImport(tx: Tx, rows: ValidRow[]): Plan {
  return planFromFacts(rows, gatherPlanFacts(tx, rows));
}

/** Step 3's rules, the same for both engines: duplicates, consistency within the file and with stored articles. */
export function planFromFacts(rows: ValidRow[], facts: PlanFacts): Plan {
  const errors: RowError[] = [];
  const duplicates: Duplicate[] = [];
  const storedEvents = new Map<number, number>();
  const firstRowOf = new Map<string, number>();
  const groups = new Map<string, { first: ValidRow; kept: ValidRow[] }>();

  for (const r of rows) {
    const { title } = r.record.article;
    let group = groups.get(title);
    if (!group) groups.set(title, (group = { first: r, kept: [] }));
    else {
      for (const f of ARTICLE_FIELDS) {
        if (!sameValue(r.record.article[f], group.first.record.article[f])) {
          errors.push({
            row: r.row,
            field: `article.${f}`,
            message: `${show(r.record.article[f])} differs from row ${group.first.row} (${show(group.first.record.article[f])}) for the same article title`,
          });
        }
      }
    }
    const key = titleQuoteKey(title, r.record.quote);
    const storedForecast = facts.forecasts.get(key);
    const earlier = firstRowOf.get(key);
    if (storedForecast !== undefined) {
      const storedId = storedForecast.id;
      duplicates.push({ row: r.row, forecastId: storedId, message: `already stored as forecast #${storedId} (same article title and quote); skipped` });
      if (r.record.eventId !== null && !storedEvents.has(r.record.eventId)) {
        if (storedForecast.eventId !== null) storedEvents.set(r.record.eventId, storedForecast.eventId);
      }
    } else if (earlier !== undefined) {
      duplicates.push({ row: r.row, sameAsRow: earlier, message: `same article title and quote as row ${earlier}; skipped` });
    } else {
      firstRowOf.set(key, r.row);
      group.kept.push(r);
    }
  }

  const articles: PlannedArticle[] = [];
  for (const [title, { kept }] of groups) {
    if (kept.length === 0) continue;
    const matches = facts.articles.get(title) ?? [];
    const language = matches[0]?.language ?? kept[0]!.record.language;
    for (const r of kept) {
      if (r.record.language !== language)
        errors.push({ row: r.row, field: "language", message: `“${r.record.language}” differs from the article's language (${language})` });
    }
    if (matches.length > 1) {
      for (const r of kept)
        errors.push({
          row: r.row,
          field: "article.title",
          message: `${matches.length} stored articles have this title; the import cannot tell which one is meant`,
        });
      continue;
    }
    const match = matches[0];
    if (match) {
      const meta = match.meta;
      const first = kept[0]!;
      for (const f of ARTICLE_FIELDS) {
        if (!sameValue(first.record.article[f], meta[f])) {
          errors.push({
            row: first.row,
            field: `article.${f}`,
            message: `${show(first.record.article[f])}, but the stored article with this title (/articles/${match.slug}) has ${show(meta[f])}`,
          });
        }
      }
      for (const r of kept) {
        if (!match.body.includes(r.record.quote))
          errors.push({ row: r.row, field: "quote", message: `not found verbatim in the stored article “${title}” (/articles/${match.slug})` });
      }
    }
    articles.push({ title, storedId: match?.id ?? null, storedSlug: match?.slug ?? null, rows: kept });
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { errors, duplicates, articles, storedEvents };
}
