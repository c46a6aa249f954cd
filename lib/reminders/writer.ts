/**
 * ReminderWriter: the reminder writes on either engine, each checking the editor permission and
 * logged in the audit log (subscriptions.ts on SQLite, subscriptions-pg.ts on PostgreSQL; the same
 * rules). lib/ledger/engine.ts appReminderWriter hands the app the one for DATABASE_URL.
 */
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import type { Actor } from "@/lib/auth/actor";
import { follow, subscribe, unfollow, unsubscribe } from "./subscriptions";
import { followPg, subscribePg, unfollowPg, unsubscribePg } from "./subscriptions-pg";

export interface ReminderWriter {
  subscribe(actor: Actor | null, input: unknown): Promise<{ email: string }>;
  unsubscribe(actor: Actor | null): Promise<boolean>;
  follow(actor: Actor | null, input: unknown): Promise<boolean>;
  unfollow(actor: Actor | null, followId: number): Promise<boolean>;
}

export function sqliteReminderWriter(db: DB): ReminderWriter {
  return {
    subscribe: async (actor, input) => subscribe(db, actor, input),
    unsubscribe: async (actor) => unsubscribe(db, actor),
    follow: async (actor, input) => follow(db, actor, input),
    unfollow: async (actor, id) => unfollow(db, actor, id),
  };
}

export function postgresReminderWriter(db: PgDB): ReminderWriter {
  return {
    subscribe: (actor, input) => subscribePg(db, actor, input),
    unsubscribe: (actor) => unsubscribePg(db, actor),
    follow: (actor, input) => followPg(db, actor, input),
    unfollow: (actor, id) => unfollowPg(db, actor, id),
  };
}
