/**
 * Accuracy figures, aggregated in SQL: counts, the sums the scoring engine needs (lib/scoring,
 * "aggregate path"), calibration bins, the timeline and the score over time, for one scope
 * (a forecaster, an author's published forecasts of others, an outlet, or everything).
 *
 * Which forecasts are scored (docs/scoring.md sections 2-3):
 *   - resolved yes or no (ambiguous, annulled and condition-not-met are counted, not scored);
 *   - whose deadline has passed (or that have none), so early YES resolutions do not bias the
 *     calibration (as Metaculus does);
 *   - one forecast per claim: when one forecaster made several forecasts about the same shared
 *     event, only the first (lowest id) counts;
 *   - low-information forecasts unless the reader leaves them out.
 */
import { type SQL, sql } from "drizzle-orm";
import { today } from "@/lib/dates";
import type { AccuracyFilters } from "@/lib/accuracy-filters";
import { type BinAggregate, binsFromAggregates, brierStandardError, type LexiconBinAggregate, lexiconBinsFromAggregates, skillVsBaseRate, summaryFromAggregates } from "@/lib/scoring";
import type { DB } from "../client";

export type AccuracyScope =
  | { kind: "all" }
  | { kind: "forecaster"; personId: number }
  | { kind: "published-by"; personId: number } // an author's articles, forecasts of others only
  | { kind: "outlet"; outletId: number };

const DEFAULT_BIN_COUNT = 10;
/**
 * The decile bin on integer percentages (lib/scoring/bin-index.ts): integer arithmetic only, so
 * 0.15 and 0.35 never fall to float edges. The constants are inlined because bound JavaScript
 * numbers arrive in SQLite as REAL, which would turn the integer division into a real one.
 */
const BIN_EXPR = sql.raw(`min(cast(round(100 * f.probability) as integer) * ${DEFAULT_BIN_COUNT} / 100, ${DEFAULT_BIN_COUNT - 1})`);

function scopeSql(scope: AccuracyScope): SQL {
  switch (scope.kind) {
    case "all":
      return sql`1`;
    case "forecaster":
      return sql`f.forecaster_id = ${scope.personId}`;
    case "published-by":
      return sql`f.forecaster_id <> ${scope.personId} and f.article_id in (select article_id from article_authors where person_id = ${scope.personId})`;
    case "outlet":
      return sql`f.article_id in (select id from articles where outlet_id = ${scope.outletId} or original_outlet_id = ${scope.outletId})`;
  }
}

function filterSql(filters: AccuracyFilters): SQL {
  const parts: SQL[] = [sql`1`];
  if (filters.from) parts.push(sql`f.made_on >= ${filters.from}`);
  if (filters.to) parts.push(sql`f.made_on <= ${filters.to}`);
  if (filters.language) parts.push(sql`f.language = ${filters.language}`);
  if (filters.topic) parts.push(sql`f.id in (select ft.forecast_id from forecast_topics ft join topics t on t.id = ft.topic_id where t.slug = ${filters.topic})`);
  return sql.join(parts, sql` and `);
}

/** One forecast per claim: the forecaster's first forecast about a shared event. */
const FIRST_CLAIM = sql`(f.event_id is null or not exists (select 1 from forecasts f2 where f2.event_id = f.event_id and f2.forecaster_id = f.forecaster_id and f2.id < f.id))`;

/** The scored set's predicate, on top of scope and filters (see the header comment). */
function scoredSql(filters: AccuracyFilters, now: string): SQL {
  return sql`o.status in ('yes', 'no')
    and (f.deadline is null or f.deadline < ${now})
    and (${filters.lowInfo === "1" ? sql`1` : sql`f.low_information = 0`})
    and ${FIRST_CLAIM}`;
}

