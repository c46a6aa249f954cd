/**
 * The accuracy figures through the tagged data cache (lib/cache/tagged-cache.ts): a scope's
 * figures carry the tag of its person or outlet ('person#ID', 'outlet#ID'), the whole-ledger
 * figures (dashboard, leaderboard, counts) the tag 'ledger'. A miss costs the kept sums' read
 * (docs/scoring.md 6.1), not a scan.
 */
import type { AccuracyFilters } from "@/lib/accuracy/filters";
import { cached } from "@/lib/cache/tagged-cache";
import type { AppReader } from "@/lib/ledger/app-reader";
import { today } from "@/lib/vocabulary/calendar";
import { type AccuracyScope, getAccuracy, getAccuracyView } from "./figures";
import { getLeaderboard, getLeaderboardPage, type LeaderboardOptions, type LeaderboardView } from "./leaderboard";

export function scopeTags(scope: AccuracyScope): string[] {
  switch (scope.kind) {
    case "all":
      return ["ledger"];
    case "forecaster":
    case "published-by":
      return [`person#${scope.personId}`];
    case "outlet":
      return [`outlet#${scope.outletId}`];
    case "article":
      return [`article#${scope.articleId}`];
  }
}

export function getAccuracyViewCached(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters) {
  return cached(db, `view:${JSON.stringify(scope)}:${JSON.stringify(filters)}`, scopeTags(scope), () => getAccuracyView(db, scope, filters));
}

export function getAccuracyCached(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters) {
  return cached(db, `figures:${JSON.stringify(scope)}:${JSON.stringify(filters)}`, scopeTags(scope), () => getAccuracy(db, scope, filters));
}

export function getLeaderboardCached(db: AppReader, by: "forecaster" | "outlet", filters: AccuracyFilters, options: LeaderboardOptions) {
  return cached(db, `board:${by}:${JSON.stringify(filters)}:${JSON.stringify(options)}`, ["ledger"], () => getLeaderboard(db, by, filters, options));
}

export function getLeaderboardPageCached(
  db: AppReader,
  by: "forecaster" | "outlet",
  filters: AccuracyFilters,
  options: LeaderboardOptions,
  view: LeaderboardView,
) {
  return cached(db, `boardpage:${by}:${JSON.stringify(filters)}:${JSON.stringify(options)}:${JSON.stringify(view)}`, ["ledger"], () =>
    getLeaderboardPage(db, by, filters, options, view),
  );
}

/** The dashboard's counts: from the kept sums when built, else a scan. */
export async function getLedgerCounts(db: AppReader, now = today()) {
  return (await db.getPastBefore()) !== null ? db.getKeptLedgerCounts(now) : db.getForecastCounts(now);
}

export function getForecastCountsCached(db: AppReader) {
  return cached(db, "counts", ["ledger"], () => getLedgerCounts(db));
}
