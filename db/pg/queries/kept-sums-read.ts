/**
 * Reading the kept accuracy sums on PostgreSQL: the twin of db/queries/kept-sums-read.ts (the
 * kept tables are copied by db:copy and have the same integer and text columns on both engines),
 * with aliases quoted and sums cast so node-postgres hands back numbers.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AccuracyCounts, AccuracyScope, LeaderboardSumsRow, ScoredSums } from "../../queries/accuracy";
import type { PgTx } from "../client";

function scopeKey(scope: AccuracyScope): SQL {
  switch (scope.kind) {
    case "all":
      return sql`scope_kind = 'all' and scope_id = 0`;
    case "forecaster":
      return sql`scope_kind = 'forecaster' and scope_id = ${scope.personId}`;
    case "published-by":
      return sql`scope_kind = 'published-by' and scope_id = ${scope.personId}`;
    case "outlet":
      return sql`scope_kind = 'outlet' and scope_id = ${scope.outletId}`;
    case "article":
      throw new Error("article scopes have no kept sums");
  }
}

const passed = (now: string) => sql`(part in ('none', 'past') or part < ${now})`;
const lowInfoOk = (lowInfo: "0" | "1") => (lowInfo === "1" ? sql`true` : sql`low_information = 0`);

async function one<T>(db: PgTx, query: SQL): Promise<T | undefined> {
  return (await db.execute(query)).rows[0] as T | undefined;
}

export async function getKeptCountsPg(db: PgTx, scope: AccuracyScope, lowInfo: "0" | "1", now: string): Promise<AccuracyCounts> {
  const k = scopeKey(scope);
  const t = (await one<{ total: number; resolved: number; open: number; yesNo: number; unscorable: number }>(
    db,
    sql`select total, resolved, open, yes_no as "yesNo", unscorable from kept_totals where ${k}`,
  )) ?? { total: 0, resolved: 0, open: 0, yesNo: 0, unscorable: 0 };
  const pastDue = (await one<{ n: number }>(db, sql`select coalesce(sum(n), 0)::int as n from kept_pending where ${k} and deadline < ${now}`))!.n;
  // Only the rows past their deadline (as db/queries/kept-sums-read.ts): the rest of the yes/no outcomes await it.
  const s = (await one<{ passed: number; liExcluded: number; sameClaim: number; scored: number }>(
    db,
    sql`
    select coalesce(sum(n), 0)::int as passed,
      coalesce(sum(n) filter (where low_information = 1 and counts_for_claim = 1 and ${lowInfo === "0"}), 0)::int as "liExcluded",
      coalesce(sum(n) filter (where counts_for_claim = 0 and ${lowInfoOk(lowInfo)}), 0)::int as "sameClaim",
      coalesce(sum(n) filter (where counts_for_claim = 1 and ${lowInfoOk(lowInfo)}), 0)::int as scored
    from kept_scored where ${k} and ${passed(now)}`,
  ))!;
  return {
    total: t.total,
    resolved: t.resolved,
    open: t.open - pastDue,
    pastDue,
    yesNo: t.yesNo,
    unscorable: t.unscorable,
    awaitingDeadline: t.yesNo - s.passed,
    lowInformationExcluded: s.liExcluded,
    sameClaimExcluded: s.sameClaim,
    scored: s.scored,
  };
}

/** The scored forecasts' sums per calibration bin (decile index, or lexicon class). */
export async function getKeptBinSumsPg(db: PgTx, scope: AccuracyScope, lowInfo: "0" | "1", now: string, bins: "decile" | "lexicon") {
  const bin = bins === "lexicon" ? sql`bin_class` : sql`bin_decile`;
  return (
    await db.execute<{ bin: string | number } & ScoredSums>(sql`
    select ${bin} as bin, sum(n)::int as n, sum(sum_f) as "sumF", sum(sum_o) as "sumO", sum(sum_f2) as "sumF2", sum(sum_fo) as "sumFO",
      sum(sum_log_score) as "sumLogScore", sum(sum_hit) as "sumHit", sum(sum_brier) as "sumBrier", sum(sum_brier_squares) as "sumBrierSquares",
      sum(sum_best) as "sumBest", sum(sum_worst) as "sumWorst"
    from kept_scored where ${scopeKey(scope)} and ${passed(now)} and counts_for_claim = 1 and ${lowInfoOk(lowInfo)}
    group by 1 having sum(n) > 0`)
  ).rows;
}

