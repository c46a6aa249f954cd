/**
 * The leaderboard ranked in SQL, a page at a time (docs/scoring.md 5): over a board source (one row
 * per source: id, n, sumBrier, sumBrierSquares, resolved, total; the kept sums' keptBoardSource or
 * the scans' scannedBoardSource), the population mean as one aggregate, each source's shrunk score,
 * eligibility, ranks with ties, and only the page's rows with their names. The reference is
 * lib/scoring/ranking.ts `rankSources` with lib/accuracy/leaderboard.ts `sortLeaderboardRows`:
 * lib/accuracy/leaderboard-sql.test.ts checks the same ranks, shrunk scores, order and counts
 * (db/pg/queries/leaderboard.ts is the PostgreSQL twin).
 */
import { type SQL, sql } from "drizzle-orm";
import type { DB } from "../client";
import { boardNames, type LeaderboardSumsRow } from "./accuracy";
import { keptBoardSource } from "./kept-sums-read";

/** The page's column orders (lib/accuracy/leaderboard-params.ts LEADERBOARD_SORTS). */
export type BoardSort = "rank" | "name" | "scored" | "brier" | "shrunk";

export interface BoardPageQuery {
  by: "forecaster" | "outlet";
  /** "0" leaves out low-information forecasts; the day the deadlines are compared with. */
  lowInfo: "0" | "1";
  now: string;
  /** Scored forecasts needed to be ranked, and the shrinkage strength k. */
  minResolved: number;
  k: number;
  sort: BoardSort;
  limit: number;
  offset: number;
  /** Sources without a scored forecast to name, at most. */
  unscoredLimit: number;
}

export interface BoardSummary {
  /** Sum of the Brier terms over sum of n, over every source (rankSources' default m); null without a scored forecast. */
  populationMean: number | null;
  /** Sources with n >= minResolved (and n > 0), with n > 0, and with n = 0. */
  ranked: number;
  listed: number;
  unscored: number;
}

export interface BoardPageRow extends LeaderboardSumsRow {
  shrunkBrier: number | null;
  eligible: boolean;
  rank: number | null;
}

export interface BoardPage extends BoardSummary {
  rows: BoardPageRow[];
  /** The first sources without a scored forecast, by key. */
  unscoredRows: { key: string; name: string; kind: string; resolved: number; total: number }[];
}

/** Each column's order (lib/accuracy/leaderboard.ts ORDER), then rank order. */
const SORT_ORDER: Record<Exclude<BoardSort, "rank">, SQL> = {
  name: sql`nm.name`,
  scored: sql`s.n desc`,
  brier: sql`s.sumBrier / s.n`,
  shrunk: sql`rk`,
};

/** The population mean as one aggregate (one pass over kept_totals_board_idx) and the counts by index ranges. */
export function getBoardSummary(db: DB, source: SQL, minResolved: number): BoardSummary {
  const row = db.get<{ b: number | null; n: number | null; sources: number; ranked: number; listed: number }>(sql`
    select a.b, a.n, a.sources, (select count(*) from (${source}) s where s.n >= ${minResolved} and s.n > 0) as ranked,
      (select count(*) from (${source}) s where s.n > 0) as listed
    from (select sum(s.sumBrier) as b, sum(s.n) as n, count(*) as sources from (${source}) s) a`)!;
  return { populationMean: row.n ? row.b! / row.n : null, ranked: row.ranked, listed: row.listed, unscored: row.sources - row.listed };
}

type RawRow = Omit<BoardPageRow, "eligible" | "rank"> & { eligible: number; rank: number | null; rk: number | null };

/** lib/scoring/ranking.ts rankKey: the shrunk score to 12 places, floor(x * 1e12 + 0.5) (the cast truncates; x >= 0). */
const rankKeySql = (shrunk: SQL) => sql`cast(${shrunk} * 1e12 + 0.5 as integer)`;

/**
 * Rows `cond` selects in rank order (lowest shrunk score, more forecasts, key), `limit` from
 * `offset`: the order is found on the index's columns and the key, then only the page's rows are
 * read whole.
 */
function inRankOrder(db: DB, source: SQL, q: BoardPageQuery, shrunk: SQL, cond: SQL, limit: number, offset: number): RawRow[] {
  if (limit <= 0) return [];
  const names = boardNames(q.by);
  return db.all<RawRow>(sql`
    select nm.key, nm.name, nm.kind, s.n, s.sumBrier, s.sumBrierSquares, s.resolved, s.total, p.shrunk as shrunkBrier, p.rk,
      (s.n >= ${q.minResolved} and s.n > 0) as eligible, null as rank
    from (
      select s.id, ${shrunk} as shrunk, ${rankKeySql(shrunk)} as rk from (${source}) s join (${names}) nm on nm.id = s.id where ${cond}
      order by rk, s.n desc, nm.key limit ${limit} offset ${offset}
    ) p join (${source}) s on s.id = p.id join (${names}) nm on nm.id = p.id
    order by p.rk, s.n desc, nm.key`);
}

