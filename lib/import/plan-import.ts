/**
 * Step 3 of the bulk import (lib/import/run-import.ts): duplicates (same article title and quote,
 * stored or earlier in the file), consistency within the file and with stored articles. Every
 * look-up is made for the whole file at once; synchronous, so the write transaction runs it again
 * against the data as it is then.
 */
import { authorNamesOf, eventIdOfForecast, findArticlesByTitles, forecastsByTitleAndQuote, outletNameById, titleQuoteKey } from "@/db/queries/intake";
import type { Tx } from "@/db/tx";
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
type ArticleMeta = Pick<ImportRecord["article"], (typeof ARTICLE_FIELDS)[number]>;

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

/** Step 3: duplicates, consistency within the file and with stored articles. Synchronous, so it can run inside the write transaction. */
export function planImport(tx: Tx, rows: ValidRow[]): Plan {
  const errors: RowError[] = [];
  const duplicates: Duplicate[] = [];
  const storedEvents = new Map<number, number>();
  const stored = forecastsByTitleAndQuote(
    tx,
    rows.map((r) => r.record.article.title),
  );
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
    const storedId = stored.get(key);
    const earlier = firstRowOf.get(key);
    if (storedId !== undefined) {
      duplicates.push({ row: r.row, forecastId: storedId, message: `already stored as forecast #${storedId} (same article title and quote); skipped` });
      if (r.record.eventId !== null && !storedEvents.has(r.record.eventId)) {
        const eventId = eventIdOfForecast(tx, storedId);
        if (eventId !== null) storedEvents.set(r.record.eventId, eventId);
      }
    } else if (earlier !== undefined) {
      duplicates.push({ row: r.row, sameAsRow: earlier, message: `same article title and quote as row ${earlier}; skipped` });
    } else {
      firstRowOf.set(key, r.row);
      group.kept.push(r);
    }
  }

  const articles: PlannedArticle[] = [];
  const storedByTitle = findArticlesByTitles(
    tx,
    [...groups].filter(([, g]) => g.kept.length).map(([title]) => title),
  );
  for (const [title, { kept }] of groups) {
    if (kept.length === 0) continue;
    const matches = storedByTitle.get(title) ?? [];
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
      const meta = storedMeta(tx, match);
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
