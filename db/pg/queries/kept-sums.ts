/**
 * Kept accuracy sums on PostgreSQL: the twin of db/queries/kept-sums.ts, step for step (stage the
 * changed forecasts with their claim siblings, subtract their kept contributions, store and add
 * the new ones, drop rows that fell to zero; the past_before roll; the whole rebuild), in
 * PostgreSQL's SQL: booleans cast to 0/1, dates formatted as the text SQLite keeps, the conflict
 * targets named, and the staging tables typed session temp tables (emptied after each use and at
 * commit). The terms are db/pg/queries/accuracy.ts's (one rule, one definition per engine);
 * test/pg/ledger-writer.test.ts compares the kept tables with a rebuild and with SQLite's.
 */
import { type SQL, sql } from "drizzle-orm";
import type { PgTx } from "../client";
import { BEST_TERM, BRIER_TERM, binExprPg, COUNTS_FOR_CLAIM, HIT_TERM, LOG_TERM, WORST_TERM, Y } from "./accuracy";

const ymd = (c: string) => sql.raw(`to_char(${c}, 'YYYY-MM-DD')`);

function contributionSelect(pastBefore: string, binCount: number, where: SQL): SQL {
  return sql`select f.id, f.forecaster_id, f.article_id, f.event_id, f.outcome_status, ${ymd("f.deadline")},
      case when f.deadline is null then 'none' when f.deadline < ${pastBefore}::date then 'past' else ${ymd("f.deadline")} end,
      f.low_information::int, (${COUNTS_FOR_CLAIM})::int, ${binExprPg(binCount)}, coalesce(f.lexicon_class, 'STATED'),
      to_char(coalesce(f.outcome_occurred_on, f.deadline, f.made_on), 'YYYY-MM'), f.probability, f.probability_low, f.probability_high
    from forecasts f where ${where}`;
}

const CONTRIBUTION_COLUMNS = sql.raw(
  "forecast_id, forecaster_id, article_id, event_id, outcome_status, deadline, part, low_information, counts_for_claim, bin_decile, bin_class, month, probability, probability_low, probability_high",
);

/** db/queries/kept-sums.ts scopedSelect: each contribution once per scope, with a sign. */
function scopedSelect(source: SQL, sign: number, materialize = true): SQL {
  const cols = sql.raw(
    "c.outcome_status, c.deadline, c.part, c.low_information, c.counts_for_claim, c.bin_decile, c.bin_class, c.month, c.probability, c.probability_low, c.probability_high",
  );
  const s = sql.raw(String(sign));
  // A staged source read once for the four scopes (materialized): 10,000 staged contributions
  // were looked up four times, 110-120 ms against 50 ms. The rebuild scans the whole table instead.
  return sql`with c as ${sql.raw(materialize ? "materialized" : "not materialized")} (select * from ${source} c0)
    select 'all', 0, ${s}, ${cols} from c
    union all select 'forecaster', c.forecaster_id, ${s}, ${cols} from c
    union all select 'published-by', aa.person_id, ${s}, ${cols} from c join article_authors aa on aa.article_id = c.article_id and aa.person_id <> c.forecaster_id
    union all select 'outlet', coalesce(a.original_outlet_id, a.outlet_id), ${s}, ${cols} from c join articles a on a.id = c.article_id
      where coalesce(a.original_outlet_id, a.outlet_id) is not null`;
}

const SCOPED_TABLE = sql.raw(`create temp table if not exists kept_scoped (scope_kind text, scope_id integer, sign integer, outcome_status text,
  deadline text, part text, low_information integer, counts_for_claim integer, bin_decile integer, bin_class text, month text,
  probability float8, probability_low float8, probability_high float8) on commit delete rows`);
const IDS_TABLE = sql.raw("create temp table if not exists kept_ids (id integer primary key) on commit delete rows");

/** `t.c = t.c + excluded.c` for each column (PostgreSQL wants the target table named). */
const adds = (table: string, cols: string[]) => sql.raw(cols.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(", "));

const BOARD_COLUMNS = [
  "board_n",
  "board_sum_brier",
  "board_sum_brier_squares",
  "board_n_informative",
  "board_sum_brier_informative",
  "board_sum_brier_squares_informative",
];

