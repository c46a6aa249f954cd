/**
 * Rows for the Atom feeds and the sitemap on PostgreSQL: the twins of db/queries/feeds.ts and
 * db/queries/sitemap.ts (instants compared as timestamps here, as millisecond integers there).
 */
import { and, desc, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { FeedRow, FeedScope } from "../../queries/feeds";
import type { SitemapRow } from "../../queries/sitemap";
import type { PgTx } from "../client";
import { forecasts, outcomes, topics } from "../schema";
import { baseSelect, toDTO } from "./forecast-dto";
import { whereForPg } from "./forecasts";

type Row = Awaited<ReturnType<typeof baseSelect>>[number];

function toFeedRow(r: Row): FeedRow {
  return { forecast: toDTO(r), addedAt: r.f.createdAt, outcomeId: r.outcome?.id ?? null, recordedAt: r.outcome?.recordedAt ?? null };
}

/** The newest forecasts (by when they were added), and for a source also its latest outcomes: ordered by the later of the two. */
export async function feedNewestPg(db: PgTx, scope: FeedScope, limit: number): Promise<FeedRow[]> {
  const latest = sql`greatest(${forecasts.createdAt}, ${outcomes.recordedAt})`; // greatest() skips a missing outcome
  return (await baseSelect(db).where(whereForPg(scope)).orderBy(desc(latest), desc(forecasts.id)).limit(limit)).map(toFeedRow);
}

/** Unresolved forecasts whose deadline is on or before `until` (past due included), latest deadline first. */
export async function feedComingDuePg(db: PgTx, until: string, limit: number): Promise<FeedRow[]> {
  const rows = await baseSelect(db)
    .where(and(isNull(forecasts.currentOutcomeId), isNotNull(forecasts.deadline), lte(forecasts.deadline, until)))
    .orderBy(desc(forecasts.deadline), desc(forecasts.id))
    .limit(limit);
  return rows.map(toFeedRow);
}

/** The latest current outcomes, newest record first. */
export async function feedResolvedPg(db: PgTx, limit: number): Promise<FeedRow[]> {
  return (await baseSelect(db).where(isNotNull(forecasts.currentOutcomeId)).orderBy(desc(forecasts.currentOutcomeId)).limit(limit)).map(toFeedRow);
}

export async function getTopicBySlugPg(db: PgTx, slug: string) {
  return (await db.select().from(topics).where(eq(topics.slug, slug)))[0] ?? null;
}

/** Every forecast, article, person and outlet page with its last change (ms since the epoch); in no particular order, as on SQLite. */
export async function sitemapRowsPg(db: PgTx): Promise<SitemapRow[]> {
  const ms = (t: ReturnType<typeof sql>) => sql`round(extract(epoch from ${t}) * 1000)::float8`;
  const { rows } = await db.execute<{ path: string; modified: number }>(sql`
    select '/forecasts/' || id as path, ${ms(sql`updated_at`)} as modified from forecasts
    union all
    select '/articles/' || a.slug, ${ms(sql`coalesce((select max(f.updated_at) from forecasts f where f.article_id = a.id), a.created_at)`)} from articles a
    union all
    select '/people/' || p.slug, ${ms(sql`coalesce((select max(f.updated_at) from forecasts f where f.forecaster_id = p.id), p.created_at)`)} from people p
    union all
    select '/outlets/' || o.slug, ${ms(sql`o.created_at`)} from outlets o`);
  return rows;
}
