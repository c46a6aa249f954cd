/**
 * Outcome history: append-only records per forecast. The latest record is the current outcome;
 * forecasts.current_outcome_id and forecasts.version move with it in the same transaction.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { DB } from "../client";
import { type Evidence, type OutcomeStatus, auditLog, forecasts, outcomes, users } from "../schema";

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0] | DB;

export interface AppendOutcomeInput {
  forecastId: number;
  status: OutcomeStatus;
  occurredOn: string | null;
  evidence: Evidence[];
  note: string | null;
  /** Why this record replaces the previous one (required when there is one). */
  reason: string | null;
  recordedBy: string;
}

/**
 * Appends an outcome record and moves the forecast's pointer and version. Call inside a
 * transaction together with the caller's version check.
 */
export function appendOutcome(tx: Tx, input: AppendOutcomeInput) {
  const current = tx.select({ currentOutcomeId: forecasts.currentOutcomeId }).from(forecasts).where(eq(forecasts.id, input.forecastId)).get();
  if (!current) throw new Error(`forecast ${input.forecastId} does not exist`);
  const row = tx
    .insert(outcomes)
    .values({
      forecastId: input.forecastId,
      status: input.status,
      occurredOn: input.occurredOn,
      evidence: input.evidence,
      note: input.note,
      reason: input.reason,
      supersedesId: current.currentOutcomeId,
      recordedBy: input.recordedBy,
    })
    .returning()
    .get();
  tx.update(forecasts)
    .set({ currentOutcomeId: row.id, version: sql`${forecasts.version} + 1`, updatedAt: new Date() })
    .where(eq(forecasts.id, input.forecastId))
    .run();
  tx.insert(auditLog)
    .values({ userId: input.recordedBy, action: current.currentOutcomeId ? "outcome.supersede" : "outcome.record", entityType: "forecast", entityId: String(input.forecastId), detail: { outcomeId: row.id, status: row.status, occurredOn: row.occurredOn, supersedesId: row.supersedesId, reason: row.reason } })
    .run();
  return row;
}

/** The whole history of a forecast, newest first, with who recorded each record. */
export function getOutcomeHistory(db: DB, forecastId: number) {
  return db
    .select({
      id: outcomes.id,
      status: outcomes.status,
      occurredOn: outcomes.occurredOn,
      evidence: outcomes.evidence,
      note: outcomes.note,
      reason: outcomes.reason,
      supersedesId: outcomes.supersedesId,
      recordedAt: outcomes.recordedAt,
      recordedBy: { id: users.id, name: users.name },
    })
    .from(outcomes)
    .innerJoin(users, eq(users.id, outcomes.recordedBy))
    .where(eq(outcomes.forecastId, forecastId))
    .orderBy(desc(outcomes.id))
    .all();
}

export function countOutcomesBy(db: DB, forecastId: number, userId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(outcomes).where(and(eq(outcomes.forecastId, forecastId), eq(outcomes.recordedBy, userId))).get()?.n ?? 0;
}
