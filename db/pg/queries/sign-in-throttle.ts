/** db/queries/sign-in-throttle.ts on PostgreSQL: the same rows, one transaction per failure (the row locked while counted). */
import { eq, lt, sql } from "drizzle-orm";
import type { PgTx } from "../client";
import { signInThrottle } from "../schema";

export async function getThrottlePg(db: PgTx, key: string) {
  return (await db.select().from(signInThrottle).where(eq(signInThrottle.key, key)))[0] ?? null;
}

/** One more failure: concurrent failures on one key wait for each other's row lock, so all count. */
export async function addFailurePg(db: PgTx, key: string, now: number, lockedUntil: (failures: number) => number, forgetBefore: number) {
  return db.transaction(async (tx) => {
    await tx.insert(signInThrottle).values({ key, failures: 0, lastFailureAt: now, lockedUntil: 0 }).onConflictDoNothing();
    const row = (await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for("update"))[0]!;
    const failures = row.failures > 0 && row.lastFailureAt >= forgetBefore ? row.failures + 1 : 1;
    const values = { key, failures, lastFailureAt: now, lockedUntil: lockedUntil(failures) };
    await tx.update(signInThrottle).set(values).where(eq(signInThrottle.key, key));
    return values;
  });
}

export async function clearThrottlePg(db: PgTx, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}

export async function pruneThrottlePg(db: PgTx, before: number): Promise<void> {
  await db.delete(signInThrottle).where(lt(signInThrottle.lastFailureAt, sql`${before}`));
}
