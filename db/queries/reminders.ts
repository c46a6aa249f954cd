/**
 * Reminder subscriptions, follows, and the rows of a digest: forecasts that fell due after the
 * subscription's due watermark, and outcome records after its outcome watermark on the sources
 * it follows. The watermarks move only through markDigestSent (lib/reminders/notify.ts calls it
 * after the mail server accepted the digest).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { DB } from "../client";
import { follows, outlets, people, reminderSubscriptions, users } from "../schema";
import type { Tx } from "../tx";

export function getSubscription(db: Tx, userId: string) {
  return db.select().from(reminderSubscriptions).where(eq(reminderSubscriptions.userId, userId)).get() ?? null;
}

export function upsertSubscription(tx: Tx, v: { userId: string; email: string; allDue: boolean; dueSentThrough: string; outcomesSentThrough: number }) {
  return tx
    .insert(reminderSubscriptions)
    .values(v)
    .onConflictDoUpdate({ target: reminderSubscriptions.userId, set: { email: v.email, allDue: v.allDue } })
    .returning()
    .get();
}

export function deleteSubscription(tx: Tx, userId: string): number {
  return tx.delete(reminderSubscriptions).where(eq(reminderSubscriptions.userId, userId)).run().changes;
}

/** Every subscription with its account (the notify command's work list), oldest first. */
export function listSubscriptions(db: DB) {
  return db
    .select({ s: reminderSubscriptions, name: users.name, role: users.role })
    .from(reminderSubscriptions)
    .innerJoin(users, eq(users.id, reminderSubscriptions.userId))
    .orderBy(asc(reminderSubscriptions.id))
    .all();
}

export function listFollows(db: Tx, userId: string) {
  return db
    .select({ id: follows.id, personSlug: people.slug, personName: people.name, outletSlug: outlets.slug, outletName: outlets.name })
    .from(follows)
    .leftJoin(people, eq(people.id, follows.personId))
    .leftJoin(outlets, eq(outlets.id, follows.outletId))
    .where(eq(follows.userId, userId))
    .orderBy(asc(follows.id))
    .all();
}

export function addFollow(tx: Tx, userId: string, target: { personId: number } | { outletId: number }): boolean {
  return (
    tx
      .insert(follows)
      .values({ userId, ...target })
      .onConflictDoNothing()
      .run().changes > 0
  );
}

export function removeFollow(tx: Tx, userId: string, followId: number): number {
  return tx
    .delete(follows)
    .where(and(eq(follows.userId, userId), eq(follows.id, followId)))
    .run().changes;
}

export function personIdBySlug(db: Tx, slug: string): number | null {
  return db.select({ id: people.id }).from(people).where(eq(people.slug, slug)).get()?.id ?? null;
}

export function outletIdBySlug(db: Tx, slug: string): number | null {
  return db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)).get()?.id ?? null;
}

export function maxOutcomeId(db: Tx): number {
  return db.get<{ n: number | null }>(sql`select max(id) as n from outcomes`)?.n ?? 0;
}

/** Forecasts of the sources a subscription follows (as forecaster, or published by a followed outlet). */
const followedForecast = (userId: string) => sql`(
  f.forecaster_id in (select person_id from follows where user_id = ${userId} and person_id is not null)
  or f.article_id in (select a.id from articles a join follows fo on fo.user_id = ${userId} and fo.outlet_id is not null and (fo.outlet_id = a.outlet_id or fo.outlet_id = a.original_outlet_id)))`;

export interface DigestForecast {
  id: number;
  question: string;
  forecaster: string;
  deadline: string;
}

/** Unresolved forecasts whose deadline is after `after` and on or before `through` (they fell due), all or only followed ones. */
export function forecastsFallenDue(db: Tx, userId: string, allDue: boolean, after: string, through: string): DigestForecast[] {
  return db.all<DigestForecast>(sql`
    select f.id, f.question, p.name as forecaster, f.deadline
    from forecasts f join people p on p.id = f.forecaster_id
    where f.current_outcome_id is null and f.deadline > ${after} and f.deadline <= ${through}
      ${allDue ? sql`` : sql`and ${followedForecast(userId)}`}
    order by f.deadline, f.id`);
}

export interface DigestOutcome {
  outcomeId: number;
  forecastId: number;
  question: string;
  forecaster: string;
  status: string;
  retraction: boolean;
  occurredOn: string | null;
  recordedBy: string;
}

/** Outcome records with ids in (after, through] on forecasts of followed sources, oldest first. */
export function outcomesOnFollowed(db: Tx, userId: string, after: number, through: number): DigestOutcome[] {
  return db
    .all<Omit<DigestOutcome, "retraction"> & { retraction: number }>(sql`
    select o.id as outcomeId, f.id as forecastId, f.question, p.name as forecaster, o.status, o.retraction, o.occurred_on as occurredOn, u.name as recordedBy
    from outcomes o join forecasts f on f.id = o.forecast_id join people p on p.id = f.forecaster_id join user u on u.id = o.recorded_by
    where o.id > ${after} and o.id <= ${through} and ${followedForecast(userId)}
    order by o.id`)
    .map((r) => ({ ...r, retraction: !!r.retraction }));
}

/** Advance the watermarks after a successful send (or an empty digest) and clear the last error. */
export function markDigestSent(tx: Tx, id: number, dueSentThrough: string, outcomesSentThrough: number, at: Date) {
  tx.update(reminderSubscriptions)
    .set({ dueSentThrough, outcomesSentThrough, lastSentAt: at, lastAttemptAt: at, lastError: null })
    .where(eq(reminderSubscriptions.id, id))
    .run();
}

/** Record a failed attempt; the watermarks stay, so the next run sends the same forecasts again. */
export function markDigestFailed(tx: Tx, id: number, error: string, at: Date) {
  tx.update(reminderSubscriptions).set({ lastError: error, lastAttemptAt: at }).where(eq(reminderSubscriptions.id, id)).run();
}
