/**
 * A per-process cache of the accuracy figures. Whole-corpus figures (dashboard, leaderboard) scan
 * every forecast; they only change when the ledger does, so each result is kept with a stamp of
 * the ledger's state and the date, and recomputed as soon as either moves. Every write path
 * bumps forecasts.updated_at or adds a row, so a new outcome shows on the next page load.
 */
import { sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { getForecastCounts } from "@/db/queries/forecasts";
import type { AccuracyFilters } from "@/lib/accuracy/filters";
import { today } from "@/lib/vocabulary/calendar";
import { type AccuracyScope, getAccuracyView } from "./figures";
import { getLeaderboard, type LeaderboardOptions } from "./leaderboard";

const MAX_ENTRIES = 500;
const caches = new WeakMap<DB, Map<string, { stamp: string; value: unknown }>>();

/** Changes whenever a forecast is added or changed (indexes: btree count, forecasts_updated_idx, outcomes primary key). */
export function ledgerStamp(db: DB): string {
  const r = db.get<{ n: number; u: number | null; o: number | null }>(
    sql`select (select count(*) from forecasts) as n, (select max(updated_at) from forecasts) as u, (select max(id) from outcomes) as o`,
  )!;
  return `${r.n}:${r.u ?? 0}:${r.o ?? 0}:${today()}`;
}

function memo<T>(db: DB, key: string, compute: () => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const stamp = ledgerStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) {
    // refresh recency for the LRU order
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.set(key, { stamp, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

export function getAccuracyViewCached(db: DB, scope: AccuracyScope, filters: AccuracyFilters) {
  return memo(db, `view:${JSON.stringify(scope)}:${JSON.stringify(filters)}`, () => getAccuracyView(db, scope, filters));
}

export function getLeaderboardCached(db: DB, by: "forecaster" | "outlet", filters: AccuracyFilters, options: LeaderboardOptions) {
  return memo(db, `board:${by}:${JSON.stringify(filters)}:${JSON.stringify(options)}`, () => getLeaderboard(db, by, filters, options));
}

export function getForecastCountsCached(db: DB) {
  return memo(db, "counts", () => getForecastCounts(db));
}
