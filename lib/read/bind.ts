import { type DB, getDb } from "@/db/client";

/**
 * A query function of db/queries bound to the app's one database client: pages and route
 * handlers read through lib/read/ and never hold a database handle themselves.
 */
export function withDb<A extends unknown[], R>(query: (db: DB, ...args: A) => R): (...args: A) => R {
  return (...args: A) => query(getDb(), ...args);
}
