/**
 * Rows for the Atom feeds (lib/feeds/): the newest forecasts, those coming due and the latest
 * outcomes, overall or for one source (a forecaster, an outlet, a topic). Each row is a forecast
 * in the public format with the instants a feed entry needs.
 */
import { and, desc, eq, isNotNull, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { DB } from "../client";
import { forecasts, outcomes, topics } from "../schema";
import { type BaseRow, baseSelect, type ForecastDTO, toDTO, whereFor } from "./forecasts";

export interface FeedRow {
  forecast: ForecastDTO;
  /** When the forecast was added to the ledger. */
  addedAt: Date;
  /** The current outcome's record id and when it was recorded, or null. */
  outcomeId: number | null;
  recordedAt: Date | null;
}

export interface FeedScope {
  forecaster?: string;
  outlet?: string;
  topic?: string;
}

function toFeedRow(r: BaseRow): FeedRow {
  return { forecast: toDTO(r), addedAt: r.f.createdAt, outcomeId: r.outcome?.id ?? null, recordedAt: r.outcome?.recordedAt ?? null };
}

function scoped(scope: FeedScope, extra?: SQL): SQL | undefined {
  return and(whereFor(scope), extra);
}

/** The newest forecasts (by when they were added), and for a source also its latest outcomes: ordered by the later of the two. */
export function feedNewest(db: DB, scope: FeedScope, limit: number): FeedRow[] {
  const latest = sql`max(${forecasts.createdAt}, coalesce(${outcomes.recordedAt}, 0))`;
  return baseSelect(db).where(scoped(scope)).orderBy(desc(latest), desc(forecasts.id)).limit(limit).all().map(toFeedRow);
}

/** Unresolved forecasts whose deadline is on or before `until` (past due included), latest deadline first. */
export function feedComingDue(db: DB, until: string, limit: number): FeedRow[] {
  return baseSelect(db)
    .where(and(isNull(forecasts.currentOutcomeId), isNotNull(forecasts.deadline), lte(forecasts.deadline, until)))
    .orderBy(desc(forecasts.deadline), desc(forecasts.id))
    .limit(limit)
    .all()
    .map(toFeedRow);
}

/** The latest current outcomes, newest record first. */
export function feedResolved(db: DB, limit: number): FeedRow[] {
  return baseSelect(db).where(isNotNull(forecasts.currentOutcomeId)).orderBy(desc(forecasts.currentOutcomeId)).limit(limit).all().map(toFeedRow);
}

export function getTopicBySlug(db: DB, slug: string) {
  return db.select().from(topics).where(eq(topics.slug, slug)).get() ?? null;
}
