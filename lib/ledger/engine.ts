/**
 * The one place that picks the engine: DATABASE_URL names a SQLite file (or nothing: the default
 * file) or a postgres:// server (lib/config/env.ts databaseTarget), and the app reads and writes
 * through what this module hands out: `appReader()` (AppReader, app-reader.ts) and `appWriter()`
 * (LedgerWriter, writer.ts), and `appReminderWriter()` (lib/reminders/writer.ts). On SQLite they wrap db/client.ts's one connection; on PostgreSQL
 * db/pg/client.ts's one pool per process. `next build` always reads an empty in-memory SQLite
 * ledger (db/client.ts getDb): the prerenders are never served.
 */
import { getDb } from "@/db/client";
import { getPgDb, type PgDB } from "@/db/pg/client";
import { databaseTarget, env } from "@/lib/config/env";
import { type AppReader, postgresAppReader, sqliteAppReader } from "./app-reader";

export type { AppReader };

import { postgresReminderWriter, type ReminderWriter, sqliteReminderWriter } from "@/lib/reminders/writer";
import type { LedgerWriter } from "./writer";
import { postgresLedgerWriter } from "./writer-pg";
import { sqliteLedgerWriter } from "./writer-sqlite";

export type Engine = "sqlite" | "postgres";

export function appEngine(): Engine {
  if (process.env.NEXT_PHASE === "phase-production-build") return "sqlite";
  return databaseTarget(env().DATABASE_URL).engine;
}

/** The app's PostgreSQL pool (for code with a PostgreSQL path of its own: auth, the throttle); null on SQLite. */
export function appPg(): PgDB | null {
  if (appEngine() !== "postgres") return null;
  const target = databaseTarget(env().DATABASE_URL);
  return target.engine === "postgres" ? getPgDb(target.url) : null;
}

const readers = new WeakMap<object, AppReader>();
const writers = new WeakMap<object, LedgerWriter>();

export function appReader(): AppReader {
  const pg = appPg();
  const client: object = pg ?? getDb();
  let reader = readers.get(client);
  if (!reader) readers.set(client, (reader = pg ? postgresAppReader(pg) : sqliteAppReader(getDb())));
  return reader;
}

export function appWriter(): LedgerWriter {
  const pg = appPg();
  const client: object = pg ?? getDb();
  let writer = writers.get(client);
  if (!writer) writers.set(client, (writer = pg ? postgresLedgerWriter(pg) : sqliteLedgerWriter(getDb())));
  return writer;
}

const reminderWriters = new WeakMap<object, ReminderWriter>();

export function appReminderWriter(): ReminderWriter {
  const pg = appPg();
  const client: object = pg ?? getDb();
  let writer = reminderWriters.get(client);
  if (!writer) reminderWriters.set(client, (writer = pg ? postgresReminderWriter(pg) : sqliteReminderWriter(getDb())));
  return writer;
}
