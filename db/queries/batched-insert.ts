/**
 * Multi-row INSERTs through prepared statements, for the bulk writers (the import's writes,
 * db/queries/import-writes.ts, and the bench generator, scripts/bench-generate.ts).
 */
import type Database from "better-sqlite3";

/** Rows per multi-row INSERT: 64 forecasts are 1,664 parameters, well under SQLite's limit of 32,766. */
export const ROWS_PER_INSERT = 64;

/**
 * Rows of one INSERT buffered and written ROWS_PER_INSERT at a time through one prepared statement;
 * `flush(all)` writes the full groups, and with `all` the rest one row at a time.
 */
export function batchedInsert(c: Database.Database, head: string, columns: number) {
  const values = (rows: number) => Array.from({ length: rows }, () => `(${Array(columns).fill("?").join(", ")})`).join(", ");
  const many = c.prepare(`${head} values ${values(ROWS_PER_INSERT)}`);
  const one = c.prepare(`${head} values ${values(1)}`);
  let buffer: unknown[] = [];
  return {
    push(row: unknown[]) {
      for (const v of row) buffer.push(v);
    },
    flush(all: boolean) {
      const group = columns * ROWS_PER_INSERT;
      let i = 0;
      for (; i + group <= buffer.length; i += group) many.run(buffer.slice(i, i + group));
      if (all) for (; i < buffer.length; i += columns) one.run(buffer.slice(i, i + columns));
      buffer = buffer.slice(i);
    },
  };
}
