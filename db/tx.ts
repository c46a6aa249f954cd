import type { DB } from "./client";

/** A write target: the database itself or a transaction on it (better-sqlite3 transactions are synchronous). */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0] | DB;
