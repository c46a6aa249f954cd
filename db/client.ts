/**
 * The one database client: better-sqlite3 with WAL and foreign keys, created once per process
 * (and cached across dev hot reloads on globalThis).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { databasePath } from "@/lib/config/env";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle({ client: sqlite, schema });
}

const globalForDb = globalThis as unknown as { hindsightDb?: DB };

export function getDb(): DB {
  globalForDb.hindsightDb ??= openDatabase(databasePath());
  return globalForDb.hindsightDb;
}
