/**
 * The outcome and correction writes on PostgreSQL: the twins of db/queries/outcomes.ts,
 * revisions.ts and audit.ts (append-only records, the forecast's pointer and version moved in the
 * same transaction, the recorder's name kept on the record, the audit row), and the one write
 * transaction every PostgreSQL write path runs in (withWriteTransaction).
 */
import { Mutex, withTimeout } from "async-mutex";
import { desc, eq, sql } from "drizzle-orm";
import type { AuditInput } from "../../queries/audit";
import type { AppendOutcomeInput } from "../../queries/outcomes";
import type { AppendRevisionInput, CorrectableColumn } from "../../queries/revisions";
import type { PgDB, PgTx } from "../client";
import { articles, auditLog, events, forecastRevisions, forecasts, type forecasts as forecastsTable, outcomes, users } from "../schema";

/** The reads a write needs, shared with the read side (one definition each). */
export { getForecastRowPg, getOutcomeHistoryPg, getRevisionHistoryPg } from "./history";

type ForecastRowPg = typeof forecastsTable.$inferSelect;

/**
 * Runs `fn` in one transaction that holds the ledger's write lock (a transaction-level advisory
 * lock, released at commit or rollback): ledger writes on PostgreSQL follow one another as SQLite's
 * immediate transactions do, so a version check and the kept sums always see the previous write.
 * Reads never wait for it. A write waits for the lock (and any row lock) at most
 * HINDSIGHT_DB_BUSY_TIMEOUT_MS (5 s, as SQLite's busy timeout), then fails with lock_not_available
 * (55P03), which lib/http/errors.ts asAppError answers as 503 with Retry-After.
 *
 * Within one process the writes first take their turn here, without a connection: only the write
 * whose turn it is holds one of the pool's connections while it waits for the lock. Waiting in
 * PostgreSQL instead, every write queued behind a slow one held a connection: under bench:http's
 * crowd eight of the pool's ten waited on the lock at once, and the pages' queries waited for the
 * last two (a reader's request timed out). The turn counts towards the same bound.
 */
export const LEDGER_WRITE_LOCK = 0x4869_6e64; // "Hind"
const writeTurns = new WeakMap<object, Mutex>();

/** lock_not_available (55P03), as PostgreSQL's lock_timeout raises it: the bound ran out while waiting for this process's turn. */
class WriteTurnTimeout extends Error {
  readonly code = "55P03";
}

export async function withWriteTransaction<T>(db: PgDB, fn: (tx: PgTx) => Promise<T>): Promise<T> {
  const waitMs = Math.max(1, Math.round(Number(process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS || 5000)));
  let turn = writeTurns.get(db.$client);
  if (!turn) writeTurns.set(db.$client, (turn = new Mutex()));
  const queued = performance.now();
  const timeout = new WriteTurnTimeout(`waited ${waitMs} ms for this process's turn to take the ledger's write lock`);
  return withTimeout(turn, waitMs, timeout).runExclusive(() => {
    const left = Math.max(1, Math.round(waitMs - (performance.now() - queued)));
    return db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local lock_timeout = ${left}; select pg_advisory_xact_lock(${LEDGER_WRITE_LOCK})`));
      return fn(tx);
    });
  });
}

export async function getForecastArticleBodyPg(db: PgTx, id: number): Promise<string | null> {
  const rows = await db.select({ body: articles.body }).from(forecasts).innerJoin(articles, eq(articles.id, forecasts.articleId)).where(eq(forecasts.id, id));
  return rows[0]?.body ?? null;
}

export async function getEventPg(db: PgTx, id: number): Promise<{ id: number; title: string } | null> {
  return (await db.select({ id: events.id, title: events.title }).from(events).where(eq(events.id, id)))[0] ?? null;
}

export async function writeAuditPg(tx: PgTx, entry: AuditInput) {
  await tx
    .insert(auditLog)
    .values({ userId: entry.userId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, detail: entry.detail ?? null });
}

async function recorderName(tx: PgTx, id: string): Promise<string> {
  const row = (await tx.select({ name: users.name }).from(users).where(eq(users.id, id)))[0];
  if (!row) throw new Error(`account ${id} does not exist`);
  return row.name;
}

/** db/queries/outcomes.ts appendOutcome: the record, the forecast's pointer and version, the audit row. */
export async function appendOutcomePg(tx: PgTx, input: AppendOutcomeInput) {
  const current = (await tx.select({ version: forecasts.version }).from(forecasts).where(eq(forecasts.id, input.forecastId)))[0];
  if (!current) throw new Error(`forecast ${input.forecastId} does not exist`);
  const latest = (await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.forecastId, input.forecastId)).orderBy(desc(outcomes.id)).limit(1))[0];
  const version = current.version + 1;
  const recordedByName = await recorderName(tx, input.recordedBy);
  const row = (
    await tx
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
        recordedByName,
      })
      .returning()
  )[0]!;
  await tx
    .update(forecasts)
    .set({
      currentOutcomeId: row.retraction ? null : row.id,
      outcomeStatus: row.retraction ? null : row.status,
      outcomeOccurredOn: row.retraction ? null : row.occurredOn,
      version,
      updatedAt: new Date(),
    })
    .where(eq(forecasts.id, input.forecastId));
  await writeAuditPg(tx, {
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

/** db/queries/revisions.ts appendForecastRevision: the forecast updated, its version bumped, the revision and the audit row. */
export async function appendForecastRevisionPg(tx: PgTx, input: AppendRevisionInput) {
  const current = (await tx.select({ version: forecasts.version }).from(forecasts).where(eq(forecasts.id, input.forecastId)))[0];
  if (!current) throw new Error(`forecast ${input.forecastId} does not exist`);
  const version = current.version + 1;
  const set: Partial<Record<CorrectableColumn, unknown>> = {};
  for (const [column, change] of Object.entries(input.changes) as [CorrectableColumn, { to: unknown }][]) set[column] = change.to;
  await tx
    .update(forecasts)
    .set({ ...(set as Partial<ForecastRowPg>), version, updatedAt: new Date() })
    .where(eq(forecasts.id, input.forecastId));
  const editedByName = await recorderName(tx, input.editedBy);
  const row = (
    await tx
      .insert(forecastRevisions)
      .values({ forecastId: input.forecastId, version, changes: input.changes, reason: input.reason, editedBy: input.editedBy, editedByName })
      .returning()
  )[0]!;
  await writeAuditPg(tx, {
    userId: input.editedBy,
    action: "forecast.correct",
    entityType: "forecast",
    entityId: String(input.forecastId),
    detail: { revisionId: row.id, version, fields: Object.keys(input.changes), changes: input.changes, reason: input.reason },
  });
  return row;
}
