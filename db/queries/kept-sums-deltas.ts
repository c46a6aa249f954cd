/**
 * The kept sums' deltas: what a set of contributions adds to (sign 1) or takes from (sign -1)
 * the five sum tables, computed into temp tables first and applied after. Used only by
 * kept-sums.ts (the rebuild and the sync on write). Computing touches only the ledger (read) and
 * this connection's temp tables, so a rebuild can compute while another connection writes and
 * take the write lock only to apply (db/queries/kept-sums.ts computeKeptRebuild).
 *
 * Each contribution's terms are computed once (temp.kept_terms), then the contribution is
 * repeated once per scope it belongs to (temp.kept_signed), and each sum table's delta is one
 * GROUP BY over those rows, except the leaderboard's: kept_board's delta is the roll-up of the
 * scored delta's rows that count for their claim, and kept_totals' board columns the roll-up of
 * that under the parts 'none' and 'past' (the settled forecasts), so those sorts run over the
 * scored groups instead of every signed row. Sums are linear, so the rolled-up delta equals the
 * rows' delta up to floating-point order (the tests compare rounded).
 */
import { type SQL, sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";
import { BEST_TERM, BRIER_TERM, HIT_TERM, LOG_TERM, WORST_TERM } from "./accuracy";

type Runner = Tx | DB;

const Y = sql`(f.outcome_status = 'yes')`;

const TERMS = "is_open, yes_no, n, resolved, open, yn, unscorable, f, o, f2, fo, log_score, hit, brier, brier2, best, worst";
const DIMS = "part, low_information, counts_for_claim, bin_decile, bin_class, month, deadline";
const TERM_COLUMNS = `forecaster_id, article_id, ${DIMS}, ${TERMS}`;
const SIGNED_COLUMNS = `scope_kind, scope_id, ${DIMS}, ${TERMS}`;
const SCORED_KEYS = "scope_kind, scope_id, part, low_information, counts_for_claim, bin_decile, bin_class";
const SCORED_SUMS = "n, sum_f, sum_o, sum_f2, sum_fo, sum_log_score, sum_hit, sum_brier, sum_brier_squares, sum_best, sum_worst";
const BOARD_COLUMNS = "scope_kind, scope_id, part, low_information, n, sum_brier, sum_brier_squares";
const TOTALS_COLUMNS =
  "scope_kind, scope_id, total, resolved, open, yes_no, unscorable, board_n, board_sum_brier, board_sum_brier_squares, board_n_informative, board_sum_brier_informative, board_sum_brier_squares_informative";
const PENDING_COLUMNS = "scope_kind, scope_id, deadline, n";
const MONTHS_COLUMNS = "scope_kind, scope_id, part, low_information, month, n, sum_brier";

const TEMP_TABLES: Record<string, string> = {
  kept_terms: TERM_COLUMNS,
  kept_signed: SIGNED_COLUMNS,
  kept_delta_scored: `${SCORED_KEYS}, ${SCORED_SUMS}`,
  kept_delta_board: BOARD_COLUMNS,
  kept_delta_totals: TOTALS_COLUMNS,
  kept_delta_pending: PENDING_COLUMNS,
  kept_delta_months: MONTHS_COLUMNS,
};

/** Creates the temp tables (if this connection has not yet) and empties them. */
export function clearDeltas(db: Runner) {
  for (const [t, cols] of Object.entries(TEMP_TABLES)) db.run(sql.raw(`create temp table if not exists ${t} (${cols})`));
  emptyDeltas(db);
}

/** Empties the temp tables, once a computation is applied (they exist by then). */
export function emptyDeltas(db: Runner) {
  for (const t of Object.keys(TEMP_TABLES)) db.run(sql.raw(`delete from temp.${t}`));
}

/**
 * Appends to temp.kept_signed each contribution of `source` (alias f; kept_contributions' columns)
 * once per scope it belongs to (its forecaster; each author of the article who is not the
 * forecaster; the one outlet the article counts for: its original outlet, else its own, as
 * OUTLET_OF in db/queries/accuracy.ts), with its terms multiplied by `sign`. The scope 'all' is
 * not repeated here: every contribution has exactly one forecaster, so computeDeltas rolls the
 * forecasters' deltas up into it (a quarter fewer rows to sort).
 */
export function appendSigned(db: Runner, source: SQL, sign: 1 | -1) {
  const w = sql.raw(String(sign));
  const yesNo = sql`coalesce(f.outcome_status in ('yes', 'no'), 0)`;
  // Empty here: clearDeltas emptied it, and each call empties it again at its end.
  db.run(sql`insert into temp.kept_terms (${sql.raw(TERM_COLUMNS)})
    select f.forecaster_id, f.article_id, f.part, f.low_information, f.counts_for_claim, f.bin_decile, f.bin_class, f.month, f.deadline,
      f.outcome_status is null, ${yesNo}, ${w}, ${w} * (f.outcome_status is not null), ${w} * (f.outcome_status is null),
      ${w} * ${yesNo}, ${w} * coalesce(f.outcome_status in ('ambiguous', 'annulled', 'condition_not_met'), 0),
      ${w} * f.probability, ${w} * ${Y}, ${w} * f.probability * f.probability, ${w} * f.probability * ${Y},
      ${w} * ${LOG_TERM}, ${w} * ${HIT_TERM}, ${w} * ${BRIER_TERM}, ${w} * ${BRIER_TERM} * ${BRIER_TERM}, ${w} * ${BEST_TERM}, ${w} * ${WORST_TERM}
    from ${source} f`);
  const cols = sql.raw(`${DIMS}, ${TERMS}`.replace(/(\w+)/g, "t.$1"));
  const into = sql.raw(`insert into temp.kept_signed (${SIGNED_COLUMNS})`);
  db.run(sql`${into} select 'forecaster', t.forecaster_id, ${cols} from temp.kept_terms t`);
  db.run(sql`${into} select 'published-by', aa.person_id, ${cols} from temp.kept_terms t
    join article_authors aa on aa.article_id = t.article_id and aa.person_id <> t.forecaster_id`);
  db.run(sql`${into} select 'outlet', coalesce(a.original_outlet_id, a.outlet_id), ${cols} from temp.kept_terms t
    join articles a on a.id = t.article_id where coalesce(a.original_outlet_id, a.outlet_id) is not null`);
  db.run(sql`delete from temp.kept_terms`);
}

/** Whether the signed rows take anything away (only then can a kept row fall to zero). */
export function signedSubtracts(db: Runner): boolean {
  return db.get(sql`select 1 as x from temp.kept_signed where n < 0 limit 1`) !== undefined;
}

/** The (scope_kind, scope_id) pairs the signed rows touch ('all' always), as a relation. */
export const SIGNED_SCOPES = sql`(select distinct scope_kind, scope_id from temp.kept_signed union select 'all', 0)`;

/** Adds the scope 'all' to a delta table: the sum of its forecasters' rows, by the other keys (none when it has none). */
function rollUpAll(db: Runner, table: string, keys: string, sums: string) {
  const summed = sums
    .split(", ")
    .map((c) => `sum(${c})`)
    .join(", ");
  db.run(
    sql.raw(`insert into temp.${table} (scope_kind, scope_id${keys ? `, ${keys}` : ""}, ${sums})
    select 'all', 0${keys ? `, ${keys}` : ""}, ${summed} from temp.${table} where scope_kind = 'forecaster'${keys ? ` group by ${keys}` : ""} having count(*) > 0`),
  );
}

/** Each sum table's delta from the signed rows, into the temp delta tables. */
export function computeDeltas(db: Runner) {
  db.run(sql`insert into temp.kept_delta_scored (${sql.raw(`${SCORED_KEYS}, ${SCORED_SUMS}`)})
    select ${sql.raw(SCORED_KEYS)}, sum(n), sum(f), sum(o), sum(f2), sum(fo), sum(log_score), sum(hit), sum(brier), sum(brier2), sum(best), sum(worst)
    from temp.kept_signed where yes_no group by 1, 2, 3, 4, 5, 6, 7`);
  rollUpAll(db, "kept_delta_scored", "part, low_information, counts_for_claim, bin_decile, bin_class", SCORED_SUMS);
  db.run(sql`insert into temp.kept_delta_board (${sql.raw(BOARD_COLUMNS)})
    select scope_kind, scope_id, part, low_information, sum(n), sum(sum_brier), sum(sum_brier_squares)
    from temp.kept_delta_scored where counts_for_claim = 1 group by 1, 2, 3, 4`);
  const inf = sql`(low_information = 0)`;
  db.run(sql`insert into temp.kept_delta_totals (${sql.raw(TOTALS_COLUMNS)})
    select c.scope_kind, c.scope_id, c.total, c.resolved, c.open, c.yes_no, c.unscorable, coalesce(b.n, 0), coalesce(b.sb, 0), coalesce(b.sb2, 0),
      coalesce(b.ni, 0), coalesce(b.sbi, 0), coalesce(b.sb2i, 0)
    from (select scope_kind, scope_id, sum(n) as total, sum(resolved) as resolved, sum(open) as open, sum(yn) as yes_no, sum(unscorable) as unscorable
      from temp.kept_signed group by 1, 2) c
    left join (select scope_kind, scope_id, sum(n) as n, sum(sum_brier) as sb, sum(sum_brier_squares) as sb2, sum(${inf} * n) as ni,
        sum(case when ${inf} then sum_brier else 0 end) as sbi, sum(case when ${inf} then sum_brier_squares else 0 end) as sb2i
      from temp.kept_delta_board where part in ('none', 'past') and scope_kind <> 'all' group by 1, 2) b on b.scope_kind = c.scope_kind and b.scope_id = c.scope_id`);
  rollUpAll(db, "kept_delta_totals", "", TOTALS_COLUMNS.split(", ").slice(2).join(", "));
  db.run(sql`insert into temp.kept_delta_pending (${sql.raw(PENDING_COLUMNS)})
    select scope_kind, scope_id, deadline, sum(n) from temp.kept_signed where is_open and deadline is not null group by 1, 2, 3`);
  rollUpAll(db, "kept_delta_pending", "deadline", "n");
  db.run(sql`insert into temp.kept_delta_months (${sql.raw(MONTHS_COLUMNS)})
    select scope_kind, scope_id, part, low_information, month, sum(n), sum(brier) from temp.kept_signed
    where yes_no and counts_for_claim = 1 group by 1, 2, 3, 4, 5`);
  rollUpAll(db, "kept_delta_months", "part, low_information, month", "n, sum_brier");
}

/** `a = a + excluded.a` for each column after the key. */
function added(columns: string, keyCount: number): SQL {
  const rest = columns.split(", ").slice(keyCount);
  return sql.raw(rest.map((c) => `${c} = ${c} + excluded.${c}`).join(", "));
}

/** Adds the computed deltas into the kept tables (each delta row's key is unique, so one upsert a row). */
export function applyDeltas(db: Runner) {
  const apply = (table: string, columns: string, keyCount: number) =>
    db.run(sql`insert into ${sql.raw(table)} (${sql.raw(columns)}) select ${sql.raw(columns)} from temp.${sql.raw(`kept_delta_${table.slice(5)}`)} where true
      on conflict do update set ${added(columns, keyCount)}`);
  apply("kept_scored", `${SCORED_KEYS}, ${SCORED_SUMS}`, 7);
  apply("kept_board", BOARD_COLUMNS, 4);
  apply("kept_totals", TOTALS_COLUMNS, 2);
  apply("kept_pending", PENDING_COLUMNS, 3);
  apply("kept_months", MONTHS_COLUMNS, 5);
}
