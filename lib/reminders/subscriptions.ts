/**
 * An editor's reminder subscription and the sources they follow (/account/reminders). Every
 * write checks the editor permission and is logged in the audit log. The rules (the schemas, where a
 * new subscription starts, the audit entries) are here for both engines; subscriptions-pg.ts runs
 * them over db/pg/queries/reminders.ts.
 */
import { z } from "zod";
import type { DB } from "@/db/client";
import { type AuditInput, writeAudit } from "@/db/queries/audit";
import * as q from "@/db/queries/reminders";
import { type Actor, authorize } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/validation";
import { today } from "@/lib/vocabulary/calendar";

/** Reminders are for the people who resolve forecasts: the editor permission. */
export const REMINDER_PERMISSION = PERMISSIONS.recordOutcome;

export const subscribeSchema = z.object({
  email: z.email("enter an e-mail address such as ada@example.org").max(254),
  allDue: z.boolean(),
});

export const followSchema = z.object({
  kind: z.enum(["person", "outlet"], { error: "choose a person or an outlet" }),
  slug: z.string().min(1, "choose whom to follow"),
});

function yesterday(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

type Existing = { dueSentThrough: string; outcomesSentThrough: number } | null;
type Subscribe = z.infer<typeof subscribeSchema>;
type Follow = z.infer<typeof followSchema>;

/** The row to upsert: an existing subscription keeps its watermarks (a change of address or scope repeats nothing). */
export function subscriptionRow(userId: string, v: Subscribe, existing: Existing, maxOutcomeId: number, now: string) {
  return {
    userId,
    email: v.email,
    allDue: v.allDue,
    dueSentThrough: existing?.dueSentThrough ?? yesterday(now),
    outcomesSentThrough: existing?.outcomesSentThrough ?? maxOutcomeId,
  };
}

export const auditSubscribe = (userId: string, v: Subscribe, existed: boolean, rowId: number): AuditInput => ({
  userId,
  action: existed ? "reminders.update" : "reminders.subscribe",
  entityType: "reminder",
  entityId: String(rowId),
  detail: { email: v.email, allDue: v.allDue },
});
export const auditUnsubscribe = (userId: string): AuditInput => ({ userId, action: "reminders.unsubscribe", entityType: "reminder", entityId: userId });
export const auditFollow = (userId: string, v: Follow): AuditInput => ({
  userId,
  action: "follows.add",
  entityType: "reminder",
  entityId: `${v.kind}:${v.slug}`,
});
export const auditUnfollow = (userId: string, followId: number): AuditInput => ({
  userId,
  action: "follows.remove",
  entityType: "reminder",
  entityId: String(followId),
});
export const noSuchSource = (v: Follow) =>
  new AppError("unprocessable", `No ${v.kind} "${v.slug}"`, [{ field: "slug", message: `no ${v.kind} with this slug` }]);

/**
 * Subscribe (or change the address and scope). A new subscription starts now: forecasts already
 * past their deadline are in the due queue, and outcomes already recorded are not repeated.
 */
export function subscribe(db: DB, actor: Actor | null, input: unknown, now = today()) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  const v = parseInput(subscribeSchema, input);
  return db.transaction((tx) => {
    const existing = q.getSubscription(tx, editor.id);
    const row = q.upsertSubscription(tx, subscriptionRow(editor.id, v, existing, q.maxOutcomeId(tx), now));
    writeAudit(tx, auditSubscribe(editor.id, v, !!existing, row.id));
    return row;
  });
}

export function unsubscribe(db: DB, actor: Actor | null) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  return db.transaction((tx) => {
    const n = q.deleteSubscription(tx, editor.id);
    if (n) writeAudit(tx, auditUnsubscribe(editor.id));
    return n > 0;
  });
}

export function follow(db: DB, actor: Actor | null, input: unknown) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  const v = parseInput(followSchema, input);
  return db.transaction((tx) => {
    const id = v.kind === "person" ? q.personIdBySlug(tx, v.slug) : q.outletIdBySlug(tx, v.slug);
    if (id === null) throw noSuchSource(v);
    const added = q.addFollow(tx, editor.id, v.kind === "person" ? { personId: id } : { outletId: id });
    if (added) writeAudit(tx, auditFollow(editor.id, v));
    return added;
  });
}

export function unfollow(db: DB, actor: Actor | null, followId: number) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  return db.transaction((tx) => {
    const n = q.removeFollow(tx, editor.id, followId);
    if (n) writeAudit(tx, auditUnfollow(editor.id, followId));
    return n > 0;
  });
}
