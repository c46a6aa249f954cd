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

/**
 * Stages the texts of the marked forecasts' documents in temp.search_sources (for writeSearchDocs,
 * in the same transaction) and returns those with a character beyond ASCII (to be folded in
 * TypeScript). The joins run once per batch.
 */
export function nonAsciiSearchSources(db: Tx, marked: number[]): SearchSource[] {
  db.run(
    sql`create temp table if not exists search_sources (id integer primary key, quote text, question text, details text, names text, titles text, ascii integer)`,
  );
  db.run(sql`delete from temp.search_sources`);
  if (!marked.length) return [];
  db.run(sql`insert into temp.search_sources select s.*, ${ALL_ASCII} from (${sourcesOf(JSON.stringify(marked))}) s`);
  return db.all<SearchSource>(sql`select id, quote, question, details, names, titles from temp.search_sources where not ascii`);
}

/** Batches at least this large are written with a larger FTS5 pending-terms buffer (see writeSearchDocs). */
const LARGE_BATCH = 2000;
/** FTS5's default size of its in-memory buffer of pending terms (the 'hashsize' option). */
const FTS5_DEFAULT_HASHSIZE = 1024 * 1024;
/** Set as a literal: FTS5 takes only an integer there, and a bound JavaScript number arrives as a real. */
const LARGE_HASHSIZE = 256 * 1024 * 1024;

/**
 * Replace the documents of the marked forecasts and clear their marks (call inside one
 * transaction on `db`, after nonAsciiSearchSources staged them), in bulk: documents whose texts are
 * all ASCII are written by one INSERT ... SELECT with SQLite's lower(), which for ASCII text is
 * exactly lib/search/fold.ts's fold (lower case; no marks, nothing to transliterate; checked by
 * lib/search/fold.test.ts); the others arrive folded (`folded`) and go in through one prepared
 * statement. A large batch lets FTS5 collect its terms in a 256 MB buffer instead of 1 MB, so the
 * index gets one segment per batch instead of one per megabyte merged again and again (a third
 * less time for 50,000 documents); the option is set back to its default before the transaction ends.
 */
export function writeSearchDocs(db: DB, marked: number[], folded: SearchDoc[]): void {
  if (!marked.length) return;
  const ids = JSON.stringify(marked);
  const large = marked.length >= LARGE_BATCH;
  db.run(sql`delete from forecasts_search where rowid in (select value from json_each(${ids}))`);
  if (large) db.run(sql`insert into forecasts_search(forecasts_search, rank) values ('hashsize', ${sql.raw(String(LARGE_HASHSIZE))})`);
  db.run(sql`insert into forecasts_search(rowid, quote, question, details, names, titles)
    select id, lower(quote), lower(question), lower(details), lower(names), lower(titles) from temp.search_sources where ascii`);
  const insert = db.$client.prepare("insert into forecasts_search(rowid, quote, question, details, names, titles) values (?, ?, ?, ?, ?, ?)");
  for (const d of folded) insert.run(d.id, d.quote, d.question, d.details, d.names, d.titles);
  if (large) db.run(sql`insert into forecasts_search(forecasts_search, rank) values ('hashsize', ${sql.raw(String(FTS5_DEFAULT_HASHSIZE))})`);
  db.run(sql`delete from temp.search_sources`);
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
