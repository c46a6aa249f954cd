/**
 * The public shape of outcome records (API and pages), and "what changed since version N": the
 * outcome records and forecast corrections a stale view has not seen, for the 409 answer.
 */
import type { OutcomeHistoryRow } from "@/db/queries/outcomes";
import { getOutcomeHistory } from "@/db/queries/outcomes";
import { getRevisionHistory } from "@/db/queries/revisions";
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
  const outcomes = getOutcomeHistory(tx, forecastId)
    .filter((o) => o.version !== null && o.version > version)
    .map((o) => ({
      version: o.version,
      by: o.recordedBy.name,
      at: o.recordedAt.toISOString(),
      summary: `${o.recordedBy.name} ${describeOutcomeRecord(o)}${o.reason ? `; reason: ${o.reason}` : ""}`,
    }));
  const revisions = getRevisionHistory(tx, forecastId)
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

export function conflictState(tx: Tx, f: Pick<Forecast, "id" | "version" | "currentOutcomeId">, expectedVersion: number): ConflictState {
  const current = f.currentOutcomeId ? getOutcomeHistory(tx, f.id).find((o) => o.id === f.currentOutcomeId) : undefined;
  return { forecastId: f.id, version: f.version, outcome: current ? toOutcomeRecordDTO(current) : null, changes: changesSince(tx, f.id, expectedVersion) };
}

/** 409: the caller's view is older than the forecast; nothing is written. */
export function staleVersion(tx: Tx, f: Pick<Forecast, "id" | "version" | "currentOutcomeId">, expectedVersion: number): AppError {
  const state = conflictState(tx, f, expectedVersion);
  const what = state.changes.length ? ` Since then: ${state.changes.map((c) => c.summary).join(" · ")}.` : "";
  return new AppError(
    "conflict",
    `Forecast #${f.id} changed after you opened it (you saw version ${expectedVersion}, it is now at version ${f.version}); nothing was saved.${what} Review the current state and submit again if your entry still applies.`,
    undefined,
    { current: state },
  );
}