const Y = sql`(case o.status when 'yes' then 1.0 when 'no' then 0.0 end)`;
/** Log score term with f clamped to [0.01, 0.99] (scoring.md section 2); SQLite's ln(). */
const LOG_TERM = sql`-(${Y} * ln(min(max(f.probability, 0.01), 0.99)) + (1 - ${Y}) * ln(1 - min(max(f.probability, 0.01), 0.99)))`;
/** Right side of 0.5 = 1, exactly 0.5 = half (lib/scoring/hit-rate.ts). */
const HIT_TERM = sql`(case when f.probability = 0.5 then 0.5 when (f.probability > 0.5) = (${Y} = 1) then 1.0 else 0.0 end)`;
const BRIER_TERM = sql`((f.probability - ${Y}) * (f.probability - ${Y}))`;
/** Best and worst Brier over the probability range (scoring.md: a forecast known only as a range). */
const BEST_TERM = sql`(case when ${Y} = 1 then (1 - coalesce(f.probability_high, f.probability)) * (1 - coalesce(f.probability_high, f.probability)) else coalesce(f.probability_low, f.probability) * coalesce(f.probability_low, f.probability) end)`;
const WORST_TERM = sql`(case when ${Y} = 1 then (1 - coalesce(f.probability_low, f.probability)) * (1 - coalesce(f.probability_low, f.probability)) else coalesce(f.probability_high, f.probability) * coalesce(f.probability_high, f.probability) end)`;

const FROM = sql`forecasts f left join outcomes o on o.id = f.current_outcome_id`;

export interface AccuracyCounts {
  total: number;
  resolved: number;
  open: number;
  pastDue: number;
  yesNo: number;
  unscorable: number; // ambiguous, annulled, condition not met
  awaitingDeadline: number; // resolved yes/no before a deadline that has not passed yet
  lowInformationExcluded: number;
  sameClaimExcluded: number;
  scored: number;
}

export function getAccuracy(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  const where = sql`${scopeSql(scope)} and ${filterSql(filters)}`;
  const scored = scoredSql(filters, now);
  const row = db.get<Record<string, number | null>>(sql`
    select count(*) as total,
      count(o.id) as resolved,
      sum(o.id is null and (f.deadline is null or f.deadline >= ${now})) as open,
      sum(o.id is null and f.deadline < ${now}) as pastDue,
      sum(o.status in ('yes', 'no')) as yesNo,
      sum(o.status in ('ambiguous', 'annulled', 'condition_not_met')) as unscorable,
      sum(o.status in ('yes', 'no') and f.deadline >= ${now}) as awaitingDeadline,
      sum(o.status in ('yes', 'no') and (f.deadline is null or f.deadline < ${now}) and f.low_information = 1 and ${filters.lowInfo} = '0' and ${FIRST_CLAIM}) as lowInformationExcluded,
      sum(case when ${scored} then 1 else 0 end) as scored,
      sum(o.status in ('yes', 'no') and (f.deadline is null or f.deadline < ${now}) and (f.low_information = 0 or ${filters.lowInfo} = '1')
          and not ${FIRST_CLAIM}) as sameClaimExcluded,
      sum(case when ${scored} then f.probability end) as sumF,
      sum(case when ${scored} then ${Y} end) as sumO,
      sum(case when ${scored} then f.probability * f.probability end) as sumF2,
      sum(case when ${scored} then f.probability * ${Y} end) as sumFO,
      sum(case when ${scored} then ${LOG_TERM} end) as sumLogScore,
      sum(case when ${scored} then ${HIT_TERM} end) as sumHit,
      sum(case when ${scored} then ${BRIER_TERM} * ${BRIER_TERM} end) as sumBrierSquares,
      sum(case when ${scored} then ${BEST_TERM} end) as sumBest,
      sum(case when ${scored} then ${WORST_TERM} end) as sumWorst
    from ${FROM} where ${where}`)!;
  const v = (k: string) => Number(row[k] ?? 0);
  const counts: AccuracyCounts = {
    total: v("total"), resolved: v("resolved"), open: v("open"), pastDue: v("pastDue"), yesNo: v("yesNo"), unscorable: v("unscorable"),
    awaitingDeadline: v("awaitingDeadline"), lowInformationExcluded: v("lowInformationExcluded"), scored: v("scored"), sameClaimExcluded: v("sameClaimExcluded"),
  };
  const n = counts.scored;
  const summary = summaryFromAggregates({ n, sumF: v("sumF"), sumO: v("sumO"), sumF2: v("sumF2"), sumFO: v("sumFO"), sumLogScore: n ? v("sumLogScore") : null, sumHit: n ? v("sumHit") : null });
  const sumBrier = v("sumF2") - 2 * v("sumFO") + v("sumO");
  const standardError = brierStandardError({ n, sumBrier, sumBrierSquares: v("sumBrierSquares") });

  const calibration = filters.bins === "lexicon" ? lexiconCalibration(db, where, scored) : decileCalibration(db, where, scored);
  const d = calibration.decomposition;
  return {
    counts,
    shareScorable: counts.resolved ? counts.yesNo / counts.resolved : null,
    summary,
    standardError,
    range: n ? { best: v("sumBest") / n, worst: v("sumWorst") / n } : null,
    decomposition: d,
    skillVsBaseRate: d ? skillVsBaseRate(d) : null,
    binStyle: filters.bins,
    bins: calibration.bins.map((b) => ({ ...b, label: "label" in b ? String(b.label) : `${Math.round(b.lo * 100)}–${Math.round(b.hi * 100)}%` })),
  };
}

