/**
 * Kept accuracy sums: the SQL that maintains the kept_* tables (db/schema.ts) from the ledger.
 * Called only through lib/accuracy/kept-sums.ts, which every write path uses; reads are in
 * kept-sums-read.ts. docs/scoring.md section 6.1 explains the tables.
 *
 * A write names the forecasts it changed. The set grows by their claim siblings (same event and
 * forecaster: whether a forecast counts for its claim depends on them), then one pass subtracts
 * each forecast's previous contribution (kept_contributions), stores the new one, and adds it,
 * all aggregated by key before touching the sums, so an unchanged forecast cancels exactly
 * (kept-sums-deltas.ts computes and applies those deltas).
 * The SQL terms and the claim predicate are the ones of db/queries/accuracy.ts (one rule, one
 * definition).
 */
import { type SQL, sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";
import { binExpr, COUNTS_FOR_CLAIM } from "./accuracy";
import { appendSigned, applyDeltas, clearDeltas, computeDeltas, emptyDeltas, SIGNED_SCOPES, signedSubtracts } from "./kept-sums-deltas";

type Runner = Tx | DB;

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

const SUM_TABLES = ["kept_totals", "kept_pending", "kept_scored", "kept_board", "kept_months"] as const;

/** The month boundary below which deadlines are kept as 'past'; null until the kept sums were first built. */
export function getPastBefore(db: Runner): string | null {
  return db.get<{ p: string }>(sql`select past_before as p from kept_sums_meta where id = 1`)?.p ?? null;
}

/**
 * The first half of a rebuild: every contribution and every sum computed from the ledger into
 * this connection's temp tables. It only reads the ledger, so it can run in a read transaction
 * while another connection writes (the bench generator indexes for search meanwhile); then
 * applyKeptRebuild, on the same connection, with nothing written to the ledger in between.
 */
export function computeKeptRebuild(db: Runner, pastBefore: string, binCount: number) {
  db.run(sql`create temp table if not exists kept_rebuilt (${CONTRIBUTION_COLUMNS})`);
  db.run(sql`delete from temp.kept_rebuilt`);
  db.run(sql`insert into temp.kept_rebuilt (${CONTRIBUTION_COLUMNS}) ${contributionSelect(pastBefore, binCount, sql`1`)}`);
  clearDeltas(db);
  appendSigned(db, sql`temp.kept_rebuilt`, 1);
  computeDeltas(db);
}

/** The second half: the kept tables replaced by what computeKeptRebuild computed. */
export function applyKeptRebuild(db: Runner, pastBefore: string) {
  for (const t of [...SUM_TABLES, "kept_contributions"]) db.run(sql.raw(`delete from ${t}`));
  db.run(sql`insert or replace into kept_sums_meta (id, past_before) values (1, ${pastBefore})`);
  db.run(sql`insert into kept_contributions (${CONTRIBUTION_COLUMNS}) select ${CONTRIBUTION_COLUMNS} from temp.kept_rebuilt`);
  applyDeltas(db);
  db.run(sql`delete from temp.kept_rebuilt`);
  emptyDeltas(db);
}

/** Rebuilds every kept table from the ledger (npm run db:rebuild-sums, the seed loader, bulk writes). */
export function rebuildKeptSums(db: Runner, pastBefore: string, binCount: number) {
  computeKeptRebuild(db, pastBefore, binCount);
  applyKeptRebuild(db, pastBefore);
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
  clearDeltas(tx);
  const staged = sql`(select * from kept_contributions where forecast_id in (select id from temp.kept_ids))`;
  appendSigned(tx, staged, -1);
  tx.run(sql`delete from kept_contributions where forecast_id in (select id from temp.kept_ids)`);
  tx.run(
    sql`insert into kept_contributions (${CONTRIBUTION_COLUMNS}) ${contributionSelect(pastBefore, binCount, sql`f.id in (select id from temp.kept_ids)`)}`,
  );
  appendSigned(tx, staged, 1);
  computeDeltas(tx);
  applyDeltas(tx);
  // Rows that fell to zero (floating residue included) go, so a rebuild and the kept tables agree row for row.
  // Only a subtraction can bring a count to zero: a write that only added (new forecasts) skips this.
  if (signedSubtracts(tx)) {
    tx.run(sql`create temp table if not exists kept_touched (scope_kind text, scope_id integer, primary key (scope_kind, scope_id)) without rowid`);
    tx.run(sql`delete from temp.kept_touched`);
    tx.run(sql`insert or ignore into temp.kept_touched select scope_kind, scope_id from ${SIGNED_SCOPES}`);
    const touched = sql`(scope_kind, scope_id) in (select scope_kind, scope_id from temp.kept_touched)`;
    tx.run(sql`delete from kept_totals where ${touched} and total = 0`);
    tx.run(sql`update kept_totals set board_sum_brier = 0, board_sum_brier_squares = 0 where ${touched} and board_n = 0`);
    tx.run(sql`update kept_totals set board_sum_brier_informative = 0, board_sum_brier_squares_informative = 0 where ${touched} and board_n_informative = 0`);
    for (const t of ["kept_pending", "kept_scored", "kept_board", "kept_months"]) tx.run(sql`delete from ${sql.raw(t)} where ${touched} and n = 0`);
    tx.run(sql`delete from temp.kept_touched`);
  }
  emptyDeltas(tx);
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
