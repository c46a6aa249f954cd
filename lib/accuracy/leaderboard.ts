/** The leaderboard: per-source sums from SQL (getLeaderboardSums), ranked by lib/scoring. */

import type { AccuracyFilters } from "@/lib/accuracy/filters";
import type { AppReader } from "@/lib/ledger/app-reader";
import { rankSources } from "@/lib/scoring";
import { today } from "@/lib/vocabulary/calendar";
import { keptSumsCover } from "./figures";
import type { LeaderboardSort } from "./leaderboard-params";

export interface LeaderboardOptions {
  minResolved: number;
  k: number;
}

export async function getLeaderboard(db: AppReader, by: "forecaster" | "outlet", filters: AccuracyFilters, options: LeaderboardOptions, now = today()) {
  const rows = (await keptSumsCover(db, filters, now)) ? await db.getKeptBoardSums(by, filters.lowInfo, now) : await db.getLeaderboardSums(by, filters, now);
  const meta = new Map(rows.map((r) => [r.key, r]));
  const ranking = rankSources(
    rows.map((r) => ({ key: r.key, n: r.n, sumBrier: r.sumBrier, sumBrierSquares: r.sumBrierSquares })),
    options,
  );
  return {
    by,
    populationMean: ranking.populationMean,
    k: ranking.k,
    minResolved: ranking.minResolved,
    rows: ranking.sources.map((s) => ({
      ...s,
      name: meta.get(s.key)!.name,
      kind: meta.get(s.key)!.kind,
      resolved: meta.get(s.key)!.resolved,
      total: meta.get(s.key)!.total,
    })),
  };
}
export type Leaderboard = Awaited<ReturnType<typeof getLeaderboard>>;

type Row = Leaderboard["rows"][number];
const ORDER: Record<Exclude<LeaderboardSort, "rank">, (a: Row, b: Row) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, "en"),
  scored: (a, b) => b.n - a.n,
  brier: (a, b) => (a.meanBrier ?? Number.POSITIVE_INFINITY) - (b.meanBrier ?? Number.POSITIVE_INFINITY),
  shrunk: (a, b) => (a.shrunkBrier ?? Number.POSITIVE_INFINITY) - (b.shrunkBrier ?? Number.POSITIVE_INFINITY),
};

/** The rows in a column's order (ties keep rank order); "rank" leaves them as ranked. */
export function sortLeaderboardRows(rows: readonly Row[], sort: LeaderboardSort): Row[] {
  if (sort === "rank") return [...rows];
  return [...rows].sort((a, b) => ORDER[sort](a, b) || (a.rank ?? 1e9) - (b.rank ?? 1e9));
}
