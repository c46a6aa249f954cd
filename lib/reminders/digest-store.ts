/**
 * What `notifyDue` (notify.ts) reads and writes, on either engine: the subscriptions, the rows of
 * a digest, and the two watermark updates (each its own transaction). The rules stay in notify.ts;
 * only the SQL differs (db/queries/reminders.ts, db/pg/queries/reminders.ts).
 */
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import * as pgq from "@/db/pg/queries/reminders";
import * as q from "@/db/queries/reminders";

type Subscription = Awaited<ReturnType<typeof q.listSubscriptions>>[number];

export interface DigestStore {
  listSubscriptions(): Promise<Subscription[]>;
  maxOutcomeId(): Promise<number>;
  forecastsFallenDue(userId: string, allDue: boolean, after: string, through: string): Promise<q.DigestForecast[]>;
  outcomesOnFollowed(userId: string, after: number, through: number): Promise<q.DigestOutcome[]>;
  /** Moves both watermarks and clears the last error, in one transaction. */
  markDigestSent(id: number, dueSentThrough: string, outcomesSentThrough: number, at: Date): Promise<void>;
  /** Records a failed attempt; the watermarks stay. */
  markDigestFailed(id: number, error: string, at: Date): Promise<void>;
}

export function sqliteDigestStore(db: DB): DigestStore {
  return {
    listSubscriptions: async () => q.listSubscriptions(db),
    maxOutcomeId: async () => q.maxOutcomeId(db),
    forecastsFallenDue: async (...a) => q.forecastsFallenDue(db, ...a),
    outcomesOnFollowed: async (...a) => q.outcomesOnFollowed(db, ...a),
    markDigestSent: async (...a) => db.transaction((tx) => q.markDigestSent(tx, ...a)),
    markDigestFailed: async (...a) => db.transaction((tx) => q.markDigestFailed(tx, ...a)),
  };
}

export function postgresDigestStore(db: PgDB): DigestStore {
  return {
    listSubscriptions: () => pgq.listSubscriptionsPg(db),
    maxOutcomeId: () => pgq.maxOutcomeIdPg(db),
    forecastsFallenDue: (...a) => pgq.forecastsFallenDuePg(db, ...a),
    outcomesOnFollowed: (...a) => pgq.outcomesOnFollowedPg(db, ...a),
    markDigestSent: (...a) => db.transaction((tx) => pgq.markDigestSentPg(tx, ...a)),
    markDigestFailed: (...a) => db.transaction((tx) => pgq.markDigestFailedPg(tx, ...a)),
  };
}
