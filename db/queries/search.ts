/**
 * The search index's rows (migration 0005_search-index): which forecasts need indexing, the text
 * of their search documents, and writing the folded documents. The folding itself is TypeScript
 * (lib/search/fold.ts), so this file only moves rows.
 */
import { type SQL, sql } from "drizzle-orm";
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

/** The original texts of these forecasts' documents (`ids`: a JSON array), as columns id, quote, question, details, names, titles. */
function sourcesOf(ids: string): SQL {
  return sql`
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
    where f.id in (select value from json_each(${ids}))`;
}

/** All five texts are ASCII: as many bytes as characters. */
const ALL_ASCII = sql.raw(
  "length(cast(s.quote || s.question || s.details || s.names || s.titles as blob)) = length(s.quote || s.question || s.details || s.names || s.titles)",
);

/** Up to `limit` forecasts marked for indexing. */
export function markedForSearch(db: Tx, limit: number): number[] {
  return db.all<{ id: number }>(sql`select forecast_id as id from search_dirty order by forecast_id limit ${limit}`).map((r) => r.id);
}

/** The texts of the marked forecasts whose documents have a character beyond ASCII (to be folded in TypeScript). */
export function nonAsciiSearchSources(db: Tx, marked: number[]): SearchSource[] {
  if (!marked.length) return [];
  return db.all<SearchSource>(sql`select * from (${sourcesOf(JSON.stringify(marked))}) s where not (${ALL_ASCII})`);
}

/**
 * Replace the documents of the marked forecasts and clear their marks (call inside one
 * transaction on `db`), in bulk: documents whose texts are all ASCII are written by one
 * INSERT ... SELECT with SQLite's lower(), which for ASCII text is exactly lib/search/fold.ts's
 * fold (lower case; no marks, nothing to transliterate; checked by lib/search/fold.test.ts); the
 * others arrive folded (`folded`) and go in through one prepared statement.
 */
export function writeSearchDocs(db: DB, marked: number[], folded: SearchDoc[]): void {
  if (!marked.length) return;
  const ids = JSON.stringify(marked);
  db.run(sql`delete from forecasts_search where rowid in (select value from json_each(${ids}))`);
  db.run(sql`insert into forecasts_search(rowid, quote, question, details, names, titles)
    select s.id, lower(s.quote), lower(s.question), lower(s.details), lower(s.names), lower(s.titles) from (${sourcesOf(ids)}) s where ${ALL_ASCII}`);
  const insert = db.$client.prepare("insert into forecasts_search(rowid, quote, question, details, names, titles) values (?, ?, ?, ?, ?, ?)");
  for (const d of folded) insert.run(d.id, d.quote, d.question, d.details, d.names, d.titles);
  db.run(sql`delete from search_dirty where forecast_id in (select value from json_each(${ids}))`);
}

/** Mark every forecast for indexing (the reindex command). */
export function markAllForSearch(db: Tx): number {
  return db.run(sql`insert or ignore into search_dirty(forecast_id) select id from forecasts`).changes;
}

/** Mark these forecasts for indexing (a bulk write that ran without the marking triggers). */
export function markForSearch(db: Tx, forecastIds: number[]): void {
  for (let i = 0; i < forecastIds.length; i += 50_000)
    db.run(sql`insert or ignore into search_dirty(forecast_id) select value from json_each(${JSON.stringify(forecastIds.slice(i, i + 50_000))})`);
}

export function countPendingSearch(db: DB): number {
  return db.get<{ n: number }>(sql`select count(*) as n from search_dirty`)?.n ?? 0;
}
