/**
 * Reminder subscriptions and follows on PostgreSQL: the same rules as subscriptions.ts (its schemas,
 * subscriptionRow, the audit entries, the editor permission), each write in one transaction over
 * db/pg/queries/reminders.ts. test/pg/reminders.test.ts makes the same writes on both engines.
 */
import type { PgDB } from "@/db/pg/client";
import { writeAuditPg } from "@/db/pg/queries/outcomes";
import * as q from "@/db/pg/queries/reminders";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/actor";
import { parseInput } from "@/lib/http/validation";
import { today } from "@/lib/vocabulary/calendar";
import {
  auditFollow,
  auditSubscribe,
  auditUnfollow,
  auditUnsubscribe,
  followSchema,
  noSuchSource,
  REMINDER_PERMISSION,
  subscribeSchema,
  subscriptionRow,
} from "./subscriptions";

export async function subscribePg(db: PgDB, actor: Actor | null, input: unknown, now = today()) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  const v = parseInput(subscribeSchema, input);
  return db.transaction(async (tx) => {
    const existing = await q.getSubscriptionPg(tx, editor.id);
    const row = await q.upsertSubscriptionPg(tx, subscriptionRow(editor.id, v, existing, await q.maxOutcomeIdPg(tx), now));
    await writeAuditPg(tx, auditSubscribe(editor.id, v, !!existing, row.id));
    return row;
  });
}

export async function unsubscribePg(db: PgDB, actor: Actor | null) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  return db.transaction(async (tx) => {
    const n = await q.deleteSubscriptionPg(tx, editor.id);
    if (n) await writeAuditPg(tx, auditUnsubscribe(editor.id));
    return n > 0;
  });
}

export async function followPg(db: PgDB, actor: Actor | null, input: unknown) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  const v = parseInput(followSchema, input);
  return db.transaction(async (tx) => {
    const id = v.kind === "person" ? await q.personIdBySlugPg(tx, v.slug) : await q.outletIdBySlugPg(tx, v.slug);
    if (id === null) throw noSuchSource(v);
    const added = await q.addFollowPg(tx, editor.id, v.kind === "person" ? { personId: id } : { outletId: id });
    if (added) await writeAuditPg(tx, auditFollow(editor.id, v));
    return added;
  });
}

export async function unfollowPg(db: PgDB, actor: Actor | null, followId: number) {
  const editor = authorize(actor, REMINDER_PERMISSION);
  return db.transaction(async (tx) => {
    const n = await q.removeFollowPg(tx, editor.id, followId);
    if (n) await writeAuditPg(tx, auditUnfollow(editor.id, followId));
    return n > 0;
  });
}
