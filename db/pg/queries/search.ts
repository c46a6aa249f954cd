/**
 * The search index's rows on PostgreSQL (db/pg/migrations/0007-0008), the twin of
 * db/queries/search.ts: which forecasts are marked for indexing, the text of their search
 * documents (the same five fields as SQLite's), and writing the folded documents. The folding is
 * TypeScript (lib/search/fold.ts, through lib/search/indexer-pg.ts), so this file only moves rows.
 */
import { sql } from "drizzle-orm";
import type { SearchDoc, SearchSource } from "../../queries/search";
import type { PgDB, PgTx } from "../client";

/** Up to `limit` marks (oldest first) with the text of their forecasts; `marks` are the mark ids to delete once written. */
export async function pendingSearchSourcesPg(tx: PgTx, limit: number): Promise<{ sources: SearchSource[]; marks: number[] }> {
  const marked = (await tx.execute<{ id: number; forecast_id: number }>(sql`select id, forecast_id from search_dirty order by id limit ${limit}`)).rows;
  if (!marked.length) return { sources: [], marks: [] };
  const ids = [...new Set(marked.map((m) => m.forecast_id))];
  const { rows } = await tx.execute<{ id: number; quote: string; question: string; details: string; names: string; titles: string }>(sql`
    select f.id,
      f.quote,
      f.question,
      f.resolution_criteria || E'\n' || coalesce(f.condition, '') as details,
      p.name || coalesce(E'\n' || (select string_agg(ap.name, E'\n' order by aa.position, ap.id) from article_authors aa join people ap on ap.id = aa.person_id where aa.article_id = a.id), '') as names,
      a.title || coalesce(E'\n' || o.name, '') || coalesce(E'\n' || oo.name, '') as titles
    from forecasts f
    join people p on p.id = f.forecaster_id
    join articles a on a.id = f.article_id
    left join outlets o on o.id = a.outlet_id
    left join outlets oo on oo.id = a.original_outlet_id
    where f.id = any(${sql.param(ids)}::int[])
    order by f.id`);
  return { sources: rows, marks: marked.map((m) => m.id) };
}

/** Write the folded documents and delete exactly the marks that were read (call inside one transaction). */
export async function writeSearchDocsPg(tx: PgTx, marks: number[], docs: SearchDoc[]): Promise<void> {
  if (docs.length) {
    const values = sql.join(
      docs.map((d) => sql`(${d.id}, ${d.quote}, ${d.question}, ${d.details}, ${d.names}, ${d.titles})`),
      sql`, `,
    );
    await tx.execute(sql`insert into forecasts_search (forecast_id, quote, question, details, names, titles) values ${values}
      on conflict (forecast_id) do update set quote = excluded.quote, question = excluded.question, details = excluded.details,
        names = excluded.names, titles = excluded.titles`);
  }
  await tx.execute(sql`delete from search_dirty where id = any(${sql.param(marks)}::bigint[])`);
}

/** One indexer at a time across instances (a transaction-scoped advisory lock): no marks folded twice. */
export async function lockSearchIndexer(tx: PgTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('hindsight_search_index'))`);
}

/** Mark every forecast for indexing (the reindex command). */
export async function markAllForSearchPg(db: PgTx): Promise<number> {
  return (await db.execute(sql`insert into search_dirty (forecast_id) select id from forecasts`)).rowCount ?? 0;
}

export async function hasPendingSearch(db: PgDB | PgTx): Promise<boolean> {
  return (await db.execute<{ any: boolean }>(sql`select exists (select 1 from search_dirty) as any`)).rows[0]?.any ?? false;
}
