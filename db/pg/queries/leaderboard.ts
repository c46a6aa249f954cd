/**
 * The leaderboard ranked in SQL on PostgreSQL: the twin of db/queries/leaderboard.ts, query for
 * query (the summary, the page in rank order with ranks from positions, a column's order with the
 * page's ranks counted in one pass, the first unscored sources), with doubles written out
 * (`::float8`, so n / (n + k) is not an integer division), names in code-point order
 * (`collate "C"`, SQLite's BINARY), booleans for eligibility and counts cast to int.
 */
import { type SQL, sql } from "drizzle-orm";
import type { BoardPage, BoardPageQuery, BoardPageRow, BoardSort, BoardSummary } from "../../queries/leaderboard";
import type { PgTx } from "../client";
import { boardNamesPg, keptBoardSourcePg } from "./kept-sums-read";

const SORT_ORDER: Record<Exclude<BoardSort, "rank">, SQL> = {
  name: sql`nm.name collate "C"`,
  scored: sql`s.n desc`,
  brier: sql`s."sumBrier" / s.n`,
  shrunk: sql`rk`,
};

async function one<T>(db: PgTx, query: SQL): Promise<T> {
  return (await db.execute(query)).rows[0] as T;
}

export async function getBoardSummaryPg(db: PgTx, source: SQL, minResolved: number): Promise<BoardSummary> {
  const row = await one<{ b: number | null; n: number | null; sources: number; ranked: number; listed: number }>(
    db,
    sql`
    select a.b, a.n::float8 as n, a.sources, (select count(*)::int from (${source}) s where s.n >= ${minResolved}::int and s.n > 0) as ranked,
      (select count(*)::int from (${source}) s where s.n > 0) as listed
    from (select sum(s."sumBrier") as b, sum(s.n) as n, count(*)::int as sources from (${source}) s) a`,
  );
  return { populationMean: row.n ? row.b! / row.n : null, ranked: row.ranked, listed: row.listed, unscored: row.sources - row.listed };
}

type RawRow = Omit<BoardPageRow, "rank"> & { rank: number | null; rk: number | null };

/** lib/scoring/ranking.ts rankKey: the shrunk score to 12 places, floor(x * 1e12 + 0.5), in doubles. */
const rankKeySql = (shrunk: SQL) => sql`floor(${shrunk} * 1e12::float8 + 0.5::float8)`;

async function inRankOrder(db: PgTx, source: SQL, q: BoardPageQuery, shrunk: SQL, cond: SQL, limit: number, offset: number): Promise<RawRow[]> {
  if (limit <= 0) return [];
  const names = boardNamesPg(q.by);
  return (
    await db.execute<RawRow>(sql`
    select nm.key, nm.name, nm.kind, s.n, s."sumBrier", s."sumBrierSquares", s.resolved, s.total, p.shrunk as "shrunkBrier", p.rk,
      (s.n >= ${q.minResolved}::int and s.n > 0) as eligible, null::int as rank
    from (
      select s.id, ${shrunk} as shrunk, ${rankKeySql(shrunk)} as rk from (${source}) s join (${names}) nm on nm.id = s.id where ${cond}
      order by rk, s.n desc, nm.key collate "C" limit ${limit} offset ${offset}
    ) p join (${source}) s on s.id = p.id join (${names}) nm on nm.id = p.id
    order by p.rk, s.n desc, nm.key collate "C"`)
  ).rows;
}

/** db/queries/leaderboard.ts getBoardPage. */
export async function getBoardPagePg(db: PgTx, q: BoardPageQuery): Promise<BoardPage> {
  const source = await keptBoardSourcePg(db, q.by, q.lowInfo, q.now);
  const summary = await getBoardSummaryPg(db, source, q.minResolved);
  const m = summary.populationMean;
  const w = sql`(s.n::float8 / (s.n + ${q.k}::float8))`;
  const shrunk = m === null ? sql`null::float8` : sql`(case when s.n = 0 then ${m}::float8 else ${w} * (s."sumBrier" / s.n) + (1 - ${w}) * ${m}::float8 end)`;
  const eligible = sql`(s.n >= ${q.minResolved}::int and s.n > 0)`;
  let rows: BoardPageRow[];
  if (q.sort === "rank") {
    const E = summary.ranked;
    const from = Math.max(0, q.offset - 1);
    const top = await inRankOrder(db, source, q, shrunk, eligible, Math.min(q.offset + q.limit, E) - from, from);
    const before = q.offset > from && top.length ? top.shift() : undefined;
    const rest = await inRankOrder(
      db,
      source,
      q,
      shrunk,
      sql`s.n > 0 and s.n < ${q.minResolved}::int`,
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
            : 1 +
              (await one<{ n: number }>(db, sql`select count(*)::int as n from (${source}) s where ${eligible} and ${rankKeySql(shrunk)} < ${r.rk}::float8`)).n;
      }
      const { rk: _rk, ...row } = r;
      rows.push({ ...row, eligible: true, rank });
    }
    for (const { rk: _rk, ...r } of rest) rows.push({ ...r, eligible: false, rank: null });
  } else {
    const order = sql`${SORT_ORDER[q.sort]}, eligible desc, rk, s.n desc, nm.key collate "C"`;
    const names = boardNamesPg(q.by);
    const raw = (
      await db.execute<RawRow>(sql`
      select nm.key, nm.name, nm.kind, s.n, s."sumBrier", s."sumBrierSquares", s.resolved, s.total, p.shrunk as "shrunkBrier", p.rk as rk, p.eligible as eligible
      from (
        select s.id, ${shrunk} as shrunk, ${rankKeySql(shrunk)} as rk, ${eligible} as eligible
        from (${source}) s join (${names}) nm on nm.id = s.id where s.n > 0 order by ${order} limit ${q.limit} offset ${q.offset}
      ) p join (${source}) s on s.id = p.id join (${names}) nm on nm.id = p.id
      order by ${order}`)
    ).rows;
    const values = [...new Set(raw.filter((r) => r.eligible).map((r) => r.rk!))];
    const below = values.length
      ? await one<Record<string, number>>(
          db,
          sql`select ${sql.join(
            values.map((v, i) => sql`count(*) filter (where ${rankKeySql(shrunk)} < ${v}::float8)::int as ${sql.identifier(`v${i}`)}`),
            sql`, `,
          )} from (${source}) s where ${eligible}`,
        )
      : {};
    const rankOf = new Map(values.map((v, i) => [v, 1 + Number(below[`v${i}`] ?? 0)]));
    rows = raw.map(({ rk, ...r }) => ({ ...r, rank: r.eligible ? rankOf.get(rk!)! : null }));
  }
  const unscoredRows = summary.unscored
    ? (
        await db.execute<BoardPage["unscoredRows"][number]>(sql`
        select nm.key, nm.name, nm.kind, s.resolved, s.total from (${source}) s join (${boardNamesPg(q.by)}) nm on nm.id = s.id
        where s.n = 0 order by nm.key collate "C" limit ${q.unscoredLimit}`)
      ).rows
    : [];
  return { ...summary, rows, unscoredRows };
}