function decileCalibration(db: DB, where: SQL, scored: SQL) {
  const rows = db.all<BinAggregate>(sql`
    select ${BIN_EXPR} as bin,
      count(*) as n, sum(f.probability) as sumF, sum(${Y}) as sumO, sum(f.probability * f.probability) as sumF2, sum(f.probability * ${Y}) as sumFO
    from ${FROM} where ${where} and ${scored} group by bin order by bin`);
  return binsFromAggregates(rows, DEFAULT_BIN_COUNT);
}

function lexiconCalibration(db: DB, where: SQL, scored: SQL) {
  // Stated numbers have no class: they are binned under their own label by the scoring engine.
  const rows = db.all<LexiconBinAggregate>(sql`
    select coalesce(f.lexicon_class, 'STATED') as lexiconClass,
      count(*) as n, sum(f.probability) as sumF, sum(${Y}) as sumO, sum(f.probability * f.probability) as sumF2, sum(f.probability * ${Y}) as sumFO
    from ${FROM} where ${where} and ${scored} and f.lexicon_class is not null group by lexiconClass`);
  return lexiconBinsFromAggregates(rows);
}

/** Up to `perBin` forecasts behind each calibration point, for the chart's tooltips. */
export function getBinMembers(db: DB, scope: AccuracyScope, filters: AccuracyFilters, perBin = 6, now = today()) {
  const where = sql`${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}`;
  const key = filters.bins === "lexicon" ? sql`f.lexicon_class` : sql`${BIN_EXPR}`;
  return db.all<{ binKey: string | number; id: number; question: string; probability: number; status: string }>(sql`
    select binKey, id, question, probability, status from (
      select ${key} as binKey, f.id, f.question, f.probability, o.status,
        row_number() over (partition by ${key} order by f.made_on desc, f.id) as rn
      from ${FROM} where ${where}
    ) where rn <= ${perBin}`);
}

/** Each forecast from made-on date to deadline, latest made first (bounded for large scopes). */
export function getTimeline(db: DB, scope: AccuracyScope, filters: AccuracyFilters, limit = 60) {
  return db.all<{ id: number; question: string; madeOn: string; deadline: string | null; status: string | null; occurredOn: string | null; probability: number; polarity: string }>(sql`
    select f.id, f.question, f.made_on as madeOn, f.deadline, o.status, o.occurred_on as occurredOn, f.probability, f.polarity
    from ${FROM} where ${scopeSql(scope)} and ${filterSql(filters)}
    order by f.made_on desc, f.id desc limit ${limit}`);
}

/**
 * Running Brier score as forecasts resolve: per-month sums in SQL (a month is the resolution
 * date's, else the deadline's), accumulated over the few month rows.
 */
