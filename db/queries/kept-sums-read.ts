/**
 * Reading the kept accuracy sums (db/queries/kept-sums.ts maintains them): the same counts and
 * sums as the scans of db/queries/accuracy.ts, for the filters the kept tables cover (scope,
 * low-information wording, bin style, today). A part counts as past its deadline when it is
 * 'none', 'past' or a deadline before today.
 */
import { type SQL, sql } from "drizzle-orm";
import type { DB } from "../client";
import { type AccuracyCounts, type AccuracyScope, boardSumsWithNames, type LeaderboardSumsRow, type ScoredSums } from "./accuracy";

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
      // Article scorecards are a handful of rows: they always come from the scans (lib/accuracy/figures.ts).
      throw new Error("article scopes have no kept sums");
  }
}

const passed = (now: string) => sql`(part in ('none', 'past') or part < ${now})`;
const lowInfoOk = (lowInfo: "0" | "1") => (lowInfo === "1" ? sql`1` : sql`low_information = 0`);

export function getKeptCounts(db: DB, scope: AccuracyScope, lowInfo: "0" | "1", now: string): AccuracyCounts {
  const k = scopeKey(scope);
  const t = db.get<{ total: number; resolved: number; open: number; yesNo: number; unscorable: number }>(
    sql`select total, resolved, open, yes_no as yesNo, unscorable from kept_totals where ${k}`,
  ) ?? { total: 0, resolved: 0, open: 0, yesNo: 0, unscorable: 0 };
  const pastDue = db.get<{ n: number }>(sql`select coalesce(sum(n), 0) as n from kept_pending where ${k} and deadline < ${now}`)!.n;
  // Only the rows past their deadline are read (a few ranges of the key): those still awaiting it are
  // the rest of the yes/no outcomes, and kept_scored holds exactly those (one row per future deadline
  // would otherwise be scanned: 11,000 rows for the scope 'all' at 480,000 forecasts, ~7 ms).
  const s = db.get<{ passed: number; liExcluded: number; sameClaim: number; scored: number }>(sql`
    select coalesce(sum(n), 0) as passed,
      coalesce(sum(case when low_information = 1 and counts_for_claim = 1 and ${lowInfo} = '0' then n end), 0) as liExcluded,
      coalesce(sum(case when counts_for_claim = 0 and ${lowInfoOk(lowInfo)} then n end), 0) as sameClaim,
      coalesce(sum(case when counts_for_claim = 1 and ${lowInfoOk(lowInfo)} then n end), 0) as scored
    from kept_scored where ${k} and ${passed(now)}`)!;
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

/** The scored forecasts' sums per calibration bin (decile index, or lexicon class with 'STATED' for stated numbers). */
export function getKeptBinSums(db: DB, scope: AccuracyScope, lowInfo: "0" | "1", now: string, bins: "decile" | "lexicon") {
  const bin = bins === "lexicon" ? sql`bin_class` : sql`bin_decile`;
  return db.all<{ bin: string | number } & ScoredSums>(sql`
    select ${bin} as bin, sum(n) as n, sum(sum_f) as sumF, sum(sum_o) as sumO, sum(sum_f2) as sumF2, sum(sum_fo) as sumFO,
      sum(sum_log_score) as sumLogScore, sum(sum_hit) as sumHit, sum(sum_brier) as sumBrier, sum(sum_brier_squares) as sumBrierSquares,
      sum(sum_best) as sumBest, sum(sum_worst) as sumWorst
    from kept_scored where ${scopeKey(scope)} and ${passed(now)} and counts_for_claim = 1 and ${lowInfoOk(lowInfo)}
    group by 1 having sum(n) > 0`);
}

/** The scored forecasts' count and Brier sum per month resolved. */
export function getKeptMonthSums(db: DB, scope: AccuracyScope, lowInfo: "0" | "1", now: string) {
  return db.all<{ month: string; n: number; sumBrier: number }>(sql`
    select month, sum(n) as n, sum(sum_brier) as sumBrier from kept_months
    where ${scopeKey(scope)} and ${passed(now)} and ${lowInfoOk(lowInfo)} group by 1 having sum(n) > 0`);
}

/**
 * Per-forecaster or per-outlet sums for the leaderboard from the kept tables, as a relation (id, n,
 * sumBrier, sumBrierSquares, resolved, total): each source's settled sums on kept_totals (parts
 * 'none' and 'past') plus kept_board's dated parts before today (deadlines since the last write's
 * day: usually none), one row per source with a forecast.
 */
export function keptBoardSource(db: DB, by: "forecaster" | "outlet", lowInfo: "0" | "1", now: string): SQL {
  const c = lowInfo === "1" ? "" : "_informative";
  const col = (name: string) => sql.raw(`t.board_${name}${c}`);
  const recent = sql`from kept_board where scope_kind = ${by} and part < ${now} and part not in ('none', 'past') and ${lowInfoOk(lowInfo)}`;
  // Right after a write there are none (past_before is the write's day): then the settled sums alone, without the join.
  if (!db.get(sql`select 1 ${recent} limit 1`)) {
    // (A kept_totals row has total > 0: rows that fall to zero are deleted.) kept_totals_board_idx covers what ranking reads.
    return sql`select t.scope_id as id, ${col("n")} as n, ${col("sum_brier")} as sumBrier, ${col("sum_brier_squares")} as sumBrierSquares, t.resolved, t.total
      from kept_totals t where t.scope_kind = ${by}`;
  }
  return sql`select t.scope_id as id, ${col("n")} + coalesce(d.n, 0) as n, ${col("sum_brier")} + coalesce(d.sumBrier, 0) as sumBrier,
      ${col("sum_brier_squares")} + coalesce(d.sumBrierSquares, 0) as sumBrierSquares, t.resolved, t.total
    from kept_totals t left join (
      select scope_id, sum(n) as n, sum(sum_brier) as sumBrier, sum(sum_brier_squares) as sumBrierSquares ${recent} group by scope_id
    ) d on d.scope_id = t.scope_id
    where t.scope_kind = ${by} and t.total > 0`;
}

/** Per-forecaster or per-outlet sums for the leaderboard, from the kept tables. */
export function getKeptBoardSums(db: DB, by: "forecaster" | "outlet", lowInfo: "0" | "1", now: string): LeaderboardSumsRow[] {
  return boardSumsWithNames(db, by, keptBoardSource(db, by, lowInfo, now));
}

/**
 * The dashboard's counts from the kept tables: forecasts by state, forecasters with forecasts (a
 * kept_totals row has total > 0: rows that fall to zero are deleted, so the index alone counts them), articles.
 */
export function getKeptLedgerCounts(db: DB, now: string) {
  const c = getKeptCounts(db, { kind: "all" }, "1", now);
  const r = db.get<{ forecasters: number; articles: number }>(
    sql`select (select count(*) from kept_totals where scope_kind = 'forecaster') as forecasters, (select count(*) from articles) as articles`,
  )!;
  return { total: c.total, resolved: c.resolved, due: c.pastDue, open: c.open, ...r };
}
