/**
 * Recording outcomes: one forecast, a retraction, or several forecasts about one shared event in
 * one step. Every path checks the role, validates, compares the caller's expectedVersion with
 * forecasts.version and appends, all in ONE immediate transaction, so two editors cannot both
 * write on the same view: the second gets a 409 with what changed.
 */
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { getForecastRow } from "@/db/queries/forecasts";
import { appendOutcome, getOutcomeHistory } from "@/db/queries/outcomes";
import { events } from "@/db/schema";
import { type Actor, authorize } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { parseInput, unprocessable } from "@/lib/http/validation";
import { forecastsChanged } from "@/lib/ledger/forecasts-changed";
import { today } from "@/lib/vocabulary/calendar";
import { dedupe, eventAudit, eventConflict, eventNotFound, forecastNotFound, noCurrentOutcome, notAboutEvent } from "./event-resolution";
import { type OutcomeRecordDTO, staleVersion, toOutcomeRecordDTO } from "./history";
import { checkAgainstForecast, recordOutcomeSchema, resolveEventSchema, retractOutcomeSchema } from "./outcome-input";

export interface WriteOptions {
  /** Today's date (YYYY-MM-DD), for tests; defaults to the real date in UTC. */
  now?: string;
}

/** The record just written, with who recorded it, in the public shape. */
function recordDTO(tx: Parameters<typeof getOutcomeHistory>[0], forecastId: number, outcomeId: number): OutcomeRecordDTO {
  const row = getOutcomeHistory(tx, forecastId).find((o) => o.id === outcomeId);
  if (!row) throw new Error(`outcome ${outcomeId} vanished inside its transaction`);
  return toOutcomeRecordDTO(row);
}

export function recordOutcome(db: DB, actor: Actor | null, forecastId: number, input: unknown, opts: WriteOptions = {}): OutcomeRecordDTO {
  const editor = authorize(actor, PERMISSIONS.recordOutcome);
  if (!getForecastRow(db, forecastId)) throw forecastNotFound(forecastId);
  const v = parseInput(recordOutcomeSchema(opts.now ?? today()), input);
  return db.transaction(
    (tx) => {
      const f = getForecastRow(tx, forecastId);
      if (!f) throw forecastNotFound(forecastId);
      if (f.version !== v.expectedVersion) throw staleVersion(tx, f, v.expectedVersion);
      const hasHistory = getOutcomeHistory(tx, forecastId).length > 0;
      const problems = checkAgainstForecast(f, v, hasHistory);
      if (problems.length) throw unprocessable(problems);
      const row = appendOutcome(tx, {
        forecastId,
        status: v.status,
        occurredOn: v.occurredOn,
        evidence: v.evidence,
        note: v.note,
        reason: v.reason,
        recordedBy: editor.id,
      });
      forecastsChanged(tx, [forecastId]);
      return recordDTO(tx, forecastId, row.id);
    },
    { behavior: "immediate" },
  );
}

/** Withdraws the current outcome: a new record says why, and the forecast is unresolved again. */
export function retractOutcome(db: DB, actor: Actor | null, forecastId: number, input: unknown): OutcomeRecordDTO {
  const editor = authorize(actor, PERMISSIONS.recordOutcome);
  if (!getForecastRow(db, forecastId)) throw forecastNotFound(forecastId);
  const v = parseInput(retractOutcomeSchema, input);
  return db.transaction(
    (tx) => {
      const f = getForecastRow(tx, forecastId);
      if (!f) throw forecastNotFound(forecastId);
      if (f.version !== v.expectedVersion) throw staleVersion(tx, f, v.expectedVersion);
      const current = f.currentOutcomeId ? getOutcomeHistory(tx, forecastId).find((o) => o.id === f.currentOutcomeId) : undefined;
      if (!current) throw noCurrentOutcome();
      const row = appendOutcome(tx, {
        forecastId,
        status: current.status,
        occurredOn: null,
        evidence: [],
        note: v.note,
        reason: v.reason,
        recordedBy: editor.id,
        retraction: true,
      });
      forecastsChanged(tx, [forecastId]);
      return recordDTO(tx, forecastId, row.id);
    },
    { behavior: "immediate" },
  );
}

/**
 * One outcome for several forecasts about the same event, in one transaction: each forecast
 * gets its own record (and its own version check); if any check fails, nothing is written.
 */
export function resolveEventTogether(db: DB, actor: Actor | null, eventId: number, input: unknown, opts: WriteOptions = {}): OutcomeRecordDTO[] {
  const editor = authorize(actor, PERMISSIONS.recordOutcome);
  const event = db.select({ id: events.id, title: events.title }).from(events).where(eq(events.id, eventId)).get();
  if (!event) throw eventNotFound(eventId);
  const v = parseInput(resolveEventSchema(opts.now ?? today()), input);
  return db.transaction(
    (tx) => {
      const rows = v.forecasts.map((sel) => ({ sel, f: getForecastRow(tx, sel.id) }));
      const problems = notAboutEvent(rows, eventId);
      if (problems.length) throw unprocessable(problems);
      const stale = rows.filter(({ sel, f }) => f!.version !== sel.expectedVersion);
      if (stale.length) throw eventConflict(stale.map(({ sel, f }) => staleVersion(tx, f!, sel.expectedVersion)));
      let anyHistory = false;
      rows.forEach(({ f }, i) => {
        const hasHistory = getOutcomeHistory(tx, f!.id).length > 0;
        anyHistory ||= hasHistory;
        problems.push(...checkAgainstForecast(f!, v, hasHistory, `forecasts.${i}.`));
      });
      if (problems.length) throw unprocessable(dedupe(problems));
      const ids = rows.map(({ f }) => f!.id);
      const written = rows.map(({ f }) =>
        appendOutcome(tx, {
          forecastId: f!.id,
          status: v.status,
          occurredOn: v.occurredOn,
          evidence: v.evidence,
          note: v.note,
          reason: v.reason,
          recordedBy: editor.id,
          auditDetail: { eventId, resolvedTogether: ids },
        }),
      );
      forecastsChanged(tx, ids);
      writeAudit(
        tx,
        eventAudit(
          editor.id,
          event,
          v,
          ids,
          written.map((w) => w.id),
          anyHistory,
        ),
      );
      return written.map((w) => recordDTO(tx, w.forecastId, w.id));
    },
    { behavior: "immediate" },
  );
}
