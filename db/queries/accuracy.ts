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
 *
 * One scan per page: getAccuracy groups the scope's forecasts by (calibration bin, month
 * resolved) in SQL; the handful of group rows are then folded into the totals, the bins and the
 * score-over-time series. forecasts.outcome_status / outcome_occurred_on and the covering index
 * forecasts_scoring_idx keep that scan off the outcomes table.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AccuracyFilters } from "@/lib/accuracy-filters";
import { today } from "@/lib/dates";
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
/** Above this many scored forecasts the calibration tooltips do not list members (the table and list pages do). */
const MEMBER_LIST_LIMIT = 5000;

function scopeSql(scope: AccuracyScope): SQL {
  switch (scope.kind) {
    case "all":
      return sql`1`;
    case "forecaster":
      return sql`f.forecaster_id = ${scope.personId}`;
    case "published-by":
      return sql`f.forecaster_id <> ${scope.personId} and f.article_id in (select article_id from article_authors where person_id = ${scope.personId})`;
    case "outlet":
      return sql`f.article_id in (select id from articles where outlet_id = ${scope.outletId} union all select id from articles where original_outlet_id = ${scope.outletId})`;
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

/** One forecast per claim: the forecaster's first forecast about a shared event (index forecasts_event_claim_idx). */
const FIRST_CLAIM = sql`(case when f.event_id is null then 1 else not exists (select 1 from forecasts f2 where f2.event_id = f.event_id and f2.forecaster_id = f.forecaster_id and f2.id < f.id) end)`;
const YES_NO = sql`f.outcome_status in ('yes', 'no')`;
const DEADLINE_PASSED = (now: string) => sql`(f.deadline is null or f.deadline < ${now})`;

/** The scored set's predicate, on top of scope and filters (see the header comment). */
function scoredSql(filters: AccuracyFilters, now: string): SQL {
  return sql`(${YES_NO} and ${DEADLINE_PASSED(now)} and ${filters.lowInfo === "1" ? sql`1` : sql`f.low_information = 0`} and ${FIRST_CLAIM})`;
}

const Y = sql`(f.outcome_status = 'yes')`;
/** Log score term with f clamped to [0.01, 0.99] (scoring.md section 2); SQLite's ln(). */
const LOG_TERM = sql`-(${Y} * ln(min(max(f.probability, 0.01), 0.99)) + (1 - ${Y}) * ln(1 - min(max(f.probability, 0.01), 0.99)))`;
/** Right side of 0.5 = 1, exactly 0.5 = half (lib/scoring/hit-rate.ts). */
const HIT_TERM = sql`(case when f.probability = 0.5 then 0.5 when (f.probability > 0.5) = ${Y} then 1.0 else 0.0 end)`;
const BRIER_TERM = sql`((f.probability - ${Y}) * (f.probability - ${Y}))`;
/** Best and worst Brier over the probability range (scoring.md: a forecast known only as a range). */
const HI = sql`coalesce(f.probability_high, f.probability)`;
const LO = sql`coalesce(f.probability_low, f.probability)`;
const BEST_TERM = sql`(case when ${Y} then (1 - ${HI}) * (1 - ${HI}) else ${LO} * ${LO} end)`;
const WORST_TERM = sql`(case when ${Y} then (1 - ${LO}) * (1 - ${LO}) else ${HI} * ${HI} end)`;

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

const COUNT_KEYS = ["total", "resolved", "open", "pastDue", "yesNo", "unscorable", "awaitingDeadline", "lowInformationExcluded", "sameClaimExcluded"] as const;
const SUM_KEYS = ["n", "sumF", "sumO", "sumF2", "sumFO", "sumLogScore", "sumHit", "sumBrier", "sumBrierSquares", "sumBest", "sumWorst"] as const;
type Sums = Record<(typeof SUM_KEYS)[number], number>;

/** Counts over the whole scope: one ungrouped pass. */
function countScan(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string): Record<(typeof COUNT_KEYS)[number], number> {
  return db.get(sql`
    select count(*) as total,
      coalesce(sum(f.outcome_status is not null), 0) as resolved,
      coalesce(sum(f.outcome_status is null and (f.deadline is null or f.deadline >= ${now})), 0) as open,
      coalesce(sum(f.outcome_status is null and f.deadline < ${now}), 0) as pastDue,
      coalesce(sum(${YES_NO}), 0) as yesNo,
      coalesce(sum(f.outcome_status in ('ambiguous', 'annulled', 'condition_not_met')), 0) as unscorable,
      coalesce(sum(${YES_NO} and f.deadline >= ${now}), 0) as awaitingDeadline,
      coalesce(sum(case when ${YES_NO} and ${DEADLINE_PASSED(now)} and f.low_information = 1 and ${filters.lowInfo} = '0' then ${FIRST_CLAIM} else 0 end), 0) as lowInformationExcluded,
      coalesce(sum(case when ${YES_NO} and ${DEADLINE_PASSED(now)} and (f.low_information = 0 or ${filters.lowInfo} = '1') then not ${FIRST_CLAIM} else 0 end), 0) as sameClaimExcluded
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)}`)!;
}

/** The scored forecasts' sums per (calibration bin, month resolved): the scored predicate is evaluated once per row, in WHERE. */
function scoredScan(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string) {
  const binKey = filters.bins === "lexicon" ? sql`coalesce(f.lexicon_class, 'STATED')` : BIN_EXPR;
  return db.all<{ bin: string | number; month: string } & Sums>(sql`
    select ${binKey} as bin, substr(coalesce(f.outcome_occurred_on, f.deadline, f.made_on), 1, 7) as month,
      count(*) as n, sum(f.probability) as sumF, sum(${Y}) as sumO, sum(f.probability * f.probability) as sumF2, sum(f.probability * ${Y}) as sumFO,
      sum(${LOG_TERM}) as sumLogScore, sum(${HIT_TERM}) as sumHit, sum(${BRIER_TERM}) as sumBrier, sum(${BRIER_TERM} * ${BRIER_TERM}) as sumBrierSquares,
      sum(${BEST_TERM}) as sumBest, sum(${WORST_TERM}) as sumWorst
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}
    group by 1, 2`);
}

function add(into: Partial<Sums>, row: Sums) {
  for (const k of SUM_KEYS) into[k] = (into[k] ?? 0) + Number(row[k] ?? 0);
}

/** Counts, scores, bins and the score over time: the two scans and nothing else. */
function computeFigures(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string) {
  const rawCounts = countScan(db, scope, filters, now);
  const rows = scoredScan(db, scope, filters, now);
  const totals: Partial<Sums> = {};
  const byBin = new Map<string | number, Partial<Sums>>();
  const byMonth = new Map<string, Partial<Sums>>();
  for (const r of rows) {
    add(totals, r);
    if (!byBin.has(r.bin)) byBin.set(r.bin, {});
    add(byBin.get(r.bin)!, r);
    if (!byMonth.has(r.month)) byMonth.set(r.month, {});
    add(byMonth.get(r.month)!, r);
  }
  const t = (k: (typeof SUM_KEYS)[number]) => totals[k] ?? 0;
  const n = t("n");
  const counts: AccuracyCounts = { ...rawCounts, scored: n };
  const summary = summaryFromAggregates({ n, sumF: t("sumF"), sumO: t("sumO"), sumF2: t("sumF2"), sumFO: t("sumFO"), sumLogScore: n ? t("sumLogScore") : null, sumHit: n ? t("sumHit") : null });
  const standardError = brierStandardError({ n, sumBrier: t("sumBrier"), sumBrierSquares: t("sumBrierSquares") });
  const binRows = [...byBin.entries()].map(([bin, v]) => ({ bin, n: v.n ?? 0, sumF: v.sumF ?? 0, sumO: v.sumO ?? 0, sumF2: v.sumF2 ?? 0, sumFO: v.sumFO ?? 0 }));
  // Lexicon bins: forecasts with a stated number have no class and are left out of that chart.
  const calibration =
    filters.bins === "lexicon"
      ? lexiconBinsFromAggregates(binRows.filter((b) => b.bin !== "STATED").map(({ bin, ...sums }) => ({ lexiconClass: String(bin), ...sums }) satisfies LexiconBinAggregate))
      : binsFromAggregates(binRows.map(({ bin, ...sums }) => ({ bin: Number(bin), ...sums }) satisfies BinAggregate).sort((a, b) => a.bin - b.bin), DEFAULT_BIN_COUNT);
  const d = calibration.decomposition;

  let cumN = 0;
  let cumBrier = 0;
  const scoreOverTime = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, v]) => {
      cumN += v.n ?? 0;
      cumBrier += v.sumBrier ?? 0;
      return { month, resolvedThisMonth: v.n ?? 0, cumulativeN: cumN, brier: cumBrier / cumN };
    });

  const accuracy = {
    counts,
    shareScorable: counts.resolved ? counts.yesNo / counts.resolved : null,
    summary,
    standardError,
    range: n ? { best: t("sumBest") / n, worst: t("sumWorst") / n } : null,
    decomposition: d,
    skillVsBaseRate: d ? skillVsBaseRate(d) : null,
    binStyle: filters.bins,
    bins: calibration.bins.map((b) => ({ ...b, label: "label" in b ? String(b.label) : `${Math.round(b.lo * 100)}–${Math.round(b.hi * 100)}%` })),
  };
  return { accuracy, scoreOverTime };
}

