/**
 * The PostgreSQL client: drizzle over a node-postgres pool. The app's client on a postgres://
 * DATABASE_URL (getPgDb, one pool per process, chosen by lib/ledger/engine.ts); db:setup, db:copy,
 * the start-up check and the data-layer tests open their own (docs/ARCHITECTURE.md "Two engines").
 */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type PgDB = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/**
 * Raw queries (db:copy, checksums) read calendar dates as the "YYYY-MM-DD" text SQLite stores,
 * not as a JS Date at local midnight; int8 as a number (the ledger's bigints are millisecond
 * instants and counts, far below 2^53).
 */
const DATE_OID = 1082;
const INT8_OID = 20;
export const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PgOptions {
  /** Pool size (node-postgres default 10). */
  max?: number;
  /** How long to wait for a connection before giving up (ms). */
  connectionTimeoutMillis?: number;
}

export function openPostgres(url: string, options: PgOptions = {}): PgDB {
  // JIT compilation off for these sessions: the ledger's queries are short, but a correlated
  // subquery over a 20k-row table is estimated costly enough to be compiled, which took 180 ms of a
  // 2 ms query (the dashboard's latest articles). A server-wide setting would do the same.
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, connectionTimeoutMillis: 10_000, options: "-c jit=off", ...options });
  // An idle client that loses its connection (server restart) must not crash the process.
  pool.on("error", () => {});
  return drizzle({ client: pool, schema });
}

export async function closePostgres(db: PgDB): Promise<void> {
  await db.$client.end();
}

/** A query target: the database or a transaction on it (`db.transaction(async (tx) => ...)`). */
export type PgTx = Parameters<Parameters<PgDB["transaction"]>[0]>[0] | PgDB;

const globalForPg = globalThis as unknown as { hindsightPg?: { url: string; db: PgDB } };

/**
 * The app's one pool on PostgreSQL, created on first use and kept for the life of the process
 * (and across dev hot reloads on globalThis). HINDSIGHT_PG_POOL_MAX sets its size (default 10).
 */
export function getPgDb(url: string): PgDB {
  if (globalForPg.hindsightPg?.url !== url) {
    const max = Number(process.env.HINDSIGHT_PG_POOL_MAX || 10);
    globalForPg.hindsightPg = { url, db: openPostgres(url, { max }) };
  }
  return globalForPg.hindsightPg.db;
}
