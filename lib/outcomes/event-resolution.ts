/**
 * The rules of the outcome paths that need no database, shared by record-outcome.ts (SQLite) and
 * record-outcome-pg.ts (PostgreSQL), which read the rows and call these: for resolving several
 * forecasts about one shared event, which selections are not about the event, the one 409 for
 * stale views and the audit entry; and the refusals both engines give (404s, nothing to retract).
 */

import type { AuditInput } from "@/db/queries/audit";
import type { Forecast } from "@/db/schema";
import { AppError, type FieldError } from "@/lib/http/errors";
import type { ResolveEventInput } from "./outcome-input";

export interface Selected<F extends Pick<Forecast, "id" | "eventId"> = Pick<Forecast, "id" | "eventId">> {
  sel: { id: number; expectedVersion: number };
  f: F | null;
}

/** A forecast that does not exist or is about another event, by its place in the form. */
export function notAboutEvent(rows: Selected[], eventId: number): FieldError[] {
  const problems: FieldError[] = [];
  rows.forEach(({ sel, f }, i) => {
    if (!f || f.eventId !== eventId) problems.push({ field: `forecasts.${i}.id`, message: `forecast #${sel.id} is not about this event` });
  });
  return problems;
}

/** The one 409 for every forecast whose version moved (each forecast's own 409 inside). */
export function eventConflict(conflicts: AppError[]): AppError {
  const n = conflicts.length;
  return new AppError(
    "conflict",
    `${n === 1 ? "One of the forecasts" : `${n} of the forecasts`} changed after you opened the page; nothing was saved. ${conflicts.map((c) => c.message).join(" ")}`,
    undefined,
    { current: { forecasts: conflicts.map((c) => c.details?.current) } },
  );
}

export function eventAudit(
  editorId: string,
  event: { id: number; title: string },
  v: ResolveEventInput,
  ids: number[],
  outcomeIds: number[],
  superseding: boolean,
): AuditInput {
  return {
    userId: editorId,
    action: "event.resolve",
    entityType: "event",
    entityId: String(event.id),
    detail: { event: event.title, status: v.status, occurredOn: v.occurredOn, forecastIds: ids, outcomeIds, superseding },
  };
}

export function dedupe(fields: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = `${f.field}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function forecastNotFound(id: number): AppError {
  return new AppError("not_found", `No forecast with id ${id}`);
}

export function eventNotFound(id: number): AppError {
  return new AppError("not_found", `No shared event with id ${id}`);
}

export function noCurrentOutcome(): AppError {
  return new AppError("unprocessable", "There is no current outcome to retract.", [{ field: "status", message: "this forecast has no current outcome" }]);
}
