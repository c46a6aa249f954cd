/**
 * The SQL half of the accuracy figures: counts and the sums the scoring engine folds into scores
 * (lib/accuracy/figures.ts with lib/scoring, "aggregate path"), grouped by calibration bin and
 * month, plus the rows behind the charts (bin members, timeline) and the leaderboard's per-source
 * sums, for one scope (a forecaster, an author's published forecasts of others, an outlet, or
 * everything). Rows and sums only: no scores are computed here.
 *
 * Each SQL term below mirrors a pure function in lib/scoring (named beside it); the parity test
 * lib/accuracy/figures.test.ts keeps the two equal. Adding a rule: docs/scoring.md section 6.
 *
 * Which forecasts are scored (docs/scoring.md sections 2-3):
 *   - resolved yes or no (ambiguous, annulled and condition-not-met are counted, not scored);
 *   - whose deadline has passed (or that have none), so early YES resolutions do not bias the
 *     calibration (as Metaculus does);
 *   - one forecast per claim: when one forecaster made several forecasts about the same shared
 *     event, only the one whose words count (claimPriority) is scored;
 *   - low-information forecasts unless the reader leaves them out.
 *
 * Two scans per page: getAccuracyCounts over the scope, and getScoredSums grouping the scored
 * forecasts by (calibration bin, month resolved); the handful of group rows are folded in lib/. forecasts.outcome_status / outcome_occurred_on and the covering index
 * forecasts_scoring_idx keep that scan off the outcomes table.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Language } from "@/lib/vocabulary";
import type { DB } from "../client";

/** Which forecasts an accuracy query covers and how it bins them (validated in lib/accuracy/filters.ts). */
export interface AccuracyFilters {
  from?: string;
  to?: string;
  topic?: string;
  language?: Language;
  /** "0" leaves out low-information wording (POSSIBLE, NOT_RULED_OUT). */
  lowInfo: "0" | "1";
  bins: "decile" | "lexicon";
}

/** A row id, or a subquery that yields it (a scope named by slug in a list filter). */
type Id = number | SQL;

export type AccuracyScope =
  | { kind: "all" }
  | { kind: "forecaster"; personId: Id }
  | { kind: "published-by"; personId: Id } // an author's articles, forecasts of others only
  | { kind: "outlet"; outletId: Id } // the outlet an article counts for: its original outlet, else its own (OUTLET_OF)
  | { kind: "article"; articleId: Id };

/**
 * The one outlet an article's forecasts count for (docs/scoring.md 2.11): the original outlet of a
 * republication or translation, else the outlet that published it. A republication counts once.
 */
const OUTLET_OF = (a: string) => sql.raw(`coalesce(${a}.original_outlet_id, ${a}.outlet_id)`);

/**
 * The equal-width bin on integer percentages (lib/scoring/bin-index.ts equalWidthBinIndex): integer
 * arithmetic only, so 0.15 and 0.35 never fall to float edges. The count is inlined because bound
 * JavaScript numbers arrive in SQLite as REAL, which would turn the integer division into a real
 * one; it is checked to be a small whole number first. The caller (lib) passes the bin count.
 */
export function binExpr(count: number): SQL {
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new RangeError(`bin count ${count} must be a whole number from 1 to 100`);
  return sql.raw(`min(cast(round(100 * f.probability) as integer) * ${count} / 100, ${count - 1})`);
}

