/** Failed sign-ins per key (lib/auth/sign-in-throttle.ts decides; this reads and writes rows). */
import { eq, lt } from "drizzle-orm";
import type { DB } from "../client";
import { signInThrottle } from "../schema";

export function getThrottle(db: DB, key: string) {
  return db.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get() ?? null;
}

/** One more failure: the new count and lock in one statement (an upsert, so concurrent failures all count). */
export function addFailure(db: DB, key: string, now: number, lockedUntil: (failures: number) => number, forgetBefore: number) {
  return db.transaction((tx) => {
    const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
    const failures = row && row.lastFailureAt >= forgetBefore ? row.failures + 1 : 1;
    const values = { key, failures, lastFailureAt: now, lockedUntil: lockedUntil(failures) };
    tx.insert(signInThrottle).values(values).onConflictDoUpdate({ target: signInThrottle.key, set: values }).run();
    return values;
  });
}

export function clearThrottle(db: DB, key: string): void {
  db.delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
}

/** Rows whose last failure is older than `before` say nothing any more. */
export function pruneThrottle(db: DB, before: number): void {
  db.delete(signInThrottle).where(lt(signInThrottle.lastFailureAt, before)).run();
}
