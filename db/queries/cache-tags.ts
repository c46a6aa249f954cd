/**
 * Cache tags shared by every process on the database (lib/cache/): a write bumps the tags of
 * what it changed to a new sequence number in its own transaction; a cached value remembers the
 * sequence number it was computed at and is stale once one of its tags has moved past it.
 * The row with the empty tag holds the last sequence number handed out.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";

type Runner = Tx | DB;

/** The last sequence number handed out (0 on a new database). */
export function currentCacheSeq(db: Runner): number {
  return db.get<{ seq: number }>(sql`select seq from cache_tags where tag = ''`)?.seq ?? 0;
}

/** The newest sequence number among these tags (0 when none has changed yet). */
export function latestTagSeq(db: Runner, tags: readonly string[]): number {
  if (!tags.length) return 0;
  return (
    db.get<{ seq: number | null }>(
      sql`select max(seq) as seq from cache_tags where tag in (${sql.join(
        tags.map((t) => sql`${t}`),
        sql`, `,
      )})`,
    )?.seq ?? 0
  );
}

function nextSeq(tx: Runner): number {
  tx.run(sql`insert into cache_tags (tag, seq) values ('', 0) on conflict do nothing`);
  return tx.get<{ seq: number }>(sql`update cache_tags set seq = seq + 1 where tag = '' returning seq`)!.seq;
}

/** Moves these tags to a new sequence number. */
export function bumpTags(tx: Runner, tags: readonly string[]): number {
  const seq = nextSeq(tx);
  tx.run(sql`insert into cache_tags (tag, seq) select value, ${seq} from json_each(${JSON.stringify(tags.filter(Boolean))}) where true
    on conflict (tag) do update set seq = excluded.seq`);
  return seq;
}

/**
 * Moves the tags of everything that shows these forecasts (temp.kept_ids, filled by the caller):
 * the forecasts and every forecast about the same events (their pages list each other), their
 * forecasters and authors, outlets and articles (by slug for pages, by id for the data cache),
 * and the whole ledger.
 */
export function bumpForecastTags(tx: Runner, idsTable: string): number {
  const seq = nextSeq(tx);
  const ids = sql.raw(`(select id from ${idsTable})`);
  tx.run(sql`insert into cache_tags (tag, seq)
    select tag, ${seq} from (
      select 'forecast:' || f.id as tag from forecasts f where f.id in ${ids}
      union select 'forecast:' || f2.id from forecasts f join forecasts f2 on f2.event_id = f.event_id where f.id in ${ids} and f.event_id is not null
      union select 'person:' || p.slug from forecasts f join people p on p.id = f.forecaster_id where f.id in ${ids}
      union select 'person#' || f.forecaster_id from forecasts f where f.id in ${ids}
      union select 'person#' || aa.person_id from forecasts f join article_authors aa on aa.article_id = f.article_id where f.id in ${ids}
      union select 'outlet#' || a.outlet_id from forecasts f join articles a on a.id = f.article_id where f.id in ${ids} and a.outlet_id is not null
      union select 'outlet#' || a.original_outlet_id from forecasts f join articles a on a.id = f.article_id where f.id in ${ids} and a.original_outlet_id is not null
      union select 'person:' || p.slug from forecasts f join article_authors aa on aa.article_id = f.article_id join people p on p.id = aa.person_id where f.id in ${ids}
      union select 'outlet:' || o.slug from forecasts f join articles a on a.id = f.article_id join outlets o on o.id = a.outlet_id where f.id in ${ids}
      union select 'outlet:' || o.slug from forecasts f join articles a on a.id = f.article_id join outlets o on o.id = a.original_outlet_id where f.id in ${ids}
      union select 'article:' || a.slug from forecasts f join articles a on a.id = f.article_id where f.id in ${ids}
      union select 'article#' || f.article_id from forecasts f where f.id in ${ids}
      union select 'ledger'
    ) where true
    on conflict (tag) do update set seq = excluded.seq`);
  return seq;
}