function scopeSql(scope: AccuracyScope): SQL {
  switch (scope.kind) {
    case "all":
      return sql`1`;
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

/** A scope as it appears in URLs ("person:SLUG", "outlet:SLUG", ...; lib/accuracy/scope.ts), with its id looked up in SQL. */
export function scopeFromKey(key: string): AccuracyScope {
  if (key === "all") return { kind: "all" };
  const [kind, slug] = key.split(":") as [string, string];
  switch (kind) {
    case "person":
      return { kind: "forecaster", personId: sql`(select id from people where slug = ${slug})` };
    case "published-by":
      return { kind: "published-by", personId: sql`(select id from people where slug = ${slug})` };
    case "outlet":
      return { kind: "outlet", outletId: sql`(select id from outlets where slug = ${slug})` };
    case "article":
      return { kind: "article", articleId: sql`(select id from articles where slug = ${slug})` };
    default:
      throw new RangeError(`unknown scope ${key}`);
  }
}

function filterSql(filters: AccuracyFilters): SQL {
  const parts: SQL[] = [sql`1`];
  if (filters.from) parts.push(sql`f.made_on >= ${filters.from}`);
  if (filters.to) parts.push(sql`f.made_on <= ${filters.to}`);
  if (filters.language) parts.push(sql`f.language = ${filters.language}`);
  if (filters.topic)
    parts.push(sql`f.id in (select ft.forecast_id from forecast_topics ft join topics t on t.id = ft.topic_id where t.slug = ${filters.topic})`);
  return sql.join(parts, sql` and `);
}

/**
 * One forecast per claim (docs/scoring.md 2.1, "Which words count"): when one forecaster has
 * several forecasts about the same shared event, the one that counts follows from what was said,
 * not from the order of entry. Lower is better, in this order:
 *   1. the forecaster's own words: their own claim (attribution own or quoted), or a report that
 *      carries their words in quotation marks, before someone else's paraphrase of them;
 *   2. unconditional before conditional;
 *   3. dated: a stated deadline before an inferred one before none;
 *   4. worded: a definite likelihood before a low-information hedge (POSSIBLE, NOT_RULED_OUT);
 * then the earlier statement, then the lower id. The choice does not depend on outcomes or on the
 * page's filters: it is about the words. `t` is the table alias.
 */
export function claimPriority(t: string): SQL {
  const c = sql.raw(t);
  return sql`((case when ${c}.attribution <> 'reported' or instr(${c}.quote, '"') > 0 or instr(${c}.quote, '“') > 0 or instr(${c}.quote, '„') > 0 or instr(${c}.quote, '«') > 0 or instr(${c}.quote, '»') > 0 then 0 else 1000 end)
    + (case when ${c}.condition is null then 0 else 100 end)
    + (case ${c}.deadline_basis when 'stated' then 0 when 'inferred' then 10 else 20 end)
    + ${c}.low_information)`;
}
/** f2 is a better record of the same claim than f (index forecasts_event_claim_idx finds the siblings). */
const BETTER_SIBLING = sql`f2.event_id = f.event_id and f2.forecaster_id = f.forecaster_id and f2.id <> f.id
  and (${claimPriority("f2")} < ${claimPriority("f")} or (${claimPriority("f2")} = ${claimPriority("f")} and (f2.made_on < f.made_on or (f2.made_on = f.made_on and f2.id < f.id))))`;
/** The one place that says whether a forecast counts for its claim (the kept sums store its value per forecast). */
export const COUNTS_FOR_CLAIM = sql`(case when f.event_id is null then 1 else not exists (select 1 from forecasts f2 where ${BETTER_SIBLING}) end)`;

/** For each forecast that does not count for its claim, the forecast that does (the lowest-priority sibling). */
export function getClaimRepresentatives(db: DB, forecastIds: number[]): Map<number, number> {
  if (!forecastIds.length) return new Map();
  const rows = db.all<{ id: number; representative: number }>(sql`
    select f.id, (select f2.id from forecasts f2 where ${BETTER_SIBLING}
      order by ${claimPriority("f2")}, f2.made_on, f2.id limit 1) as representative
    from forecasts f where f.id in (${sql.join(
      forecastIds.map((id) => sql`${id}`),
      sql`, `,
    )}) and f.event_id is not null`);
  return new Map(rows.filter((r) => r.representative !== null).map((r) => [r.id, r.representative]));
}

const YES_NO = sql`f.outcome_status in ('yes', 'no')`;
const DEADLINE_PASSED = (now: string) => sql`(f.deadline is null or f.deadline < ${now})`;

/** The scored set's predicate, on top of scope and filters (see the header comment). */
function scoredSql(filters: AccuracyFilters, now: string): SQL {
  return sql`(${YES_NO} and ${DEADLINE_PASSED(now)} and ${filters.lowInfo === "1" ? sql`1` : sql`f.low_information = 0`} and ${COUNTS_FOR_CLAIM})`;
}

/**
 * The ids of exactly the forecasts behind a scope's figures: the same scope, filters and scored
 * predicate as getScoredSums, as a subquery (the forecast list's `scored` filter uses it).
 */
export function scoredIdsSql(scope: AccuracyScope, filters: AccuracyFilters, now: string): SQL {
  return sql`select f.id from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}`;
}

export function getScoredForecastIds(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string): number[] {
  return db.all<{ id: number }>(sql`${scoredIdsSql(scope, filters, now)} order by f.id`).map((r) => r.id);
}

/**
 * One forecast against each rule of the scored set (docs/scoring.md 2.1), evaluated with the same
 * SQL terms, plus the outlet it counts for; lib/accuracy/forecast-verdict.ts says it in words.
 */
export function getForecastScoring(db: DB, id: number, now: string) {
  return (
    db.get<{
      yesNo: number;
      deadlinePassed: number;
      firstClaim: number;
      lowInformation: number;
      countsForOutletSlug: string | null;
      countsForOutletName: string | null;
    }>(sql`
    select ${YES_NO} as yesNo, ${DEADLINE_PASSED(now)} as deadlinePassed, ${COUNTS_FOR_CLAIM} as firstClaim, f.low_information as lowInformation,
      o.slug as countsForOutletSlug, o.name as countsForOutletName
    from forecasts f join articles a on a.id = f.article_id left join outlets o on o.id = ${OUTLET_OF("a")}
    where f.id = ${id}`) ?? null
  );
}

const Y = sql`(f.outcome_status = 'yes')`;
/** Log score term with f clamped to [0.01, 0.99] (scoring.md section 2); SQLite's ln(). */
export const LOG_TERM = sql`-(${Y} * ln(min(max(f.probability, 0.01), 0.99)) + (1 - ${Y}) * ln(1 - min(max(f.probability, 0.01), 0.99)))`;
/** Right side of 0.5 = 1, exactly 0.5 = half (lib/scoring/hit-rate.ts). */
export const HIT_TERM = sql`(case when f.probability = 0.5 then 0.5 when (f.probability > 0.5) = ${Y} then 1.0 else 0.0 end)`;
export const BRIER_TERM = sql`((f.probability - ${Y}) * (f.probability - ${Y}))`;
/** Best and worst Brier over the probability range (scoring.md: a forecast known only as a range). */
const HI = sql`coalesce(f.probability_high, f.probability)`;
const LO = sql`coalesce(f.probability_low, f.probability)`;
export const BEST_TERM = sql`(case when ${Y} then (1 - ${HI}) * (1 - ${HI}) else ${LO} * ${LO} end)`;
export const WORST_TERM = sql`(case when ${Y} then (1 - ${LO}) * (1 - ${LO}) else ${HI} * ${HI} end)`;

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

export const SUM_KEYS = ["n", "sumF", "sumO", "sumF2", "sumFO", "sumLogScore", "sumHit", "sumBrier", "sumBrierSquares", "sumBest", "sumWorst"] as const;
export type ScoredSums = Record<(typeof SUM_KEYS)[number], number>;

/** Counts over the whole scope: one ungrouped pass. */
export function getAccuracyCounts(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string): Omit<AccuracyCounts, "scored"> {
  return db.get(sql`
    select count(*) as total,
      coalesce(sum(f.outcome_status is not null), 0) as resolved,
      coalesce(sum(f.outcome_status is null and (f.deadline is null or f.deadline >= ${now})), 0) as open,
      coalesce(sum(f.outcome_status is null and f.deadline < ${now}), 0) as pastDue,
      coalesce(sum(${YES_NO}), 0) as yesNo,
      coalesce(sum(f.outcome_status in ('ambiguous', 'annulled', 'condition_not_met')), 0) as unscorable,
      coalesce(sum(${YES_NO} and f.deadline >= ${now}), 0) as awaitingDeadline,
      coalesce(sum(case when ${YES_NO} and ${DEADLINE_PASSED(now)} and f.low_information = 1 and ${filters.lowInfo} = '0' then ${COUNTS_FOR_CLAIM} else 0 end), 0) as lowInformationExcluded,
      coalesce(sum(case when ${YES_NO} and ${DEADLINE_PASSED(now)} and (f.low_information = 0 or ${filters.lowInfo} = '1') then not ${COUNTS_FOR_CLAIM} else 0 end), 0) as sameClaimExcluded
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)}`)!;
}

/** The scored forecasts' sums per (calibration bin, month resolved): the scored predicate is evaluated once per row, in WHERE. */
export function getScoredSums(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string, binCount: number) {
  const binKey = filters.bins === "lexicon" ? sql`coalesce(f.lexicon_class, 'STATED')` : binExpr(binCount);
  return db.all<{ bin: string | number; month: string } & ScoredSums>(sql`
    select ${binKey} as bin, substr(coalesce(f.outcome_occurred_on, f.deadline, f.made_on), 1, 7) as month,
      count(*) as n, sum(f.probability) as sumF, sum(${Y}) as sumO, sum(f.probability * f.probability) as sumF2, sum(f.probability * ${Y}) as sumFO,
      sum(${LOG_TERM}) as sumLogScore, sum(${HIT_TERM}) as sumHit, sum(${BRIER_TERM}) as sumBrier, sum(${BRIER_TERM} * ${BRIER_TERM}) as sumBrierSquares,
      sum(${BEST_TERM}) as sumBest, sum(${WORST_TERM}) as sumWorst
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}
    group by 1, 2`);
}

/** Up to `perBin` forecasts behind each calibration point, for the chart's tooltips. */
export function getBinMembers(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string, binCount: number, perBin = 6) {
  const where = sql`${scopeSql(scope)} and ${filterSql(filters)} and ${scoredSql(filters, now)}`;
  const key = filters.bins === "lexicon" ? sql`f.lexicon_class` : binExpr(binCount);
  return db.all<{ binKey: string | number; id: number; question: string; probability: number; status: string }>(sql`
    select binKey, id, question, probability, status from (
      select ${key} as binKey, f.id, f.question, f.probability, f.outcome_status as status,
        row_number() over (partition by ${key} order by f.made_on desc, f.id) as rn
      from forecasts f where ${where}
    ) where rn <= ${perBin}`);
}

/** Each forecast from made-on date to deadline, latest made first (bounded for large scopes). */
export function getTimeline(db: DB, scope: AccuracyScope, filters: AccuracyFilters, limit = 60) {
  return db.all<{
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
    select f.id, f.question, (select p.name from people p where p.id = f.forecaster_id) as forecaster, f.made_on as madeOn, f.deadline, f.outcome_status as status, f.outcome_occurred_on as occurredOn, f.probability, f.polarity
    from forecasts f where ${scopeSql(scope)} and ${filterSql(filters)}
    order by f.made_on desc, f.id desc limit ${limit}`);
}

export type LeaderboardSumsRow = {
  key: string;
  name: string;
  kind: string;
  n: number;
  sumBrier: number;
  sumBrierSquares: number;
  resolved: number;
  total: number;
};

/**
 * Per-forecaster or per-outlet sums for the leaderboard as a relation (id, n, sumBrier,
 * sumBrierSquares, resolved, total), one row per source with a forecast in the filtered set:
 * what db/queries/leaderboard.ts ranks when the kept sums do not cover the filters.
 */
export function scannedBoardSource(by: "forecaster" | "outlet", filters: AccuracyFilters, now: string): SQL {
  const scored = scoredSql(filters, now);
  const sums = sql`count(*) as total, coalesce(sum(f.outcome_status is not null), 0) as resolved,
    coalesce(sum(case when ${scored} then 1 else 0 end), 0) as n,
    coalesce(sum(case when ${scored} then ${BRIER_TERM} end), 0) as sumBrier,
    coalesce(sum(case when ${scored} then ${BRIER_TERM} * ${BRIER_TERM} end), 0) as sumBrierSquares`;
  if (by === "forecaster") return sql`select f.forecaster_id as id, ${sums} from forecasts f where ${filterSql(filters)} group by f.forecaster_id`;
  // Per article first (index-ordered), then per outlet: an article counts once, for the outlet
  // OUTLET_OF names (the original outlet of a republication or translation, else its own).
  return sql`select ao.outlet_id as id, sum(pa.n) as n, sum(pa.sumBrier) as sumBrier, sum(pa.sumBrierSquares) as sumBrierSquares,
      sum(pa.resolved) as resolved, sum(pa.total) as total
    from (select f.article_id, ${sums} from forecasts f where ${filterSql(filters)} group by f.article_id) pa
    join (select a.id as article_id, ${OUTLET_OF("a")} as outlet_id from articles a where ${OUTLET_OF("a")} is not null) ao on ao.article_id = pa.article_id
    group by ao.outlet_id`;
}

/** The names behind a board's ids: people (forecasters) or outlets, as (id, key, name, kind). */
export function boardNames(by: "forecaster" | "outlet"): SQL {
  return by === "forecaster"
    ? sql`select p.id, p.slug as key, p.name, p.kind from people p`
    : sql`select u.id, u.slug as key, u.name, 'outlet' as kind from outlets u`;
}

/** A board source's rows with their names (ranked in TypeScript by lib/accuracy/leaderboard.ts for the full ranking). */
export function boardSumsWithNames(db: DB, by: "forecaster" | "outlet", source: SQL): LeaderboardSumsRow[] {
  return db.all<LeaderboardSumsRow>(sql`
    select nm.key, nm.name, nm.kind, s.n, s.sumBrier, s.sumBrierSquares, s.resolved, s.total
    from (${source}) s join (${boardNames(by)}) nm on nm.id = s.id`);
}

/** Per-forecaster or per-outlet aggregates for the leaderboard, scanned (sums only). */
export function getLeaderboardSums(db: DB, by: "forecaster" | "outlet", filters: AccuracyFilters, now: string): LeaderboardSumsRow[] {
  return boardSumsWithNames(db, by, scannedBoardSource(by, filters, now));
}

/** The id behind a slug, for resolving a URL scope (lib/accuracy/scope.ts). */
export function getScopeOwnerId(db: DB, table: "people" | "outlets" | "articles", slug: string): number | null {
  const row =
    table === "people"
      ? db.get<{ id: number }>(sql`select id from people where slug = ${slug}`)
      : table === "outlets"
        ? db.get<{ id: number }>(sql`select id from outlets where slug = ${slug}`)
        : db.get<{ id: number }>(sql`select id from articles where slug = ${slug}`);
  return row?.id ?? null;
}