/** The scored forecasts' count and Brier sum per month resolved. */
export async function getKeptMonthSumsPg(db: PgTx, scope: AccuracyScope, lowInfo: "0" | "1", now: string) {
  return (
    await db.execute<{ month: string; n: number; sumBrier: number }>(sql`
    select month, sum(n)::int as n, sum(sum_brier) as "sumBrier" from kept_months
    where ${scopeKey(scope)} and ${passed(now)} and ${lowInfoOk(lowInfo)} group by 1 having sum(n) > 0`)
  ).rows;
}

/**
 * Per-forecaster or per-outlet sums for the leaderboard from the kept tables, as a relation (id, n,
 * "sumBrier", "sumBrierSquares", resolved, total): db/queries/kept-sums-read.ts keptBoardSource.
 */
export async function keptBoardSourcePg(db: PgTx, by: "forecaster" | "outlet", lowInfo: "0" | "1", now: string): Promise<SQL> {
  const c = lowInfo === "1" ? "" : "_informative";
  const col = (name: string) => sql.raw(`t.board_${name}${c}`);
  const recent = sql`from kept_board where scope_kind = ${by} and part < ${now} and part not in ('none', 'past') and ${lowInfoOk(lowInfo)}`;
  if (!(await one(db, sql`select 1 as x ${recent} limit 1`))) {
    return sql`select t.scope_id as id, ${col("n")} as n, ${col("sum_brier")} as "sumBrier", ${col("sum_brier_squares")} as "sumBrierSquares", t.resolved, t.total
      from kept_totals t where t.scope_kind = ${by}`;
  }
  return sql`select t.scope_id as id, ${col("n")} + coalesce(d.n, 0) as n, ${col("sum_brier")} + coalesce(d."sumBrier", 0) as "sumBrier",
      ${col("sum_brier_squares")} + coalesce(d."sumBrierSquares", 0) as "sumBrierSquares", t.resolved, t.total
    from kept_totals t left join (
      select scope_id, sum(n)::int as n, sum(sum_brier) as "sumBrier", sum(sum_brier_squares) as "sumBrierSquares" ${recent} group by scope_id
    ) d on d.scope_id = t.scope_id
    where t.scope_kind = ${by}`;
}

/** The names behind a board's ids (db/queries/accuracy.ts boardNames). */
export function boardNamesPg(by: "forecaster" | "outlet"): SQL {
  return by === "forecaster"
    ? sql`select p.id, p.slug as key, p.name, p.kind from people p`
    : sql`select u.id, u.slug as key, u.name, 'outlet' as kind from outlets u`;
}

/** Per-forecaster or per-outlet sums for the leaderboard, from the kept tables. */
export async function getKeptBoardSumsPg(db: PgTx, by: "forecaster" | "outlet", lowInfo: "0" | "1", now: string): Promise<LeaderboardSumsRow[]> {
  const source = await keptBoardSourcePg(db, by, lowInfo, now);
  return (
    await db.execute<LeaderboardSumsRow>(sql`
    select nm.key, nm.name, nm.kind, s.n, s."sumBrier", s."sumBrierSquares", s.resolved, s.total
    from (${source}) s join (${boardNamesPg(by)}) nm on nm.id = s.id`)
  ).rows;
}

/** The dashboard's counts from the kept tables. */
export async function getKeptLedgerCountsPg(db: PgTx, now: string) {
  const c = await getKeptCountsPg(db, { kind: "all" }, "1", now);
  const r = (await one<{ forecasters: number; articles: number }>(
    db,
    sql`select (select count(*)::int from kept_totals where scope_kind = 'forecaster') as forecasters, (select count(*)::int from articles) as articles`,
  ))!;
  return { total: c.total, resolved: c.resolved, due: c.pastDue, open: c.open, ...r };
}

/** The month boundary below which deadlines are kept as 'past' (db/queries/kept-sums.ts getPastBefore); null before the first build. */
export async function getPastBeforePg(db: PgTx): Promise<string | null> {
  return (await one<{ p: string }>(db, sql`select past_before as p from kept_sums_meta where id = 1`))?.p ?? null;
}
