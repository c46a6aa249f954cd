/**
 * The feeds the app serves: overall (new forecasts, coming due, resolved) and per source
 * (a person's forecasts, an outlet's, a topic's). null for an unknown slug (the route answers 404).
 * Read through the LedgerReader, so on either engine.
 */
import type { FeedScope } from "@/db/queries/feeds";
import { publicOrigin } from "@/lib/config/env";
import type { LedgerReader } from "@/lib/ledger/reader";
import { today } from "@/lib/vocabulary/calendar";
import { buildAtom } from "./atom";

export const FEED_LIMIT = 50;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/** "Coming due": unresolved forecasts whose deadline is at most this many days ahead (past due included). */
export const DUE_HORIZON_DAYS = 30;

export type OverallFeed = "forecasts" | "due" | "resolved";
export type SourceKind = "people" | "outlets" | "topics";

export async function overallFeed(db: LedgerReader, which: OverallFeed, now = today()): Promise<string> {
  const origin = publicOrigin();
  if (which === "due")
    return buildAtom({
      origin,
      kind: "due",
      title: "Hindsight: forecasts coming due",
      description: `Unresolved forecasts whose deadline has passed or is at most ${DUE_HORIZON_DAYS} days away, latest deadline first.`,
      selfPath: "/feeds/due.atom",
      pagePath: "/forecasts?status=due",
      rows: await db.feedComingDue(addDays(now, DUE_HORIZON_DAYS), FEED_LIMIT),
    });
  if (which === "resolved")
    return buildAtom({
      origin,
      kind: "resolved",
      title: "Hindsight: resolved forecasts",
      description: "The latest outcomes recorded, with evidence.",
      selfPath: "/feeds/resolved.atom",
      pagePath: "/forecasts?status=resolved",
      rows: await db.feedResolved(FEED_LIMIT),
    });
  return buildAtom({
    origin,
    kind: "forecast",
    title: "Hindsight: new forecasts",
    description: "Forecasts as they are added to the ledger, newest first.",
    selfPath: "/feeds/forecasts.atom",
    pagePath: "/forecasts",
    rows: await db.feedNewest({}, FEED_LIMIT),
  });
}

/** A source's feed: its forecasts as they are added and resolved; null when the slug is unknown. */
export async function sourceFeed(db: LedgerReader, kind: SourceKind, slug: string): Promise<string | null> {
  let name: string | null = null;
  let scope: FeedScope;
  if (kind === "people") {
    name = (await db.getPersonBySlug(slug))?.person.name ?? null;
    scope = { forecaster: slug };
  } else if (kind === "outlets") {
    name = (await db.getOutletBySlug(slug))?.outlet.name ?? null;
    scope = { outlet: slug };
  } else {
    name = (await db.getTopicBySlug(slug))?.name ?? null;
    scope = { topic: slug };
  }
  if (name === null) return null;
  const what = kind === "people" ? `forecasts by ${name}` : kind === "outlets" ? `forecasts published by ${name}` : `forecasts about ${name}`;
  return buildAtom({
    origin: publicOrigin(),
    kind: "forecast",
    title: `Hindsight: ${what}`,
    description: `New and newly resolved ${what}.`,
    selfPath: `/${kind}/${slug}/feed.atom`,
    pagePath: kind === "topics" ? `/forecasts?topic=${slug}` : `/${kind}/${slug}`,
    rows: await db.feedNewest(scope, FEED_LIMIT),
  });
}