export function getScoreOverTime(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  const rows = db.all<{ month: string; n: number; sumBrier: number }>(sql`
    select substr(coalesce(o.occurred_on, f.deadline, date(o.created_at / 1000, 'unixepoch')), 1, 7) as month, count(*) as n, sum(${BRIER_TERM}) as sumBrier
    from ${FROM} where ${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}
    group by month order by month`);
  let n = 0;
  let sum = 0;
  return rows.map((r) => {
    n += r.n;
    sum += r.sumBrier;
    return { month: r.month, resolvedThisMonth: r.n, cumulativeN: n, brier: sum / n };
  });
}

/** Per-forecaster or per-outlet aggregates for the leaderboard (sums only; ranking in lib/scoring). */
export function getLeaderboardAggregates(db: DB, by: "forecaster" | "outlet", filters: AccuracyFilters, now = today()) {
  const scored = scoredSql(filters, now);
  if (by === "forecaster") {
    return db.all<{ key: string; name: string; kind: string; n: number; sumBrier: number; sumBrierSquares: number; resolved: number; total: number }>(sql`
      select p.slug as key, p.name, p.kind, s.n, s.sumBrier, s.sumBrierSquares, s.resolved, s.total from (
        select f.forecaster_id as pid, count(*) as total, count(o.id) as resolved,
          sum(case when ${scored} then 1 else 0 end) as n,
          coalesce(sum(case when ${scored} then ${BRIER_TERM} end), 0) as sumBrier,
          coalesce(sum(case when ${scored} then ${BRIER_TERM} * ${BRIER_TERM} end), 0) as sumBrierSquares
        from ${FROM} where ${filterSql(filters)} group by f.forecaster_id
      ) s join people p on p.id = s.pid`);
  }
  // An article counts for its outlet and, when republished, for the original outlet too.
  return db.all<{ key: string; name: string; kind: string; n: number; sumBrier: number; sumBrierSquares: number; resolved: number; total: number }>(sql`
    select u.slug as key, u.name, 'outlet' as kind, s.n, s.sumBrier, s.sumBrierSquares, s.resolved, s.total from (
      select ao.outlet_id as oid, count(*) as total, count(o.id) as resolved,
        sum(case when ${scored} then 1 else 0 end) as n,
        coalesce(sum(case when ${scored} then ${BRIER_TERM} end), 0) as sumBrier,
        coalesce(sum(case when ${scored} then ${BRIER_TERM} * ${BRIER_TERM} end), 0) as sumBrierSquares
      from (select id as article_id, outlet_id from articles where outlet_id is not null
            union select id, original_outlet_id from articles where original_outlet_id is not null) ao
      join forecasts f on f.article_id = ao.article_id left join outcomes o on o.id = f.current_outcome_id
      where ${filterSql(filters)} group by ao.outlet_id
    ) s join outlets u on u.id = s.oid`);
}

/** A scope as it appears in URLs: "all", "person:SLUG", "published-by:SLUG" or "outlet:SLUG". */
export const SCOPE_PATTERN = /^(all|(person|published-by|outlet):[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function resolveScope(db: DB, scope: string): AccuracyScope | null {
  if (scope === "all") return { kind: "all" };
  const [kind, slug] = scope.split(":") as [string, string];
  if (kind === "outlet") {
    const row = db.get<{ id: number }>(sql`select id from outlets where slug = ${slug}`);
    return row ? { kind: "outlet", outletId: row.id } : null;
  }
  const row = db.get<{ id: number }>(sql`select id from people where slug = ${slug}`);
  if (!row) return null;
  return kind === "person" ? { kind: "forecaster", personId: row.id } : { kind: "published-by", personId: row.id };
}

/** Everything an accuracy panel shows, in one object (the JSON of GET /api/v1/accuracy). */
export function getAccuracyView(db: DB, scope: AccuracyScope, filters: AccuracyFilters) {
  const now = today();
  return {
    asOf: now,
    filters,
    accuracy: getAccuracy(db, scope, filters, now),
    binMembers: getBinMembers(db, scope, filters, 6, now),
    timeline: getTimeline(db, scope, filters),
    scoreOverTime: getScoreOverTime(db, scope, filters, now),
  };
}
export type AccuracyView = ReturnType<typeof getAccuracyView>;