/** Everything an accuracy panel shows, in one object (the JSON of GET /api/v1/accuracy). */
export function getAccuracyView(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  const { accuracy, scoreOverTime } = computeFigures(db, scope, filters, now);
  return {
    asOf: now,
    filters,
    accuracy,
    binMembers: accuracy.counts.scored <= MEMBER_LIST_LIMIT ? getBinMembers(db, scope, filters, 6, now) : [],
    timeline: getTimeline(db, scope, filters),
    scoreOverTime,
  };
}
export type AccuracyView = ReturnType<typeof getAccuracyView>;

/** The figures alone (counts, scores, bins), for callers that do not draw charts. */
export function getAccuracy(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  return computeFigures(db, scope, filters, now).accuracy;
}

/** Up to `perBin` forecasts behind each calibration point, for the chart's tooltips. */
export function getBinMembers(db: DB, scope: AccuracyScope, filters: AccuracyFilters, perBin = 6, now = today()) {
  const where = sql`${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}`;
  const key = filters.bins === "lexicon" ? sql`f.lexicon_class` : BIN_EXPR;
  return db.all<{ binKey: string | number; id: number; question: string; probability: number; status: string }>(sql`
    select binKey, id, question, probability, status from (
      select ${key} as binKey, f.id, f.question, f.probability, f.outcome_status as status,
        row_number() over (partition by ${key} order by f.made_on desc, f.id) as rn
      from forecasts f where ${where}
    ) where rn <= ${perBin}`);
}

