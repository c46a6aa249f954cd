/**
 * The one database client: better-sqlite3 with WAL and foreign keys, created once per process
 * (and cached across dev hot reloads on globalThis). SQLite only for now: a postgres:// DATABASE_URL
 * is refused by databasePath() with what works on PostgreSQL today (db/pg/ holds that side).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databasePath } from "@/lib/config/env";
import * as schema from "./schema";
import { checkSqliteFile, formatProblems } from "./schema-version";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** How long a write waits for another process's write lock (HINDSIGHT_DB_BUSY_TIMEOUT_MS), in all. */
export const DB_BUSY_TIMEOUT_MS = Number(process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS || 5000);

/**
 * How long the server's own connection waits for the write lock on its one thread. SQLite's wait
 * blocks the thread, so the server waits only this long at a time and then waits for the rest of
 * DB_BUSY_TIMEOUT_MS without holding up other requests (lib/http/busy-retry.ts).
 */
export const SERVER_BUSY_WAIT_MS = 25;

/**
 * `busyTimeoutMs`: how long a write waits for another process's write lock, then fails with
 * SQLITE_BUSY, which the HTTP layer answers with 503 and Retry-After (lib/http/errors.ts asAppError).
 * Commands wait DB_BUSY_TIMEOUT_MS on their thread; the server's connection SERVER_BUSY_WAIT_MS.
 */
export function openDatabase(file: string, opts: { busyTimeoutMs?: number } = {}): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${Math.round(opts.busyTimeoutMs ?? DB_BUSY_TIMEOUT_MS)}`);
  sqlite.pragma("synchronous = NORMAL");
  return drizzle({ client: sqlite, schema });
}

/**
 * Opens an existing ledger for the app and the commands that read or write it: a missing file, or
 * one at an older or newer schema version, is refused with what to do (db:setup creates and
 * migrates), instead of creating an empty database or failing on the first query.
 */
export function openLedger(file = databasePath()): DB {
  const problems = checkSqliteFile(file);
  if (problems.length) throw new Error(formatProblems(`The database at ${file} is not ready`, problems));
  return openDatabase(file);
}

const globalForDb = globalThis as unknown as { hindsightDb?: DB };

/** The server's connection: a short write-lock wait on the thread, the rest waited asynchronously (lib/http/busy-retry.ts). */
export function getDb(): DB {
  // `next build` prerenders the cached pages once; they are never served (lib/cache/next-cache-handler.cjs
  // renders each page from the running server's database), so the build reads an empty, migrated ledger.
  if (process.env.NEXT_PHASE === "phase-production-build" && !globalForDb.hindsightDb) {
    const db = openDatabase(":memory:");
    migrate(db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
    globalForDb.hindsightDb = db;
  }
  globalForDb.hindsightDb ??= openDatabase(databasePath(), { busyTimeoutMs: SERVER_BUSY_WAIT_MS });
  return globalForDb.hindsightDb;
}