/** The five sum tables' upserts from the signed, scoped rows of `src` (alias f): statements without parameters, run in one batch. */
function aggregateInto(src: SQL): SQL[] {
  const yesNo = sql`f.outcome_status in ('yes', 'no')`;
  const w = sql`f.sign`;
  // The leaderboard's settled sums: what kept_board holds under the parts 'none' and 'past'.
  const settled = sql`(coalesce(${yesNo}, false) and f.counts_for_claim = 1 and f.part in ('none', 'past'))`;
  const informative = sql`(${settled} and f.low_information = 0)`;
  return [
    sql`insert into kept_totals (scope_kind, scope_id, total, resolved, open, yes_no, unscorable,
      board_n, board_sum_brier, board_sum_brier_squares, board_n_informative, board_sum_brier_informative, board_sum_brier_squares_informative)
    select f.scope_kind, f.scope_id, sum(${w}), sum(${w} * (f.outcome_status is not null)::int), sum(${w} * (f.outcome_status is null)::int),
      sum(${w} * coalesce((${yesNo})::int, 0)), sum(${w} * coalesce((f.outcome_status in ('ambiguous', 'annulled', 'condition_not_met'))::int, 0)),
      sum(${w} * ${settled}::int), sum(case when ${settled} then ${w} * ${BRIER_TERM} else 0 end),
      sum(case when ${settled} then ${w} * ${BRIER_TERM} * ${BRIER_TERM} else 0 end),
      sum(${w} * ${informative}::int), sum(case when ${informative} then ${w} * ${BRIER_TERM} else 0 end),
      sum(case when ${informative} then ${w} * ${BRIER_TERM} * ${BRIER_TERM} else 0 end)
    from ${src} f group by 1, 2
    on conflict (scope_kind, scope_id) do update set ${adds("kept_totals", ["total", "resolved", "open", "yes_no", "unscorable", ...BOARD_COLUMNS])}`,
    sql`insert into kept_pending (scope_kind, scope_id, deadline, n)
    select f.scope_kind, f.scope_id, f.deadline, sum(${w}) from ${src} f where f.outcome_status is null and f.deadline is not null group by 1, 2, 3
    on conflict (scope_kind, scope_id, deadline) do update set ${adds("kept_pending", ["n"])}`,
    sql`insert into kept_scored (scope_kind, scope_id, part, low_information, counts_for_claim, bin_decile, bin_class,
      n, sum_f, sum_o, sum_f2, sum_fo, sum_log_score, sum_hit, sum_brier, sum_brier_squares, sum_best, sum_worst)
    select f.scope_kind, f.scope_id, f.part, f.low_information, f.counts_for_claim, f.bin_decile, f.bin_class,
      sum(${w}), sum(${w} * f.probability), sum(${w} * ${Y}), sum(${w} * f.probability * f.probability), sum(${w} * f.probability * ${Y}),
      sum(${w} * ${LOG_TERM}), sum(${w} * ${HIT_TERM}), sum(${w} * ${BRIER_TERM}), sum(${w} * ${BRIER_TERM} * ${BRIER_TERM}),
      sum(${w} * ${BEST_TERM}), sum(${w} * ${WORST_TERM})
    from ${src} f where ${yesNo} group by 1, 2, 3, 4, 5, 6, 7
    on conflict (scope_kind, scope_id, part, low_information, counts_for_claim, bin_decile, bin_class) do update set ${adds("kept_scored", [
      "n",
      "sum_f",
      "sum_o",
      "sum_f2",
      "sum_fo",
      "sum_log_score",
      "sum_hit",
      "sum_brier",
      "sum_brier_squares",
      "sum_best",
      "sum_worst",
    ])}`,
    sql`insert into kept_board (scope_kind, scope_id, part, low_information, n, sum_brier, sum_brier_squares)
    select f.scope_kind, f.scope_id, f.part, f.low_information, sum(${w}), sum(${w} * ${BRIER_TERM}), sum(${w} * ${BRIER_TERM} * ${BRIER_TERM})
    from ${src} f where ${yesNo} and f.counts_for_claim = 1 group by 1, 2, 3, 4
    on conflict (scope_kind, scope_id, part, low_information) do update set ${adds("kept_board", ["n", "sum_brier", "sum_brier_squares"])}`,
    sql`insert into kept_months (scope_kind, scope_id, part, low_information, month, n, sum_brier)
    select f.scope_kind, f.scope_id, f.part, f.low_information, f.month, sum(${w}), sum(${w} * ${BRIER_TERM})
    from ${src} f where ${yesNo} and f.counts_for_claim = 1 group by 1, 2, 3, 4, 5
    on conflict (scope_kind, scope_id, part, low_information, month) do update set ${adds("kept_months", ["n", "sum_brier"])}`,
  ];
}

/**
 * Statements without parameters sent as one query (node-postgres uses the simple protocol for a
 * query without values, which runs several statements in order): one round trip instead of many.
 */
async function batch(db: PgTx, statements: SQL[]) {
  await db.execute(sql.join(statements, sql.raw(";\n")));
}

export const KEPT_TABLES = ["kept_totals", "kept_pending", "kept_scored", "kept_board", "kept_months", "kept_contributions"] as const;

export async function getPastBeforePg(db: PgTx): Promise<string | null> {
  const rows = (await db.execute<{ p: string }>(sql`select past_before as p from kept_sums_meta where id = 1`)).rows;
  return rows[0]?.p ?? null;
}

/** Every kept table rebuilt from the ledger (db/queries/kept-sums.ts rebuildKeptSums). */
export async function rebuildKeptSumsPg(db: PgTx, pastBefore: string, binCount: number) {
  await batch(db, [...KEPT_TABLES.map((t) => sql.raw(`delete from ${t}`)), SCOPED_TABLE, sql`delete from pg_temp.kept_scoped`]);
  await db.execute(
    sql`insert into kept_sums_meta (id, past_before) values (1, ${pastBefore}) on conflict (id) do update set past_before = excluded.past_before`,
  );
  await db.execute(sql`insert into kept_contributions (${CONTRIBUTION_COLUMNS}) ${contributionSelect(pastBefore, binCount, sql`true`)}`);
  await batch(db, [
    sql`insert into pg_temp.kept_scoped ${scopedSelect(sql`kept_contributions`, 1, false)}`,
    ...aggregateInto(sql`pg_temp.kept_scoped`),
    sql`delete from pg_temp.kept_scoped`,
  ]);
}