/** One page of the board in the chosen order, with the summary and the first unscored sources. */
export function getBoardPage(db: DB, q: BoardPageQuery): BoardPage {
  const source = keptBoardSource(db, q.by, q.lowInfo, q.now);
  const summary = getBoardSummary(db, source, q.minResolved);
  const m = summary.populationMean;
  // scoring.md 2.10 as lib/scoring/ranking.ts shrunkScore computes it, operation for operation (so
  // the doubles agree): w = n / (n + k); shrunk = w * mean + (1 - w) * m, and m itself when n = 0.
  const w = sql`(s.n * 1.0 / (s.n + ${q.k}))`;
  const shrunk = m === null ? sql`null` : sql`(case when s.n = 0 then ${m} else ${w} * (s.sumBrier / s.n) + (1 - ${w}) * ${m} end)`;
  const eligible = sql`(s.n >= ${q.minResolved} and s.n > 0)`;
  let rows: BoardPageRow[];
  if (q.sort === "rank") {
    // Ranked sources first, then the listed ones below the minimum; ranks follow from positions, and
    // the row before the page says whether its first row continues a tie.
    const E = summary.ranked;
    const from = Math.max(0, q.offset - 1);
    const top = inRankOrder(db, source, q, shrunk, eligible, Math.min(q.offset + q.limit, E) - from, from);
    const before = q.offset > from && top.length ? top.shift() : undefined;
    const rest = inRankOrder(
      db,
      source,
      q,
      shrunk,
      sql`s.n > 0 and s.n < ${q.minResolved}`,
      q.offset + q.limit - Math.max(q.offset, E),
      Math.max(0, q.offset - E),
    );
    rows = [];
    for (const [i, r] of top.entries()) {
      const prev = i ? { rk: top[i - 1]!.rk, rank: rows[i - 1]!.rank } : before ? { rk: before.rk, rank: -1 } : undefined;
      let rank = q.offset + i + 1;
      if (prev && prev.rk === r.rk) {
        rank =
          prev.rank !== -1
            ? prev.rank!
            : 1 + db.get<{ n: number }>(sql`select count(*) as n from (${source}) s where ${eligible} and ${rankKeySql(shrunk)} < ${r.rk}`)!.n;
      }
      const { rk: _rk, ...row } = r;
      rows.push({ ...row, eligible: true, rank });
    }
    for (const { rk: _rk, ...r } of rest) rows.push({ ...r, eligible: false, rank: null });
  } else {
    // A column's order, then rank order: rank is monotone in the shrunk score among the ranked, so
    // rank order is (ranked first, shrunk score, more forecasts, key) and needs no ranks to sort by.
    // The order is found on the index's columns and the names, then only the page's rows are read whole.
    const order = sql`${SORT_ORDER[q.sort]}, eligible desc, rk, s.n desc, nm.key`;
    const names = boardNames(q.by);
    const raw = db.all<RawRow>(sql`
      select nm.key, nm.name, nm.kind, s.n, s.sumBrier, s.sumBrierSquares, s.resolved, s.total, p.shrunk as shrunkBrier, p.rk as rk, p.eligible as eligible
      from (
        select s.id, ${shrunk} as shrunk, ${rankKeySql(shrunk)} as rk, ${eligible} as eligible
        from (${source}) s join (${names}) nm on nm.id = s.id where s.n > 0 order by ${order} limit ${q.limit} offset ${q.offset}
      ) p join (${source}) s on s.id = p.id join (${names}) nm on nm.id = p.id
      order by ${order}`);
    // The page's ranks: 1 + the ranked sources with a lower shrunk score, counted in one pass.
    const values = [...new Set(raw.filter((r) => r.eligible).map((r) => r.rk!))];
    const below = values.length
      ? db.get<Record<string, number>>(
          sql`select ${sql.join(
            values.map((v, i) => sql`sum(${rankKeySql(shrunk)} < ${v}) as ${sql.identifier(`v${i}`)}`),
            sql`, `,
          )} from (${source}) s where ${eligible}`,
        )!
      : {};
    const rankOf = new Map(values.map((v, i) => [v, 1 + Number(below[`v${i}`] ?? 0)]));
    rows = raw.map(({ rk, ...r }) => ({ ...r, eligible: Boolean(r.eligible), rank: r.eligible ? rankOf.get(rk!)! : null }));
  }
  const unscoredRows = summary.unscored
    ? db.all<BoardPage["unscoredRows"][number]>(sql`
        select nm.key, nm.name, nm.kind, s.resolved, s.total from (${source}) s join (${boardNames(q.by)}) nm on nm.id = s.id
        where s.n = 0 order by nm.key limit ${q.unscoredLimit}`)
    : [];
  return { ...summary, rows, unscoredRows };
}
