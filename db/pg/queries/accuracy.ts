/**
 * The accuracy scans on PostgreSQL: the twin of db/queries/accuracy.ts, term for term (the same
 * scope, filters, scored set, claim priority and sum terms; docs/scoring.md), in PostgreSQL's
 * SQL: booleans are cast to 0/1 where SQLite adds them up, least/greatest for SQLite's scalar
 * min/max, SQLite's rounding written out (binExprPg), aliases quoted (PostgreSQL folds unquoted names to lower case) and every sum cast to
 * float8 or bigint so node-postgres hands back numbers. test/pg/accuracy.test.ts checks that both
 * engines give the same counts and sums for the same ledger.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AccuracyCounts, AccuracyFilters, AccuracyScope, LeaderboardSumsRow, ScoredSums } from "../../queries/accuracy";
import type { PgTx } from "../client";

export { scopeFromKey } from "../../queries/accuracy";

const OUTLET_OF = (a: string) => sql.raw(`coalesce(${a}.original_outlet_id, ${a}.outlet_id)`);

/** The equal-width bin on integer percentages (lib/scoring/bin-index.ts equalWidthBinIndex), as db/queries/accuracy.ts binExpr. */
export function binExprPg(count: number): SQL {
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new RangeError(`bin count ${count} must be a whole number from 1 to 100`);
  // SQLite's round() is trunc(x + 0.5) in double precision (0 of 100,001 probabilities k/100000 differ);
  // PostgreSQL's float8 round() rounds half to even and round(numeric) sees x at 15 digits
  // (100 * 0.145 = 14.499999999999998 becomes 14.5, then 15), so neither would give SQLite's bins.
  return sql.raw(`least(trunc(100 * f.probability + 0.5::float8)::int * ${count} / 100, ${count - 1})`);
}

function scopeSql(scope: AccuracyScope): SQL {
  switch (scope.kind) {
    case "all":
      return sql`true`;
    case "forecaster":
      return sql`f.forecaster_id = ${scope.personId}`;
    case "published-by":
      return sql`f.forecaster_id <> ${scope.personId} and f.article_id in (select article_id from article_authors where person_id = ${scope.personId})`;
    case "outlet":
      // coalesce(original_outlet_id, outlet_id) = ID, written so each half uses its index.
      return sql`f.article_id in (select a.id from articles a where a.original_outlet_id = ${scope.outletId}
        union all select a.id from articles a where a.outlet_id = ${scope.outletId} and a.original_outlet_id is null)`;
    case "article":
      return sql`f.article_id = ${scope.articleId}`;
  }
}

function filterSql(filters: AccuracyFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (filters.from) parts.push(sql`f.made_on >= ${filters.from}`);
  if (filters.to) parts.push(sql`f.made_on <= ${filters.to}`);
  if (filters.language) parts.push(sql`f.language = ${filters.language}`);
  if (filters.topic)
    parts.push(sql`f.id in (select ft.forecast_id from forecast_topics ft join topics t on t.id = ft.topic_id where t.slug = ${filters.topic})`);
  return sql.join(parts, sql` and `);
}

/** db/queries/accuracy.ts claimPriority (the words that count for a claim; lower is better). */
function claimPriority(t: string): SQL {
  const c = sql.raw(t);
  return sql`((case when ${c}.attribution <> 'reported' or strpos(${c}.quote, '"') > 0 or strpos(${c}.quote, '“') > 0 or strpos(${c}.quote, '„') > 0 or strpos(${c}.quote, '«') > 0 or strpos(${c}.quote, '»') > 0 then 0 else 1000 end)
    + (case when ${c}.condition is null then 0 else 100 end)
    + (case ${c}.deadline_basis when 'stated' then 0 when 'inferred' then 10 else 20 end)
    + ${c}.low_information::int)`;
}
const BETTER_SIBLING = sql`f2.event_id = f.event_id and f2.forecaster_id = f.forecaster_id and f2.id <> f.id
  and (${claimPriority("f2")} < ${claimPriority("f")} or (${claimPriority("f2")} = ${claimPriority("f")} and (f2.made_on < f.made_on or (f2.made_on = f.made_on and f2.id < f.id))))`;
/** Whether a forecast counts for its claim (a boolean here; SQLite's is 0/1). */
export const COUNTS_FOR_CLAIM = sql`(f.event_id is null or not exists (select 1 from forecasts f2 where ${BETTER_SIBLING}))`;

const YES_NO = sql`f.outcome_status in ('yes', 'no')`;
const DEADLINE_PASSED = (now: string) => sql`(f.deadline is null or f.deadline < ${now})`;
const LOW_INFO_OK = (filters: AccuracyFilters) => (filters.lowInfo === "1" ? sql`true` : sql`not f.low_information`);

function scoredSql(filters: AccuracyFilters, now: string): SQL {
  return sql`(${YES_NO} and ${DEADLINE_PASSED(now)} and ${LOW_INFO_OK(filters)} and ${COUNTS_FOR_CLAIM})`;
}

