/**
 * Cache tags on PostgreSQL: the twin of db/queries/cache-tags.ts (the same table, the same tags,
 * moved in the writing transaction). The sequence row (tag '') is updated by every write, so its
 * row lock also orders the writers' sequence numbers as their commits.
 */
import { sql } from "drizzle-orm";
import type { PgTx } from "../client";

export async function currentCacheSeqPg(db: PgTx): Promise<number> {
  return (await db.execute<{ seq: number }>(sql`select seq from cache_tags where tag = ''`)).rows[0]?.seq ?? 0;
}

/** The newest sequence number among these tags (0 when none has changed yet). */
export async function latestTagSeqPg(db: PgTx, tags: readonly string[]): Promise<number> {
  if (!tags.length) return 0;
  const rows = (
    await db.execute<{ seq: number | null }>(
      sql`select max(seq) as seq from cache_tags where tag in (select value from json_array_elements_text(${JSON.stringify(tags)}::json))`,
    )
  ).rows;
  return rows[0]?.seq ?? 0;
}

async function nextSeq(tx: PgTx): Promise<number> {
  await tx.execute(sql`insert into cache_tags (tag, seq) values ('', 0) on conflict do nothing`);
  return (await tx.execute<{ seq: number }>(sql`update cache_tags set seq = seq + 1 where tag = '' returning seq`)).rows[0]!.seq;
}

/** Moves these tags to a new sequence number. */
export async function bumpTagsPg(tx: PgTx, tags: readonly string[]): Promise<number> {
  const seq = await nextSeq(tx);
  await tx.execute(sql`insert into cache_tags (tag, seq)
    select distinct value, ${seq}::int from json_array_elements_text(${JSON.stringify(tags.filter(Boolean))}::json)
    on conflict (tag) do update set seq = excluded.seq`);
  return seq;
}

/**
 * Moves the tags of everything that shows the staged forecasts (pg_temp.kept_ids), as
 * bumpForecastTags on SQLite: the same tags, one new sequence number, in one round trip (the
 * statements carry no parameters, so node-postgres sends them as one simple query).
 */
export async function bumpForecastTagsPg(tx: PgTx): Promise<void> {
  // The staged forecasts and their articles read once (materialized), not once per kind of tag:
  // each branch joining forecasts with the staged ids read the whole table again (12 of them: 0.9 s
  // for a 10,000-row import into 300,000 forecasts, with the write lock held; now 0.1 s).
  await tx.execute(sql`insert into cache_tags (tag, seq) values ('', 0) on conflict do nothing;
    with s as (update cache_tags set seq = seq + 1 where tag = '' returning seq),
    f as materialized (select f.id, f.event_id, f.forecaster_id, f.article_id from forecasts f where f.id in (select id from pg_temp.kept_ids)),
    a as materialized (select a.id, a.slug, a.outlet_id, a.original_outlet_id from articles a where a.id in (select article_id from f))
    insert into cache_tags (tag, seq)
    select tag, (select seq from s) from (
      select 'forecast:' || f.id as tag from f
      union select 'forecast:' || f2.id from f join forecasts f2 on f2.event_id = f.event_id where f.event_id is not null
      union select 'person:' || p.slug from f join people p on p.id = f.forecaster_id
      union select 'person#' || f.forecaster_id from f
      union select 'person#' || aa.person_id from f join article_authors aa on aa.article_id = f.article_id
      union select 'outlet#' || a.outlet_id from a where a.outlet_id is not null
      union select 'outlet#' || a.original_outlet_id from a where a.original_outlet_id is not null
      union select 'person:' || p.slug from f join article_authors aa on aa.article_id = f.article_id join people p on p.id = aa.person_id
      union select 'outlet:' || o.slug from a join outlets o on o.id = a.outlet_id
      union select 'outlet:' || o.slug from a join outlets o on o.id = a.original_outlet_id
      union select 'article:' || a.slug from a
      union select 'article#' || a.id from a
      union select 'ledger'
    ) t
    on conflict (tag) do update set seq = excluded.seq`);
}
