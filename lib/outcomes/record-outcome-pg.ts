/**
 * Recording, retracting and resolving outcomes on PostgreSQL: the same steps as record-outcome.ts
 * with the same shared rules (the role check, the zod schemas, checkAgainstForecast, the 409
 * built by staleVersionFrom, event-resolution.ts), over db/pg/queries in one write transaction
 * (withWriteTransaction: the ledger's write lock, so of several writers on one version exactly
 * one wins and the others get the same 409 as on SQLite).
 */
import type { PgDB, PgTx } from "@/db/pg/client";
import {
  appendOutcomePg,
  getEventPg,
  getForecastRowPg,
  getOutcomeHistoryPg,
  getRevisionHistoryPg,
  withWriteTransaction,
  writeAuditPg,
} from "@/db/pg/queries/outcomes";
import { type Actor, authorize } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { parseInput, unprocessable } from "@/lib/http/validation";
import { forecastsChangedPg } from "@/lib/ledger/forecasts-changed-pg";
import { today } from "@/lib/vocabulary/calendar";
import { dedupe, eventAudit, eventConflict, eventNotFound, forecastNotFound, noCurrentOutcome, notAboutEvent } from "./event-resolution";
import { type OutcomeRecordDTO, staleVersionFrom, toOutcomeRecordDTO } from "./history";
import { checkAgainstForecast, recordOutcomeSchema, resolveEventSchema, retractOutcomeSchema } from "./outcome-input";
import type { WriteOptions } from "./record-outcome";

type Row = NonNullable<Awaited<ReturnType<typeof getForecastRowPg>>>;

async function stale(tx: PgTx, f: Row, expectedVersion: number) {
  return staleVersionFrom(f, expectedVersion, await getOutcomeHistoryPg(tx, f.id), await getRevisionHistoryPg(tx, f.id));
}

async function recordDTO(tx: PgTx, forecastId: number, outcomeId: number): Promise<OutcomeRecordDTO> {
  const row = (await getOutcomeHistoryPg(tx, forecastId)).find((o) => o.id === outcomeId);
  if (!row) throw new Error(`outcome ${outcomeId} vanished inside its transaction`);
  return toOutcomeRecordDTO(row);
}

export async function recordOutcomePg(db: PgDB, actor: Actor | null, forecastId: number, input: unknown, opts: WriteOptions = {}): Promise<OutcomeRecordDTO> {
  const editor = authorize(actor, PERMISSIONS.recordOutcome);
  if (!(await getForecastRowPg(db, forecastId))) throw forecastNotFound(forecastId);
  const v = parseInput(recordOutcomeSchema(opts.now ?? today()), input);
  return withWriteTransaction(db, async (tx) => {
    const f = await getForecastRowPg(tx, forecastId);
    if (!f) throw forecastNotFound(forecastId);
    if (f.version !== v.expectedVersion) throw await stale(tx, f, v.expectedVersion);
    const hasHistory = (await getOutcomeHistoryPg(tx, forecastId)).length > 0;
    const problems = checkAgainstForecast(f, v, hasHistory);
    if (problems.length) throw unprocessable(problems);
    const row = await appendOutcomePg(tx, {
      forecastId,
      status: v.status,
      occurredOn: v.occurredOn,
      evidence: v.evidence,
      note: v.note,
      reason: v.reason,
      recordedBy: editor.id,
    });
    await forecastsChangedPg(tx, [forecastId]);
    return recordDTO(tx, forecastId, row.id);
  });
}

export async function retractOutcomePg(db: PgDB, actor: Actor | null, forecastId: number, input: unknown): Promise<OutcomeRecordDTO> {
  const editor = authorize(actor, PERMISSIONS.recordOutcome);
  if (!(await getForecastRowPg(db, forecastId))) throw forecastNotFound(forecastId);
  const v = parseInput(retractOutcomeSchema, input);
  return withWriteTransaction(db, async (tx) => {
    const f = await getForecastRowPg(tx, forecastId);
    if (!f) throw forecastNotFound(forecastId);
    if (f.version !== v.expectedVersion) throw await stale(tx, f, v.expectedVersion);
    const current = f.currentOutcomeId ? (await getOutcomeHistoryPg(tx, forecastId)).find((o) => o.id === f.currentOutcomeId) : undefined;
    if (!current) throw noCurrentOutcome();
    const row = await appendOutcomePg(tx, {
      forecastId,
      status: current.status,
      occurredOn: null,
      evidence: [],
      note: v.note,
      reason: v.reason,
      recordedBy: editor.id,
      retraction: true,
    });
    await forecastsChangedPg(tx, [forecastId]);
    return recordDTO(tx, forecastId, row.id);
  });
}

export async function resolveEventTogetherPg(
  db: PgDB,
  actor: Actor | null,
  eventId: number,
  input: unknown,
  opts: WriteOptions = {},
): Promise<OutcomeRecordDTO[]> {
  const editor = authorize(actor, PERMISSIONS.recordOutcome);
  const event = await getEventPg(db, eventId);
  if (!event) throw eventNotFound(eventId);
  const v = parseInput(resolveEventSchema(opts.now ?? today()), input);
  return withWriteTransaction(db, async (tx) => {
    const rows: { sel: (typeof v.forecasts)[number]; f: Row | null }[] = [];
    for (const sel of v.forecasts) rows.push({ sel, f: await getForecastRowPg(tx, sel.id) });
    const problems = notAboutEvent(rows, eventId);
    if (problems.length) throw unprocessable(problems);
    const staleRows = rows.filter(({ sel, f }) => f!.version !== sel.expectedVersion);
    if (staleRows.length) {
      const conflicts = [];
      for (const { sel, f } of staleRows) conflicts.push(await stale(tx, f!, sel.expectedVersion));
      throw eventConflict(conflicts);
    }
    let anyHistory = false;
    for (const [i, { f }] of rows.entries()) {
      const hasHistory = (await getOutcomeHistoryPg(tx, f!.id)).length > 0;
      anyHistory ||= hasHistory;
      problems.push(...checkAgainstForecast(f!, v, hasHistory, `forecasts.${i}.`));
    }
    if (problems.length) throw unprocessable(dedupe(problems));
    const ids = rows.map(({ f }) => f!.id);
    const written = [];
    for (const id of ids) {
      written.push(
        await appendOutcomePg(tx, {
          forecastId: id,
          status: v.status,
          occurredOn: v.occurredOn,
          evidence: v.evidence,
          note: v.note,
          reason: v.reason,
          recordedBy: editor.id,
          auditDetail: { eventId, resolvedTogether: ids },
        }),
      );
    }
    await forecastsChangedPg(tx, ids);
    await writeAuditPg(
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
    const out: OutcomeRecordDTO[] = [];
    for (const w of written) out.push(await recordDTO(tx, w.forecastId, w.id));
    return out;
  });
}