export function scoredIdsSqlPg(scope: AccuracyScope, filters: AccuracyFilters, now: string): SQL {
  return sql`select f.id from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}`;
}

export async function getScoredForecastIdsPg(db: PgTx, scope: AccuracyScope, filters: AccuracyFilters, now: string): Promise<number[]> {
  return (await db.execute<{ id: number }>(sql`${scoredIdsSqlPg(scope, filters, now)} order by f.id`)).rows.map((r) => r.id);
}

/** For each forecast that does not count for its claim, the forecast that does. */
export async function getClaimRepresentativesPg(db: PgTx, forecastIds: number[]): Promise<Map<number, number>> {
  if (!forecastIds.length) return new Map();
  const { rows } = await db.execute<{ id: number; representative: number | null }>(sql`
    select f.id, (select f2.id from forecasts f2 where ${BETTER_SIBLING}
      order by ${claimPriority("f2")}, f2.made_on, f2.id limit 1) as representative
    from forecasts f where f.id = any(${sql.param(forecastIds)}::int[]) and f.event_id is not null`);
  return new Map(rows.filter((r) => r.representative !== null).map((r) => [r.id, r.representative as number]));
}

/** One forecast against each rule of the scored set (0/1 as on SQLite). */
export async function getForecastScoringPg(db: PgTx, id: number, now: string) {
  const { rows } = await db.execute<{
    yesNo: number;
    deadlinePassed: number;
    firstClaim: number;
    lowInformation: number;
    countsForOutletSlug: string | null;
    countsForOutletName: string | null;
  }>(sql`
    select (${YES_NO})::int as "yesNo", ${DEADLINE_PASSED(now)}::int as "deadlinePassed", ${COUNTS_FOR_CLAIM}::int as "firstClaim",
      f.low_information::int as "lowInformation", o.slug as "countsForOutletSlug", o.name as "countsForOutletName"
    from forecasts f join articles a on a.id = f.article_id left join outlets o on o.id = ${OUTLET_OF("a")}
    where f.id = ${id}`);
  return rows[0] ?? null;
}

export const Y = sql`(f.outcome_status = 'yes')::int`;
const P = sql`least(greatest(f.probability, 0.01::float8), 0.99::float8)`;
export const LOG_TERM = sql`-(${Y} * ln(${P}) + (1 - ${Y}) * ln(1 - ${P}))`;
export const HIT_TERM = sql`(case when f.probability = 0.5 then 0.5::float8 when (f.probability > 0.5) = (f.outcome_status = 'yes') then 1::float8 else 0::float8 end)`;
export const BRIER_TERM = sql`((f.probability - ${Y}) * (f.probability - ${Y}))`;
const HI = sql`coalesce(f.probability_high, f.probability)`;
const LO = sql`coalesce(f.probability_low, f.probability)`;
export const BEST_TERM = sql`(case when f.outcome_status = 'yes' then (1 - ${HI}) * (1 - ${HI}) else ${LO} * ${LO} end)`;
export const WORST_TERM = sql`(case when f.outcome_status = 'yes' then (1 - ${LO}) * (1 - ${LO}) else ${HI} * ${HI} end)`;

/** count(*) filter (where ...) as a number. */
const countWhere = (cond: SQL) => sql`(count(*) filter (where ${cond}))::int`;

export async function getAccuracyCountsPg(db: PgTx, scope: AccuracyScope, filters: AccuracyFilters, now: string): Promise<Omit<AccuracyCounts, "scored">> {
  const passed = sql`${YES_NO} and ${DEADLINE_PASSED(now)}`;
  const { rows } = await db.execute<Omit<AccuracyCounts, "scored">>(sql`
    select count(*)::int as total,
      ${countWhere(sql`f.outcome_status is not null`)} as resolved,
      ${countWhere(sql`f.outcome_status is null and (f.deadline is null or f.deadline >= ${now})`)} as open,
      ${countWhere(sql`f.outcome_status is null and f.deadline < ${now}`)} as "pastDue",
      ${countWhere(YES_NO)} as "yesNo",
      ${countWhere(sql`f.outcome_status in ('ambiguous', 'annulled', 'condition_not_met')`)} as unscorable,
      ${countWhere(sql`${YES_NO} and f.deadline >= ${now}`)} as "awaitingDeadline",
      ${countWhere(sql`${passed} and f.low_information and ${filters.lowInfo === "0"} and ${COUNTS_FOR_CLAIM}`)} as "lowInformationExcluded",
      ${countWhere(sql`${passed} and (not f.low_information or ${filters.lowInfo === "1"}) and not ${COUNTS_FOR_CLAIM}`)} as "sameClaimExcluded"
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)}`);
  return rows[0]!;
}

