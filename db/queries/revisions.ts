/**
 * Corrections of a forecast's fields: each one updates the forecast, bumps its version, appends
 * a revision with the before/after values and the reason (append-only, refused updates and
 * deletes by triggers) and writes the audit log, all in the caller's transaction.
 */
import { desc, eq } from "drizzle-orm";
import type { DB } from "../client";
import { type Forecast, forecastRevisions, forecasts, users } from "../schema";
import type { Tx } from "../tx";
import { writeAudit } from "./audit";

/** The forecast columns an editor may correct. */
export const CORRECTABLE_COLUMNS = [
  "quote",
  "question",
  "deadline",
  "deadlineBasis",
  "deadlineNote",
  "probability",
  "probabilityLow",
  "probabilityHigh",
  "probabilitySource",
  "verbalExpression",
  "lexiconClass",
  "lexiconVersion",
  "lowInformation",
] as const satisfies readonly (keyof Forecast)[];

export type CorrectableColumn = (typeof CORRECTABLE_COLUMNS)[number];
export type ForecastChanges = Partial<{ [K in CorrectableColumn]: { from: Forecast[K]; to: Forecast[K] } }>;

export interface AppendRevisionInput {
  forecastId: number;
  /** Only the columns whose value changes, with both values. */
  changes: ForecastChanges;
  reason: string;
  editedBy: string;
}

export function appendForecastRevision(tx: Tx, input: AppendRevisionInput) {
  const current = tx.select({ version: forecasts.version }).from(forecasts).where(eq(forecasts.id, input.forecastId)).get();
  if (!current) throw new Error(`forecast ${input.forecastId} does not exist`);
  const version = current.version + 1;
  const set: Partial<Record<CorrectableColumn, unknown>> = {};
  for (const [column, change] of Object.entries(input.changes) as [CorrectableColumn, { to: unknown }][]) set[column] = change.to;
  tx.update(forecasts)
    .set({ ...(set as Partial<Forecast>), version, updatedAt: new Date() })
    .where(eq(forecasts.id, input.forecastId))
    .run();
  const editor = tx.select({ name: users.name }).from(users).where(eq(users.id, input.editedBy)).get();
  if (!editor) throw new Error(`account ${input.editedBy} does not exist`);
  const row = tx
    .insert(forecastRevisions)
    .values({ forecastId: input.forecastId, version, changes: input.changes, reason: input.reason, editedBy: input.editedBy, editedByName: editor.name })
    .returning()
    .get();
  writeAudit(tx, {
    userId: input.editedBy,
    action: "forecast.correct",
    entityType: "forecast",
    entityId: String(input.forecastId),
    detail: { revisionId: row.id, version, fields: Object.keys(input.changes), changes: input.changes, reason: input.reason },
  });
  return row;
}

/** Every correction of a forecast, newest first, with who made it. */
export function getRevisionHistory(db: Tx | DB, forecastId: number) {
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
    .orderBy(desc(forecastRevisions.id))
    .all();
}

export type RevisionHistoryRow = ReturnType<typeof getRevisionHistory>[number];
