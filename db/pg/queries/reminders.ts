/**
 * The async twins of db/queries/reminders.ts on PostgreSQL: subscriptions, follows and the rows of
 * a digest. Only the SQL differs; the rules (who may subscribe, what a digest holds, when the
 * watermarks move) are lib/reminders/'s, the same for both engines.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { DigestForecast, DigestOutcome } from "../../queries/reminders";
import type { PgTx } from "../client";
import { follows, outlets, people, reminderSubscriptions, users } from "../schema";

export { getSubscriptionPg, listFollowsPg } from "./app-reads";

export async function upsertSubscriptionPg(
  tx: PgTx,
  v: { userId: string; email: string; allDue: boolean; dueSentThrough: string; outcomesSentThrough: number },
) {
  const rows = await tx
    .insert(reminderSubscriptions)
    .values(v)
    .onConflictDoUpdate({ target: reminderSubscriptions.userId, set: { email: v.email, allDue: v.allDue } })
    .returning();
  return rows[0]!;
}

export async function deleteSubscriptionPg(tx: PgTx, userId: string): Promise<number> {
  return (await tx.delete(reminderSubscriptions).where(eq(reminderSubscriptions.userId, userId)).returning({ id: reminderSubscriptions.id })).length;
}

export async function listSubscriptionsPg(db: PgTx) {
  return db
    .select({ s: reminderSubscriptions, name: users.name, role: users.role })
    .from(reminderSubscriptions)
    .innerJoin(users, eq(users.id, reminderSubscriptions.userId))
    .orderBy(asc(reminderSubscriptions.id));
}

export async function addFollowPg(tx: PgTx, userId: string, target: { personId: number } | { outletId: number }): Promise<boolean> {
  return (
    (
      await tx
        .insert(follows)
        .values({ userId, ...target })
        .onConflictDoNothing()
        .returning({ id: follows.id })
    ).length > 0
  );
}

export async function removeFollowPg(tx: PgTx, userId: string, followId: number): Promise<number> {
  return (
    await tx
      .delete(follows)
      .where(and(eq(follows.userId, userId), eq(follows.id, followId)))
      .returning({ id: follows.id })
  ).length;
}

export async function personIdBySlugPg(db: PgTx, slug: string): Promise<number | null> {
  return (await db.select({ id: people.id }).from(people).where(eq(people.slug, slug)))[0]?.id ?? null;
}

export async function outletIdBySlugPg(db: PgTx, slug: string): Promise<number | null> {
  return (await db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)))[0]?.id ?? null;
}

export async function maxOutcomeIdPg(db: PgTx): Promise<number> {
  const r = await db.execute<{ n: number | null }>(sql`select max(id) as n from outcomes`);
  return Number(r.rows[0]?.n ?? 0);
}

const followedForecast = (userId: string) => sql`(
  f.forecaster_id in (select person_id from follows where user_id = ${userId} and person_id is not null)
  or f.article_id in (select a.id from articles a join follows fo on fo.user_id = ${userId} and fo.outlet_id is not null and (fo.outlet_id = a.outlet_id or fo.outlet_id = a.original_outlet_id)))`;

export async function forecastsFallenDuePg(db: PgTx, userId: string, allDue: boolean, after: string, through: string): Promise<DigestForecast[]> {
  const r = await db.execute<DigestForecast & Record<string, unknown>>(sql`
    select f.id, f.question, p.name as forecaster, f.deadline::text as deadline
    from forecasts f join people p on p.id = f.forecaster_id
    where f.current_outcome_id is null and f.deadline > ${after}::date and f.deadline <= ${through}::date
      ${allDue ? sql`` : sql`and ${followedForecast(userId)}`}
    order by f.deadline, f.id`);
  return r.rows;
}

export async function outcomesOnFollowedPg(db: PgTx, userId: string, after: number, through: number): Promise<DigestOutcome[]> {
  const r = await db.execute<DigestOutcome & Record<string, unknown>>(sql`
    select o.id as "outcomeId", f.id as "forecastId", f.question, p.name as forecaster, o.status, o.retraction,
      o.occurred_on::text as "occurredOn", u.name as "recordedBy"
    from outcomes o join forecasts f on f.id = o.forecast_id join people p on p.id = f.forecaster_id join "user" u on u.id = o.recorded_by
    where o.id > ${after} and o.id <= ${through} and ${followedForecast(userId)}
    order by o.id`);
  return r.rows;
}

export async function markDigestSentPg(tx: PgTx, id: number, dueSentThrough: string, outcomesSentThrough: number, at: Date) {
  await tx
    .update(reminderSubscriptions)
    .set({ dueSentThrough, outcomesSentThrough, lastSentAt: at, lastAttemptAt: at, lastError: null })
    .where(eq(reminderSubscriptions.id, id));
}

export async function markDigestFailedPg(tx: PgTx, id: number, error: string, at: Date) {
  await tx.update(reminderSubscriptions).set({ lastError: error, lastAttemptAt: at }).where(eq(reminderSubscriptions.id, id));
}
