/**
 * The search index's rows (migration 0005_search-index): which forecasts need indexing, the text
 * of their search documents, and writing the folded documents. The folding itself is TypeScript
 * (lib/search/fold.ts), so this file only moves rows.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";

/** The original text of one forecast's search document, one string per indexed column. */
export interface SearchSource {
  id: number;
  quote: string;
  question: string;
  details: string;
  names: string;
  titles: string;
}

/** A folded document, ready for the index. */
export type SearchDoc = SearchSource;

/** Up to `limit` forecasts marked for indexing, with their text; `missing` are marked ids whose forecast is gone. */
export function pendingSearchSources(db: Tx, limit: number): { sources: SearchSource[]; marked: number[] } {
  const marked = db.all<{ id: number }>(sql`select forecast_id as id from search_dirty order by forecast_id limit ${limit}`).map((r) => r.id);
  if (!marked.length) return { sources: [], marked };
  const sources = db.all<SearchSource>(sql`
    select f.id,
      f.quote,
      f.question,
      f.resolution_criteria || char(10) || coalesce(f.condition, '') as details,
      p.name || coalesce(char(10) || (select group_concat(ap.name, char(10)) from article_authors aa join people ap on ap.id = aa.person_id where aa.article_id = a.id), '') as names,
      a.title || coalesce(char(10) || o.name, '') || coalesce(char(10) || oo.name, '') as titles
    from forecasts f
    join people p on p.id = f.forecaster_id
    join articles a on a.id = f.article_id
    left join outlets o on o.id = a.outlet_id
    left join outlets oo on oo.id = a.original_outlet_id
    where f.id in (select value from json_each(${JSON.stringify(marked)}))`);
  return { sources, marked };
}

/**
 * Replace the documents of the marked forecasts and clear their marks (call inside one
 * transaction on `db`): one prepared insert for the whole batch, so FTS5 builds its segments in bulk.
 */
export function writeSearchDocs(db: DB, marked: number[], docs: SearchDoc[]): void {
  const ids = JSON.stringify(marked);
  db.run(sql`delete from forecasts_search where rowid in (select value from json_each(${ids}))`);
  const insert = db.$client.prepare("insert into forecasts_search(rowid, quote, question, details, names, titles) values (?, ?, ?, ?, ?, ?)");
  for (const d of docs) insert.run(d.id, d.quote, d.question, d.details, d.names, d.titles);
  db.run(sql`delete from search_dirty where forecast_id in (select value from json_each(${ids}))`);
}

/** Mark every forecast for indexing (the reindex command). */
export function markAllForSearch(db: Tx): number {
  return db.run(sql`insert or ignore into search_dirty(forecast_id) select id from forecasts`).changes;
}

export function countPendingSearch(db: DB): number {
  return db.get<{ n: number }>(sql`select count(*) as n from search_dirty`)?.n ?? 0;
}
