/**
 * The public shape of outcome records (API and pages), and "what changed since version N": the
 * outcome records and forecast corrections a stale view has not seen, for the 409 answer.
 */
import type { OutcomeHistoryRow } from "@/db/queries/outcomes";
import { getOutcomeHistory } from "@/db/queries/outcomes";
import { getRevisionHistory, type RevisionHistoryRow } from "@/db/queries/revisions";
import type { Evidence, Forecast } from "@/db/schema";
import type { Tx } from "@/db/tx";
import { describeChange } from "@/lib/forecasts/revision-format";
import { formatDate } from "@/lib/format/dates";
import { AppError } from "@/lib/http/errors";
import type { OutcomeStatus } from "@/lib/vocabulary";
import { OUTCOME_STATUS_LABEL } from "./labels";

export interface OutcomeRecordDTO {
  id: number;
  forecastId: number;
  status: OutcomeStatus;
  occurredOn: string | null;
  evidence: Evidence[];
  note: string | null;
  /** Why this record supersedes the previous one (null on a first record). */
  reason: string | null;
  supersedesId: number | null;
  /** true: this record withdrew the previous one; the forecast had no current outcome after it. */
  retraction: boolean;
  /** The forecast's version this record produced: send it as expectedVersion for the next write. */
  version: number | null;
  recordedBy: { name: string };
  recordedAt: string;
}

export function toOutcomeRecordDTO(r: OutcomeHistoryRow): OutcomeRecordDTO {
  return {
    id: r.id,
    forecastId: r.forecastId,
    status: r.status,
    occurredOn: r.occurredOn,
    evidence: r.evidence,
    note: r.note,
    reason: r.reason,
    supersedesId: r.supersedesId,
    retraction: r.retraction,
    version: r.version,
    recordedBy: { name: r.recordedBy.name },
    recordedAt: r.recordedAt.toISOString(),
  };
}

export interface ChangeDTO {
  version: number | null;
  by: string;
  at: string;
  /** "Ed recorded “happened” (occurred 1 Mar 2024)", "Ed corrected deadline: … → …" */
  summary: string;
}

export function describeOutcomeRecord(r: Pick<OutcomeRecordDTO, "status" | "occurredOn" | "retraction" | "supersedesId">): string {
  const label = `“${OUTCOME_STATUS_LABEL[r.status]}”`;
  if (r.retraction) return `retracted the outcome ${label}`;
  const verb = r.supersedesId ? "recorded a new outcome" : "recorded the outcome";
  return `${verb} ${label}${r.occurredOn ? ` (occurred ${formatDate(r.occurredOn)})` : ""}`;
}

/** Everything written to the forecast after `version`, oldest first. */
export function changesSince(tx: Tx, forecastId: number, version: number): ChangeDTO[] {
  return changesFrom(getOutcomeHistory(tx, forecastId), getRevisionHistory(tx, forecastId), version);
}

/** changesSince from the forecast's histories as read (both engines read them in the same shape). */
export function changesFrom(outcomeHistory: OutcomeHistoryRow[], revisionHistory: RevisionHistoryRow[], version: number): ChangeDTO[] {
  const outcomes = outcomeHistory
    .filter((o) => o.version !== null && o.version > version)
    .map((o) => ({
      version: o.version,
      by: o.recordedBy.name,
      at: o.recordedAt.toISOString(),
      summary: `${o.recordedBy.name} ${describeOutcomeRecord(o)}${o.reason ? `; reason: ${o.reason}` : ""}`,
    }));
  const revisions = revisionHistory
    .filter((r) => r.version > version)
    .map((r) => ({
      version: r.version as number | null,
      by: r.editedBy.name,
      at: r.editedAt.toISOString(),
      summary: `${r.editedBy.name} corrected the forecast: ${Object.entries(r.changes)
        .map(([k, c]) => describeChange(k, c))
        .join("; ")}; reason: ${r.reason}`,
    }));
  return [...outcomes, ...revisions].sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
}

export interface ConflictState {
  forecastId: number;
  version: number;
  outcome: OutcomeRecordDTO | null;
  changes: ChangeDTO[];
}

type VersionedForecast = Pick<Forecast, "id" | "version" | "currentOutcomeId">;

export function conflictState(tx: Tx, f: VersionedForecast, expectedVersion: number): ConflictState {
  return conflictStateFrom(f, expectedVersion, getOutcomeHistory(tx, f.id), getRevisionHistory(tx, f.id));
}

function conflictStateFrom(
  f: VersionedForecast,
  expectedVersion: number,
  outcomeHistory: OutcomeHistoryRow[],
  revisionHistory: RevisionHistoryRow[],
): ConflictState {
  const current = f.currentOutcomeId ? outcomeHistory.find((o) => o.id === f.currentOutcomeId) : undefined;
  return {
    forecastId: f.id,
    version: f.version,
    outcome: current ? toOutcomeRecordDTO(current) : null,
    changes: changesFrom(outcomeHistory, revisionHistory, expectedVersion),
  };
}

/** 409: the caller's view is older than the forecast; nothing is written. */
export function staleVersion(tx: Tx, f: VersionedForecast, expectedVersion: number): AppError {
  return staleVersionFrom(f, expectedVersion, getOutcomeHistory(tx, f.id), getRevisionHistory(tx, f.id));
}

/** staleVersion from the forecast's histories as read: the one 409 message for both engines. */
export function staleVersionFrom(
  f: VersionedForecast,
  expectedVersion: number,
  outcomeHistory: OutcomeHistoryRow[],
  revisionHistory: RevisionHistoryRow[],
): AppError {
  const state = conflictStateFrom(f, expectedVersion, outcomeHistory, revisionHistory);
  const what = state.changes.length ? ` Since then: ${state.changes.map((c) => c.summary).join(" · ")}.` : "";
  return new AppError(
    "conflict",
    `Forecast #${f.id} changed after you opened it (you saw version ${expectedVersion}, it is now at version ${f.version}); nothing was saved.${what} Review the current state and submit again if your entry still applies.`,
    undefined,
    { current: state },
  );
}
