/**
 * Many rows in one `INSERT ... SELECT ... FROM unnest($1::type[], $2::type[], ...)`: one array
 * parameter per column, so the statement and its SQL stay the same size however many rows it
 * carries. drizzle's multi-row VALUES builds SQL for every value on the calling thread (about
 * 10 us each: ~300 ms for 1,000 forecasts of 30 columns), and on PostgreSQL the import runs on
 * the server's thread. The columns are those the rows give (not undefined), the same for every
 * row; the others take their defaults.
 */
import { getTableColumns, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { PgTx } from "../client";

/** Inserts `rows` and returns the `returning` columns (by their database names) of each inserted row, in no promised order. */
export async function insertByColumns<T extends PgTable>(
  tx: PgTx,
  table: T,
  rows: T["$inferInsert"][],
  returning: string[],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const given = columns.filter(([key]) => rows.some((r) => (r as Record<string, unknown>)[key] !== undefined));
  const uneven = given.find(([key]) => rows.some((r) => (r as Record<string, unknown>)[key] === undefined));
  if (uneven) throw new Error(`insertByColumns: some rows give ${uneven[0]} and some do not; give every row the same columns`);
  const names = sql.join(
    given.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const arrays = sql.join(
    given.map(([key, c]) => sql`${sql.param(rows.map((r) => toDriver(c, (r as Record<string, unknown>)[key])))}::${sql.raw(c.getSQLType())}[]`),
    sql`, `,
  );
  const back = returning.length
    ? sql` returning ${sql.join(
        returning.map((n) => sql.identifier(n)),
        sql`, `,
      )}`
    : sql``;
  const { rows: out } = await tx.execute<Record<string, unknown>>(sql`insert into ${table} (${names}) select * from unnest(${arrays})${back}`);
  return out;
}

function toDriver(column: PgColumn, value: unknown): unknown {
  return value === null ? null : column.mapToDriverValue(value);
}
