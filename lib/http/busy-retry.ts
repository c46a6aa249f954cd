/**
 * Waiting for the write lock without holding up the server. SQLite's own wait (busy_timeout)
 * blocks the thread it runs on, and the server has one: while an import in another process held
 * the lock, one editor's outcome waiting its 5 s held every other request for 5 s too. So the
 * server's connection waits only briefly on the thread (db/client.ts SERVER_BUSY_WAIT_MS); a write
 * request that still finds the database busy waits here, asynchronously, and is tried again, up
 * to DB_BUSY_TIMEOUT_MS in all; then it is answered 503 with Retry-After as before.
 *
 * A request is tried again only when its attempt wrote nothing: SQLite refuses a transaction when
 * it asks for the write lock, before its first write, and the refused transaction is rolled back;
 * but if the request had already committed an earlier transaction (the connection's change count
 * moved), trying the whole request again could repeat that, so it gets the 503 at once.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { getDb } from "@/db/client";
import { databaseTarget } from "@/lib/config/env";
import { DB_BUSY_TIMEOUT_MS, isDatabaseBusy } from "./errors";

/**
 * Rows changed through the server's connection so far (moves with every committed write). On
 * PostgreSQL there is no one connection to count and no retry is needed (its lock wait is
 * asynchronous and runs its whole bound): 0, so a refused write is answered as it is.
 */
export function serverChanges(): number {
  if (databaseTarget().engine === "postgres") return 0;
  return getDb().$client.prepare("select total_changes()").pluck().get() as number;
}

export async function whileBusy<T>(attempt: () => T | Promise<T>, changes: () => number = serverChanges, budgetMs = DB_BUSY_TIMEOUT_MS): Promise<T> {
  const started = Date.now();
  let delay = 10;
  for (;;) {
    const before = changes();
    try {
      return await attempt();
    } catch (err) {
      if (!isDatabaseBusy(err) || changes() !== before || Date.now() - started + delay > budgetMs) throw err;
      await sleep(delay);
      delay = Math.min(delay * 2, 200);
    }
  }
}
