/**
 * Kept accuracy sums: the SQL that maintains the kept_* tables (db/schema.ts) from the ledger.
 * Called only through lib/accuracy/kept-sums.ts, which every write path uses; reads are in
 * kept-sums-read.ts. docs/scoring.md section 6.1 explains the tables.
 *
 * A write names the forecasts it changed. The set grows by their claim siblings (same event and
 * forecaster: whether a forecast counts for its claim depends on them), then one pass subtracts
 * each forecast's previous contribution (kept_contributions), stores the new one, and adds it,
 * all aggregated by key before touching the sums, so an unchanged forecast cancels exactly.
 * The SQL terms and the claim predicate are the ones of db/queries/accuracy.ts (one rule, one
 * definition).
 */
import { type SQL, sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";
import { BEST_TERM, BRIER_TERM, binExpr, COUNTS_FOR_CLAIM, HIT_TERM, LOG_TERM, WORST_TERM } from "./accuracy";

type Runner = Tx | DB;

const Y = sql`(f.outcome_status = 'yes')`;

/** A forecast's contribution as stored: computed from forecasts (alias f) with the current past_before. */
function contributionSelect(pastBefore: string, binCount: number, where: SQL): SQL {
  return sql`select f.id, f.forecaster_id, f.article_id, f.event_id, f.outcome_status, f.deadline,
      case when f.deadline is null then 'none' when f.deadline < ${pastBefore} then 'past' else f.deadline end,
      f.low_information, ${COUNTS_FOR_CLAIM}, ${binExpr(binCount)}, coalesce(f.lexicon_class, 'STATED'),
      substr(coalesce(f.outcome_occurred_on, f.deadline, f.made_on), 1, 7), f.probability, f.probability_low, f.probability_high
    from forecasts f where ${where}`;
}

const CONTRIBUTION_COLUMNS = sql.raw(
  "forecast_id, forecaster_id, article_id, event_id, outcome_status, deadline, part, low_information, counts_for_claim, bin_decile, bin_class, month, probability, probability_low, probability_high",
);

/**
 * Each contribution once per scope it belongs to (all; its forecaster; each author of the article
 * who is not the forecaster; the one outlet the article counts for: its original outlet, else its own, as OUTLET_OF in
 * db/queries/accuracy.ts), with a sign: the shape
 * the sums are aggregated from. `c` is the contributions' source relation.
 */
function scopedSelect(source: SQL, sign: number): SQL {
  const cols = sql.raw(
    "c.outcome_status, c.deadline, c.part, c.low_information, c.counts_for_claim, c.bin_decile, c.bin_class, c.month, c.probability, c.probability_low, c.probability_high",
  );
  const s = sql.raw(String(sign));
  return sql`select 'all', 0, ${s}, ${cols} from ${source} c
    union all select 'forecaster', c.forecaster_id, ${s}, ${cols} from ${source} c
    union all select 'published-by', aa.person_id, ${s}, ${cols} from ${source} c join article_authors aa on aa.article_id = c.article_id and aa.person_id <> c.forecaster_id
    union all select 'outlet', coalesce(a.original_outlet_id, a.outlet_id), ${s}, ${cols} from ${source} c join articles a on a.id = c.article_id
      where coalesce(a.original_outlet_id, a.outlet_id) is not null`;
}

const SCOPED_COLUMNS =
  "scope_kind, scope_id, sign, outcome_status, deadline, part, low_information, counts_for_claim, bin_decile, bin_class, month, probability, probability_low, probability_high";

/** Adds the signed, scoped rows of `src` (alias f) into the five sum tables. */
function aggregateInto(db: Runner, src: SQL) {
  const yesNo = sql`f.outcome_status in ('yes', 'no')`;
  const w = sql`f.sign`;
  // The leaderboard's settled sums: what kept_board holds under the parts 'none' and 'past'.
  const settled = sql`(coalesce(${yesNo}, 0) and f.counts_for_claim = 1 and f.part in ('none', 'past'))`;
  const informative = sql`(${settled} and f.low_information = 0)`;
  db.run(sql`insert into kept_totals (scope_kind, scope_id, total, resolved, open, yes_no, unscorable,
      board_n, board_sum_brier, board_sum_brier_squares, board_n_informative, board_sum_brier_informative, board_sum_brier_squares_informative)
    select f.scope_kind, f.scope_id, sum(${w}), sum(${w} * (f.outcome_status is not null)), sum(${w} * (f.outcome_status is null)),
      sum(${w} * coalesce(${yesNo}, 0)), sum(${w} * coalesce(f.outcome_status in ('ambiguous', 'annulled', 'condition_not_met'), 0)),
      sum(${w} * ${settled}), sum(case when ${settled} then ${w} * ${BRIER_TERM} else 0 end),
      sum(case when ${settled} then ${w} * ${BRIER_TERM} * ${BRIER_TERM} else 0 end),
      sum(${w} * ${informative}), sum(case when ${informative} then ${w} * ${BRIER_TERM} else 0 end),
      sum(case when ${informative} then ${w} * ${BRIER_TERM} * ${BRIER_TERM} else 0 end)
    from ${src} f where true group by 1, 2
    on conflict do update set total = total + excluded.total, resolved = resolved + excluded.resolved, open = open + excluded.open,
      yes_no = yes_no + excluded.yes_no, unscorable = unscorable + excluded.unscorable,
      board_n = board_n + excluded.board_n, board_sum_brier = board_sum_brier + excluded.board_sum_brier,
      board_sum_brier_squares = board_sum_brier_squares + excluded.board_sum_brier_squares, board_n_informative = board_n_informative + excluded.board_n_informative,
      board_sum_brier_informative = board_sum_brier_informative + excluded.board_sum_brier_informative,
      board_sum_brier_squares_informative = board_sum_brier_squares_informative + excluded.board_sum_brier_squares_informative`);
  db.run(sql`insert into kept_pending (scope_kind, scope_id, deadline, n)
    select f.scope_kind, f.scope_id, f.deadline, sum(${w}) from ${src} f where f.outcome_status is null and f.deadline is not null group by 1, 2, 3
    on conflict do update set n = n + excluded.n`);
  db.run(sql`insert into kept_scored (scope_kind, scope_id, part, low_information, counts_for_claim, bin_decile, bin_class,
      n, sum_f, sum_o, sum_f2, sum_fo, sum_log_score, sum_hit, sum_brier, sum_brier_squares, sum_best, sum_worst)
    select f.scope_kind, f.scope_id, f.part, f.low_information, f.counts_for_claim, f.bin_decile, f.bin_class,
      sum(${w}), sum(${w} * f.probability), sum(${w} * ${Y}), sum(${w} * f.probability * f.probability), sum(${w} * f.probability * ${Y}),
      sum(${w} * ${LOG_TERM}), sum(${w} * ${HIT_TERM}), sum(${w} * ${BRIER_TERM}), sum(${w} * ${BRIER_TERM} * ${BRIER_TERM}),
      sum(${w} * ${BEST_TERM}), sum(${w} * ${WORST_TERM})
    from ${src} f where ${yesNo} group by 1, 2, 3, 4, 5, 6, 7
    on conflict do update set n = n + excluded.n, sum_f = sum_f + excluded.sum_f, sum_o = sum_o + excluded.sum_o, sum_f2 = sum_f2 + excluded.sum_f2,
      sum_fo = sum_fo + excluded.sum_fo, sum_log_score = sum_log_score + excluded.sum_log_score, sum_hit = sum_hit + excluded.sum_hit,
      sum_brier = sum_brier + excluded.sum_brier, sum_brier_squares = sum_brier_squares + excluded.sum_brier_squares,
      sum_best = sum_best + excluded.sum_best, sum_worst = sum_worst + excluded.sum_worst`);
  db.run(sql`insert into kept_board (scope_kind, scope_id, part, low_information, n, sum_brier, sum_brier_squares)
    select f.scope_kind, f.scope_id, f.part, f.low_information, sum(${w}), sum(${w} * ${BRIER_TERM}), sum(${w} * ${BRIER_TERM} * ${BRIER_TERM})
    from ${src} f where ${yesNo} and f.counts_for_claim = 1 group by 1, 2, 3, 4
    on conflict do update set n = n + excluded.n, sum_brier = sum_brier + excluded.sum_brier, sum_brier_squares = sum_brier_squares + excluded.sum_brier_squares`);
  db.run(sql`insert into kept_months (scope_kind, scope_id, part, low_information, month, n, sum_brier)
    select f.scope_kind, f.scope_id, f.part, f.low_information, f.month, sum(${w}), sum(${w} * ${BRIER_TERM})
    from ${src} f where ${yesNo} and f.counts_for_claim = 1 group by 1, 2, 3, 4, 5
    on conflict do update set n = n + excluded.n, sum_brier = sum_brier + excluded.sum_brier`);
}

const SUM_TABLES = ["kept_totals", "kept_pending", "kept_scored", "kept_board", "kept_months"] as const;

/** The month boundary below which deadlines are kept as 'past'; null until the kept sums were first built. */
export function getPastBefore(db: Runner): string | null {
  return db.get<{ p: string }>(sql`select past_before as p from kept_sums_meta where id = 1`)?.p ?? null;
}

/** Rebuilds every kept table from the ledger (npm run db:rebuild-sums, the seed loader, bulk writes). */
export function rebuildKeptSums(db: Runner, pastBefore: string, binCount: number) {
  for (const t of [...SUM_TABLES, "kept_contributions"]) db.run(sql.raw(`delete from ${t}`));
  db.run(sql`insert or replace into kept_sums_meta (id, past_before) values (1, ${pastBefore})`);
  db.run(sql`insert into kept_contributions (${CONTRIBUTION_COLUMNS}) ${contributionSelect(pastBefore, binCount, sql`1`)}`);
  db.run(sql`create temp table if not exists kept_scoped (${sql.raw(SCOPED_COLUMNS)})`);
  db.run(sql`delete from temp.kept_scoped`);
  db.run(sql`insert into temp.kept_scoped ${scopedSelect(sql`kept_contributions`, 1)}`);
  aggregateInto(db, sql`temp.kept_scoped`);
  db.run(sql`delete from temp.kept_scoped`);
}

/**
 * Stages the forecasts a write changed in temp.kept_ids, with their claim siblings (same event and
 * forecaster, by the current and the previously kept values): whether a forecast counts for its
 * claim depends on its siblings. syncKeptSums and bumpForecastTags read the staged set.
 */
export function stageForecastIds(tx: Runner, forecastIds: Iterable<number>) {
  tx.run(sql`create temp table if not exists kept_ids (id integer primary key)`);
  tx.run(sql`delete from temp.kept_ids`);
  tx.run(sql`insert or ignore into temp.kept_ids (id) select value from json_each(${JSON.stringify([...forecastIds])})`);
  tx.run(sql`insert or ignore into temp.kept_ids (id)
    select f2.id from forecasts f2 join (
      select event_id, forecaster_id from forecasts where id in (select id from temp.kept_ids) and event_id is not null
      union select event_id, forecaster_id from kept_contributions where forecast_id in (select id from temp.kept_ids) and event_id is not null
    ) p on f2.event_id = p.event_id and f2.forecaster_id = p.forecaster_id`);
}

export function clearStagedIds(tx: Runner) {
  tx.run(sql`delete from temp.kept_ids`);
}

/**
 * Brings the kept sums up to date for the staged forecasts: subtracts what each contributed,
 * stores and adds what it contributes now (a forecast that no longer exists only leaves).
 */
export function syncKeptSums(tx: Runner, pastBefore: string, binCount: number) {
  tx.run(sql`create temp table if not exists kept_scoped (${sql.raw(SCOPED_COLUMNS)})`);
  tx.run(sql`delete from temp.kept_scoped`);
  const staged = sql`(select * from kept_contributions where forecast_id in (select id from temp.kept_ids))`;
  tx.run(sql`insert into temp.kept_scoped ${scopedSelect(staged, -1)}`);
  tx.run(sql`delete from kept_contributions where forecast_id in (select id from temp.kept_ids)`);
  tx.run(
    sql`insert into kept_contributions (${CONTRIBUTION_COLUMNS}) ${contributionSelect(pastBefore, binCount, sql`f.id in (select id from temp.kept_ids)`)}`,
  );
  tx.run(sql`insert into temp.kept_scoped ${scopedSelect(staged, 1)}`);
  aggregateInto(tx, sql`temp.kept_scoped`);
  // Rows that fell to zero (floating residue included) go, so a rebuild and the kept tables agree row for row.
  // Only a subtraction can bring a count to zero: a write that only added (new forecasts) skips this.
  if (tx.get(sql`select 1 as x from temp.kept_scoped where sign < 0 limit 1`)) {
    tx.run(sql`create temp table if not exists kept_touched (scope_kind text, scope_id integer, primary key (scope_kind, scope_id)) without rowid`);
    tx.run(sql`delete from temp.kept_touched`);
    tx.run(sql`insert or ignore into temp.kept_touched select scope_kind, scope_id from temp.kept_scoped`);
    const touched = sql`(scope_kind, scope_id) in (select scope_kind, scope_id from temp.kept_touched)`;
    tx.run(sql`delete from kept_totals where ${touched} and total = 0`);
    tx.run(sql`update kept_totals set board_sum_brier = 0, board_sum_brier_squares = 0 where ${touched} and board_n = 0`);
    tx.run(sql`update kept_totals set board_sum_brier_informative = 0, board_sum_brier_squares_informative = 0 where ${touched} and board_n_informative = 0`);
    for (const t of ["kept_pending", "kept_scored", "kept_board", "kept_months"]) tx.run(sql`delete from ${sql.raw(t)} where ${touched} and n = 0`);
    tx.run(sql`delete from temp.kept_touched`);
  }
  tx.run(sql`delete from temp.kept_scoped`);
}

/** Forecasts whose part moves from their deadline to 'past' when past_before advances to `next`. */
export function forecastsCrossingIntoPast(tx: Runner, from: string, next: string): number[] {
  return tx.all<{ id: number }>(sql`select id from forecasts where deadline >= ${from} and deadline < ${next}`).map((r) => r.id);
}

export function setPastBefore(tx: Runner, pastBefore: string) {
  tx.run(sql`update kept_sums_meta set past_before = ${pastBefore} where id = 1`);
}

/** Every row of the kept tables, ordered, for comparing the kept sums with a rebuild (tests). */
export function dumpKeptSums(db: Runner): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of [...SUM_TABLES, "kept_contributions"]) {
    const rows = db.all<Record<string, unknown>>(sql.raw(`select * from ${t}`));
    out[t] = rows
      .map((r) => [JSON.stringify(Object.values(r).slice(0, 9)), r] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, r]) => r);
  }
  return out;
}
