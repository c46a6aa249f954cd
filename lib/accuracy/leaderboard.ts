/**
 * The leaderboard (docs/scoring.md 5). `getLeaderboardPage`, what the pages show: one page ranked in
 * SQL from the kept sums (db/queries/leaderboard.ts), or, with a filter the kept sums do not cover,
 * the scans' sums ranked here. `getLeaderboard`, the full ranking (GET /api/v1/leaderboard, and the
 * reference the SQL ranking is tested against): per-source sums ranked by lib/scoring rankSources.
 */

import type { AccuracyFilters } from "@/lib/accuracy/filters";
import type { AppReader } from "@/lib/ledger/app-reader";
import { brierStandardError, rankKey, rankSources, shrinkageWeight } from "@/lib/scoring";
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
/** Names in code-point order, as the people and outlet lists and the SQL ranking order them. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ORDER: Record<Exclude<LeaderboardSort, "rank">, (a: Row, b: Row) => number> = {
  name: (a, b) => byCodePoint(a.name, b.name),
  scored: (a, b) => b.n - a.n,
  brier: (a, b) => (a.meanBrier ?? Number.POSITIVE_INFINITY) - (b.meanBrier ?? Number.POSITIVE_INFINITY),
  shrunk: (a, b) => (a.shrunkBrier === null ? Infinity : rankKey(a.shrunkBrier)) - (b.shrunkBrier === null ? Infinity : rankKey(b.shrunkBrier)),
};

/** The rows in a column's order (ties keep rank order); "rank" leaves them as ranked. */
export function sortLeaderboardRows(rows: readonly Row[], sort: LeaderboardSort): Row[] {
  if (sort === "rank") return [...rows];
  return [...rows].sort((a, b) => ORDER[sort](a, b) || (a.rank ?? 1e9) - (b.rank ?? 1e9));
}

export interface LeaderboardView {
  sort: LeaderboardSort;
  page: number;
  pageSize: number;
  /** Sources without a scored forecast to name, at most. */
  unscoredLimit: number;
}

/** One page of a board: the page's rows in the chosen order, the counts behind the page links, the first unscored sources. */
export async function getLeaderboardPage(
  db: AppReader,
  by: "forecaster" | "outlet",
  filters: AccuracyFilters,
  options: LeaderboardOptions,
  view: LeaderboardView,
  now = today(),
) {
  const offset = (view.page - 1) * view.pageSize;
  if (await keptSumsCover(db, filters, now)) {
    const p = await db.getBoardPage({
      by,
      lowInfo: filters.lowInfo,
      now,
      minResolved: options.minResolved,
      k: options.k,
      sort: view.sort,
      limit: view.pageSize,
      offset,
      unscoredLimit: view.unscoredLimit,
    });
    return {
      by,
      populationMean: p.populationMean,
      k: options.k,
      minResolved: options.minResolved,
      ranked: p.ranked,
      listed: p.listed,
      unscored: p.unscored,
      rows: p.rows.map(({ sumBrier, sumBrierSquares, ...r }) => ({
        ...r,
        meanBrier: r.n ? sumBrier / r.n : null,
        standardError: brierStandardError({ n: r.n, sumBrier, sumBrierSquares }),
        weight: shrinkageWeight(r.n, options.k),
      })),
      unscoredRows: p.unscoredRows,
    };
  }
  // A made-on range, topic or language: the scans' sums, ranked by the reference.
  const board = await getLeaderboard(db, by, filters, options, now);
  const listed = board.rows.filter((r) => r.n > 0);
  const unscored = board.rows.filter((r) => r.n === 0);
  return {
    by,
    populationMean: board.populationMean,
    k: board.k,
    minResolved: board.minResolved,
    ranked: listed.filter((r) => r.eligible).length,
    listed: listed.length,
    unscored: unscored.length,
    rows: sortLeaderboardRows(listed, view.sort).slice(offset, offset + view.pageSize),
    unscoredRows: unscored.slice(0, view.unscoredLimit).map(({ key, name, kind, resolved, total }) => ({ key, name, kind, resolved, total })),
  };
}
export type LeaderboardPage = Awaited<ReturnType<typeof getLeaderboardPage>>;