const SUMS = sql`count(*)::int as n, sum(f.probability) as "sumF", sum(${Y})::float8 as "sumO", sum(f.probability * f.probability) as "sumF2",
  sum(f.probability * ${Y}) as "sumFO", sum(${LOG_TERM}) as "sumLogScore", sum(${HIT_TERM}) as "sumHit", sum(${BRIER_TERM}) as "sumBrier",
  sum(${BRIER_TERM} * ${BRIER_TERM}) as "sumBrierSquares", sum(${BEST_TERM}) as "sumBest", sum(${WORST_TERM}) as "sumWorst"`;

/** The scored forecasts' sums per (calibration bin, month resolved). */
export async function getScoredSumsPg(db: PgTx, scope: AccuracyScope, filters: AccuracyFilters, now: string, binCount: number) {
  const binKey = filters.bins === "lexicon" ? sql`coalesce(f.lexicon_class, 'STATED')` : binExprPg(binCount);
  const { rows } = await db.execute<{ bin: string | number; month: string } & ScoredSums>(sql`
    select ${binKey} as bin, to_char(coalesce(f.outcome_occurred_on, f.deadline, f.made_on), 'YYYY-MM') as month, ${SUMS}
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}
    group by 1, 2`);
  return rows;
}

/** Up to `perBin` forecasts behind each calibration point. */
export async function getBinMembersPg(db: PgTx, scope: AccuracyScope, filters: AccuracyFilters, now: string, binCount: number, perBin = 6) {
  const where = sql`${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}`;
  const key = filters.bins === "lexicon" ? sql`f.lexicon_class` : binExprPg(binCount);
  const { rows } = await db.execute<{ binKey: string | number; id: number; question: string; probability: number; status: string }>(sql`
    select "binKey", id, question, probability, status from (
      select ${key} as "binKey", f.id, f.question, f.probability, f.outcome_status as status,
        row_number() over (partition by ${key} order by f.made_on desc, f.id) as rn
      from forecasts f where ${where}
    ) as m where rn <= ${perBin}`);
  return rows;
}

/** Each forecast from made-on date to deadline, latest made first. */
export async function getTimelinePg(db: PgTx, scope: AccuracyScope, filters: AccuracyFilters, limit = 60) {
  const { rows } = await db.execute<{
    id: number;
    question: string;
    madeOn: string;
    deadline: string | null;
    status: string | null;
    occurredOn: string | null;
    probability: number;
    polarity: string;
    forecaster: string;
  }>(sql`
    select f.id, f.question, (select p.name from people p where p.id = f.forecaster_id) as forecaster, f.made_on as "madeOn", f.deadline,
      f.outcome_status as status, f.outcome_occurred_on as "occurredOn", f.probability, f.polarity
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)}
    order by f.made_on desc, f.id desc limit ${limit}`);
  return rows;
}

/** Per-forecaster or per-outlet sums for the leaderboard. */
export async function getLeaderboardSumsPg(db: PgTx, by: "forecaster" | "outlet", filters: AccuracyFilters, now: string): Promise<LeaderboardSumsRow[]> {
  const scored = scoredSql(filters, now);
  const sums = sql`count(*)::int as total, ${countWhere(sql`f.outcome_status is not null`)} as resolved,
    ${countWhere(scored)} as n,
    coalesce(sum(${BRIER_TERM}) filter (where ${scored}), 0) as "sumBrier",
    coalesce(sum(${BRIER_TERM} * ${BRIER_TERM}) filter (where ${scored}), 0) as "sumBrierSquares"`;
  if (by === "forecaster") {
    return (
      await db.execute<LeaderboardSumsRow>(sql`
      select p.slug as key, p.name, p.kind, s.n, s."sumBrier", s."sumBrierSquares", s.resolved, s.total
      from (select f.forecaster_id as pid, ${sums} from forecasts f where ${filterSql(filters)} group by f.forecaster_id) s
      join people p on p.id = s.pid`)
    ).rows;
  }
  return (
    await db.execute<LeaderboardSumsRow>(sql`
    with per_article as (
      select f.article_id, ${sums} from forecasts f where ${filterSql(filters)} group by f.article_id
    ), article_outlets as (
      select a.id as article_id, ${OUTLET_OF("a")} as outlet_id from articles a where ${OUTLET_OF("a")} is not null
    )
    select u.slug as key, u.name, 'outlet' as kind, sum(pa.n)::int as n, sum(pa."sumBrier") as "sumBrier", sum(pa."sumBrierSquares") as "sumBrierSquares",
      sum(pa.resolved)::int as resolved, sum(pa.total)::int as total
    from per_article pa join article_outlets ao on ao.article_id = pa.article_id join outlets u on u.id = ao.outlet_id
    group by u.id`)
  ).rows;
}

/** The id behind a slug, for resolving a URL scope. */
export async function getScopeOwnerIdPg(db: PgTx, table: "people" | "outlets" | "articles", slug: string): Promise<number | null> {
  const t = sql.raw({ people: "people", outlets: "outlets", articles: "articles" }[table]);
  return (await db.execute<{ id: number }>(sql`select id from ${t} where slug = ${slug}`)).rows[0]?.id ?? null;
}