/** Each forecast from made-on date to deadline, latest made first (bounded for large scopes). */
export function getTimeline(db: DB, scope: AccuracyScope, filters: AccuracyFilters, limit = 60) {
  return db.all<{ id: number; question: string; madeOn: string; deadline: string | null; status: string | null; occurredOn: string | null; probability: number; polarity: string }>(sql`
    select f.id, f.question, f.made_on as madeOn, f.deadline, f.outcome_status as status, f.outcome_occurred_on as occurredOn, f.probability, f.polarity
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)}
    order by f.made_on desc, f.id desc limit ${limit}`);
}

export function getScoreOverTime(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  return computeFigures(db, scope, filters, now).scoreOverTime;
}

type LeaderboardRow = { key: string; name: string; kind: string; n: number; sumBrier: number; sumBrierSquares: number; resolved: number; total: number };

/** Per-forecaster or per-outlet aggregates for the leaderboard (sums only; ranking in lib/scoring). */
export function getLeaderboardAggregates(db: DB, by: "forecaster" | "outlet", filters: AccuracyFilters, now = today()): LeaderboardRow[] {
  const scored = scoredSql(filters, now);
  const sums = sql`count(*) as total, coalesce(sum(f.outcome_status is not null), 0) as resolved,
    coalesce(sum(case when ${scored} then 1 else 0 end), 0) as n,
    coalesce(sum(case when ${scored} then ${BRIER_TERM} end), 0) as sumBrier,
    coalesce(sum(case when ${scored} then ${BRIER_TERM} * ${BRIER_TERM} end), 0) as sumBrierSquares`;
  if (by === "forecaster") {
    return db.all<LeaderboardRow>(sql`
      select p.slug as key, p.name, p.kind, s.n, s.sumBrier, s.sumBrierSquares, s.resolved, s.total
      from (select f.forecaster_id as pid, ${sums} from forecasts f where ${filterSql(filters)} group by f.forecaster_id) s
      join people p on p.id = s.pid`);
  }
  // Per article first (index-ordered), then per outlet: an article counts for its outlet and,
  // when republished or translated, for the original outlet too.
  return db.all<LeaderboardRow>(sql`
    with per_article as (
      select f.article_id, ${sums} from forecasts f where ${filterSql(filters)} group by f.article_id
    ), article_outlets as (
      select id as article_id, outlet_id from articles where outlet_id is not null
      union select id, original_outlet_id from articles where original_outlet_id is not null
    )
    select u.slug as key, u.name, 'outlet' as kind, sum(pa.n) as n, sum(pa.sumBrier) as sumBrier, sum(pa.sumBrierSquares) as sumBrierSquares,
      sum(pa.resolved) as resolved, sum(pa.total) as total
    from per_article pa join article_outlets ao on ao.article_id = pa.article_id join outlets u on u.id = ao.outlet_id
    group by u.id`);
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

