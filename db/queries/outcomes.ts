/**
 * Outcome history: append-only records per forecast. The latest record is the current outcome
 * (unless it is a retraction, which leaves the forecast unresolved); forecasts.current_outcome_id
 * and forecasts.version move with it in the same transaction.
 */
import { desc, eq, inArray } from "drizzle-orm";
import type { OutcomeStatus } from "@/lib/vocabulary";
import type { DB } from "../client";
import { type Evidence, forecasts, outcomes, users } from "../schema";
import type { Tx } from "../tx";
import { writeAudit } from "./audit";

export interface AppendOutcomeInput {
  forecastId: number;
  status: OutcomeStatus;
  occurredOn: string | null;
  evidence: Evidence[];
  note: string | null;
  /** Why this record replaces the previous one (required when there is one). */
  reason: string | null;
  recordedBy: string;
  /** Withdraw the latest record: the forecast has no current outcome afterwards. */
  retraction?: boolean;
  /** Extra context for the audit log (e.g. the shared event resolved in the same step). */
  auditDetail?: Record<string, unknown>;
}

/**
 * Appends an outcome record, moves the forecast's pointer and bumps its version. Call inside a
 * transaction together with the caller's version check.
 */
export function appendOutcome(tx: Tx, input: AppendOutcomeInput) {
  const current = tx.select({ version: forecasts.version }).from(forecasts).where(eq(forecasts.id, input.forecastId)).get();
  if (!current) throw new Error(`forecast ${input.forecastId} does not exist`);
  // The latest record, current or retracted: every new record supersedes it.
  const latest = tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.forecastId, input.forecastId)).orderBy(desc(outcomes.id)).limit(1).get();
  const version = current.version + 1;
  // The recorder's name as it is now, kept on the record (the history never renames it later).
  const recorder = tx.select({ name: users.name }).from(users).where(eq(users.id, input.recordedBy)).get();
  if (!recorder) throw new Error(`account ${input.recordedBy} does not exist`);
  const row = tx
    .insert(outcomes)
    .values({
      forecastId: input.forecastId,
      status: input.status,
      occurredOn: input.occurredOn,
      evidence: input.evidence,
      note: input.note,
      reason: input.reason,
      supersedesId: latest?.id ?? null,
      retraction: input.retraction ?? false,
      version,
      recordedBy: input.recordedBy,
      recordedByName: recorder.name,
    })
    .returning()
    .get();
  tx.update(forecasts)
    .set({
      currentOutcomeId: row.retraction ? null : row.id,
      outcomeStatus: row.retraction ? null : row.status,
      outcomeOccurredOn: row.retraction ? null : row.occurredOn,
      version,
      updatedAt: new Date(),
    })
    .where(eq(forecasts.id, input.forecastId))
    .run();
  writeAudit(tx, {
    userId: input.recordedBy,
    action: row.retraction ? "outcome.retract" : latest ? "outcome.supersede" : "outcome.record",
    entityType: "forecast",
    entityId: String(input.forecastId),
    detail: {
      outcomeId: row.id,
      status: row.status,
      occurredOn: row.occurredOn,
      evidence: row.evidence.length,
      supersedesId: row.supersedesId,
      reason: row.reason,
      version,
      ...input.auditDetail,
    },
  });
  return row;
}

/** The whole history of a forecast, newest first, with who recorded each record. */
export function getOutcomeHistory(db: Tx, forecastId: number) {
  return db
    .select({
      id: outcomes.id,
      forecastId: outcomes.forecastId,
      status: outcomes.status,
      occurredOn: outcomes.occurredOn,
      evidence: outcomes.evidence,
      note: outcomes.note,
      reason: outcomes.reason,
      supersedesId: outcomes.supersedesId,
      retraction: outcomes.retraction,
      version: outcomes.version,
      recordedAt: outcomes.recordedAt,
      recordedBy: { id: outcomes.recordedBy, name: outcomes.recordedByName },
    })
    .from(outcomes)
    .where(eq(outcomes.forecastId, forecastId))
    .orderBy(desc(outcomes.id))
    .all();
}

export type OutcomeHistoryRow = ReturnType<typeof getOutcomeHistory>[number];

/** Which of these forecasts have any outcome record (a retracted one counts: a new record supersedes it). */
export function forecastsWithOutcomeRecords(db: DB, forecastIds: number[]): Set<number> {
  if (forecastIds.length === 0) return new Set();
  return new Set(
    db
      .selectDistinct({ id: outcomes.forecastId })
      .from(outcomes)
      .where(inArray(outcomes.forecastId, forecastIds))
      .all()
      .map((r) => r.id),
  );
}
