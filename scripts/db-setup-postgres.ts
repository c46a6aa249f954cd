/**
 * db:setup on a postgres:// DATABASE_URL: applies the PostgreSQL migrations and, into an empty
 * database, loads the seed corpus. The seed loader writes through the synchronous SQLite data
 * layer, so the corpus (and the local demo accounts) are built once in an in-memory SQLite
 * database by the same code as on SQLite, then copied with db:copy's verified copy.
 * A database that already holds a ledger is migrated only: its rows are not touched.
 */
import type Database from "better-sqlite3";
import { type DB, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { closePostgres } from "@/db/pg/client";
import { copyLedger, formatReport } from "@/db/pg/copy";
import { preparePostgres } from "@/db/pg/prepare";
import { redactUrl } from "@/lib/config/env";
import { syncSearchIndexPg } from "@/lib/search/indexer-pg";
import { loadSeeds } from "@/seeds/load";

/** The seeded ledger, built in memory; `afterSeed` adds what needs the app's write paths (demo accounts). */
export async function buildSeedLedger(afterSeed: (db: DB) => Promise<Record<string, unknown>>) {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  const report = loadSeeds(db);
  const extra = await afterSeed(db);
  return { sqlite: db.$client as Database.Database, inserted: report.inserted, extra };
}

async function holdsLedger(pool: import("pg").Pool): Promise<boolean> {
  const { rows } = await pool.query<{ any: boolean }>(
    'select exists (select 1 from forecasts) or exists (select 1 from people) or exists (select 1 from "user") or exists (select 1 from outlets) as any',
  );
  return rows[0]?.any ?? false;
}

export async function setupPostgres(url: string, afterSeed: (db: DB) => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  const { db, server, migrationsApplied } = await preparePostgres(url);
  try {
    const result: Record<string, unknown> = { database: redactUrl(url), engine: server, migrationsApplied };
    if (await holdsLedger(db.$client)) {
      return { ...result, inserted: "none: the database already holds a ledger (on PostgreSQL, db:setup loads the seed corpus into an empty database only)" };
    }
    const seed = await buildSeedLedger(afterSeed);
    try {
      const copy = await copyLedger(seed.sqlite, db.$client);
      if (!copy.ok) throw new Error(`the seed copy did not verify; nothing was committed\n${formatReport(copy.tables)}`);
      const searchIndexed = await syncSearchIndexPg(db);
      await db.$client.query("analyze"); // statistics for the planner now, not at autovacuum's next round
      return { ...result, inserted: seed.inserted, ...seed.extra, verified: "every table's count and checksum match the seed ledger", searchIndexed };
    } finally {
      seed.sqlite.close();
    }
  } finally {
    await closePostgres(db);
  }
}