/** Stages the changed forecasts and their claim siblings in pg_temp.kept_ids (db/queries/kept-sums.ts stageForecastIds). */
export async function stageForecastIdsPg(tx: PgTx, forecastIds: Iterable<number>) {
  await batch(tx, [IDS_TABLE, sql`delete from pg_temp.kept_ids`]);
  await tx.execute(
    sql`insert into pg_temp.kept_ids (id) select value::int from json_array_elements_text(${JSON.stringify([...forecastIds])}::json) on conflict do nothing`,
  );
  // A temporary table has no statistics until analysed (or keeps an earlier write's): the planner
  // would guess thousands of rows and scan every forecast for each statement that joins on it (a
  // one-outcome write took 0.5-1 s on 200k forecasts; analysed, a few ms). So it is analysed
  // before the claim siblings are looked up too: unanalysed, that lookup read every forecast with
  // an event and every such kept contribution (5,300 pages, 36 ms on 344k forecasts, over a second
  // under bench:http's crowd, while holding the ledger's write lock); analysed, 12 pages, 0.2 ms.
  // One round trip: the statements take no parameters.
  await batch(tx, [
    sql`analyze pg_temp.kept_ids`,
    sql`insert into pg_temp.kept_ids (id)
    select f2.id from forecasts f2 join (
      select event_id, forecaster_id from forecasts where id in (select id from pg_temp.kept_ids) and event_id is not null
      union select event_id, forecaster_id from kept_contributions where forecast_id in (select id from pg_temp.kept_ids) and event_id is not null
    ) p on f2.event_id = p.event_id and f2.forecaster_id = p.forecaster_id
    on conflict do nothing`,
    sql`analyze pg_temp.kept_ids`,
  ]);
}

export async function clearStagedIdsPg(tx: PgTx) {
  await tx.execute(sql`delete from pg_temp.kept_ids`);
}

/** The kept sums brought up to date for the staged forecasts (db/queries/kept-sums.ts syncKeptSums). */
export async function syncKeptSumsPg(tx: PgTx, pastBefore: string, binCount: number) {
  const staged = sql`(select * from kept_contributions where forecast_id in (select id from pg_temp.kept_ids))`;
  await batch(tx, [
    SCOPED_TABLE,
    sql`delete from pg_temp.kept_scoped`,
    sql`insert into pg_temp.kept_scoped ${scopedSelect(staged, -1)}`,
    sql`delete from kept_contributions where forecast_id in (select id from pg_temp.kept_ids)`,
  ]);
  await tx.execute(
    sql`insert into kept_contributions (${CONTRIBUTION_COLUMNS}) ${contributionSelect(pastBefore, binCount, sql`f.id in (select id from pg_temp.kept_ids)`)}`,
  );
  // Rows that fell to zero (floating residue included) go, so a rebuild and the kept tables agree row for row.
  const touched = sql`(scope_kind, scope_id) in (select distinct scope_kind, scope_id from pg_temp.kept_scoped)`;
  await batch(tx, [
    sql`insert into pg_temp.kept_scoped ${scopedSelect(staged, 1)}`,
    sql`analyze pg_temp.kept_scoped`,
    ...aggregateInto(sql`pg_temp.kept_scoped`),
    sql`delete from kept_totals where ${touched} and total = 0`,
    sql`update kept_totals set board_sum_brier = 0, board_sum_brier_squares = 0 where ${touched} and board_n = 0`,
    sql`update kept_totals set board_sum_brier_informative = 0, board_sum_brier_squares_informative = 0 where ${touched} and board_n_informative = 0`,
    ...["kept_pending", "kept_scored", "kept_board", "kept_months"].map((t) => sql`delete from ${sql.raw(t)} where ${touched} and n = 0`),
    sql`delete from pg_temp.kept_scoped`,
  ]);
}

export async function forecastsCrossingIntoPastPg(tx: PgTx, from: string, next: string): Promise<number[]> {
  const rows = (await tx.execute<{ id: number }>(sql`select id from forecasts where deadline >= ${from}::date and deadline < ${next}::date order by id`)).rows;
  return rows.map((r) => r.id);
}

export async function setPastBeforePg(tx: PgTx, pastBefore: string) {
  await tx.execute(sql`update kept_sums_meta set past_before = ${pastBefore} where id = 1`);
}

/** Every row of the kept tables in a fixed order, for comparing with a rebuild or with SQLite (tests). */
export async function dumpKeptSumsPg(db: PgTx): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of KEPT_TABLES) {
    const rows = (await db.execute<Record<string, unknown>>(sql.raw(`select * from ${t}`))).rows;
    out[t] = rows
      .map((r) => [JSON.stringify(Object.values(r).slice(0, 9)), r] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, r]) => r);
  }
  return out;
}
