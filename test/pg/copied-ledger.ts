/**
 * One ledger on both engines: the rich SQLite ledger (ledger-fixture.ts: the seed corpus with
 * outcomes, a correction, a retraction and a forecast correction) copied into a fresh PostgreSQL
 * database with db:copy, so a query's SQLite and PostgreSQL answers can be compared row for row.
 */
import { expect } from "vitest";
import type { DB } from "@/db/client";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { richLedger } from "./ledger-fixture";
import { createTestDatabase } from "./pg-test-db";

/** A migrated PostgreSQL database holding a verified copy of `from`; `drop` closes and removes it. */
export async function pgCopyOf(
  from: import("better-sqlite3").Database,
  options: { icuLocale?: string } = {},
): Promise<{ db: PgDB; drop: () => Promise<void> }> {
  const target = await createTestDatabase(options);
  const db = openPostgres(target.url);
  await migratePostgres(db);
  expect((await copyLedger(from, db.$client)).ok).toBe(true);
  return {
    db,
    drop: async () => {
      await closePostgres(db);
      await target.drop();
    },
  };
}

/**
 * `icuLocale`: the PostgreSQL database sorts text by that language's collation by default (see
 * createTestDatabase); `before` adds rows to the SQLite ledger before it is copied.
 */
export async function copiedLedger(
  options: { icuLocale?: string; before?: (db: DB) => void } = {},
): Promise<{ sqlite: DB; pg: PgDB; cleanup: () => Promise<void> }> {
  const ledger = await richLedger();
  options.before?.(ledger.db);
  const pg = await pgCopyOf(ledger.db.$client, options);
  return {
    sqlite: ledger.db,
    pg: pg.db,
    cleanup: async () => {
      await pg.drop();
      ledger.cleanup();
    },
  };
}

/**
 * Rows from the two engines are the same: integers equal, other numbers equal to 12 significant
 * digits (sums of the same terms added in another order may differ in the last bits), rows
 * compared in the order given (sort both first when the query promises no order).
 */
export function expectSameRows(pgRows: readonly object[], sqliteRows: readonly object[], what: string) {
  expect(pgRows.length, `${what}: row count`).toBe(sqliteRows.length);
  sqliteRows.forEach((s, i) => {
    const p = pgRows[i] as Record<string, unknown>;
    expect(Object.keys(p).sort(), `${what}: columns`).toEqual(Object.keys(s).sort());
    for (const [k, v] of Object.entries(s)) {
      const pv = p[k];
      // A sum of reals may come out whole on one engine and a last-digit off on the other (another order of adding).
      if (typeof v === "number" && (!Number.isInteger(v) || (typeof pv === "number" && !Number.isInteger(pv)))) {
        expect(typeof pv, `${what} row ${i} ${k}`).toBe("number");
        expect(Math.abs((pv as number) - v), `${what} row ${i} ${k}: ${pv} vs ${v}`).toBeLessThanOrEqual(Math.abs(v) * 1e-12 + 1e-15);
      } else expect(pv, `${what} row ${i} ${k}`).toEqual(v);
    }
  });
}

/** Rows sorted by a key built from the named columns (for queries without a promised order). */
export function sortedBy<T extends object>(rows: readonly T[], ...keys: (keyof T)[]): T[] {
  const key = (r: T) => keys.map((k) => String(r[k])).join("\u0000");
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
