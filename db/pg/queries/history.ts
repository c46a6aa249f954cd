/**
 * A forecast's history on PostgreSQL, the twin of db/queries/outcomes.ts getOutcomeHistory /
 * forecastsWithOutcomeRecords and db/queries/revisions.ts getRevisionHistory (what the forecast
 * page shows under the forecast), and the stored forecast row (db/queries/forecasts.ts getForecastRow).
 */
import { desc, eq, inArray } from "drizzle-orm";
import type { PgTx } from "../client";
import { forecastRevisions, forecasts, outcomes } from "../schema";

/** Every outcome record of a forecast, newest first (corrections and retractions included). */
export async function getOutcomeHistoryPg(db: PgTx, forecastId: number) {
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
    .orderBy(desc(outcomes.id));
}

/** Which of these forecasts have any outcome record (a retracted one counts). */
export async function forecastsWithOutcomeRecordsPg(db: PgTx, forecastIds: number[]): Promise<Set<number>> {
  if (forecastIds.length === 0) return new Set();
  const rows = await db.selectDistinct({ id: outcomes.forecastId }).from(outcomes).where(inArray(outcomes.forecastId, forecastIds));
  return new Set(rows.map((r) => r.id));
}

/** A forecast's corrections, newest first. */
export async function getRevisionHistoryPg(db: PgTx, forecastId: number) {
  return db
    .select({
      id: forecastRevisions.id,
      version: forecastRevisions.version,
      changes: forecastRevisions.changes,
      reason: forecastRevisions.reason,
      editedAt: forecastRevisions.editedAt,
      editedBy: { id: forecastRevisions.editedBy, name: forecastRevisions.editedByName },
    })
    .from(forecastRevisions)
    .where(eq(forecastRevisions.forecastId, forecastId))
    .orderBy(desc(forecastRevisions.id));
}

/** The stored forecast row; null when there is none. */
export async function getForecastRowPg(db: PgTx, id: number) {
  return (await db.select().from(forecasts).where(eq(forecasts.id, id)))[0] ?? null;
}
