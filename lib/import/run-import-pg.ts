/**
 * The bulk import on PostgreSQL: the same steps and report as on SQLite (run-import.ts
 * runImportWith), over PostgreSQL's store: the check reads the facts with two set queries
 * (write-import-pg.ts gatherPlanFactsPg), the write is one transaction under the ledger write
 * lock (withWriteTransaction) that plans again, and the search documents the insert triggers
 * marked are folded after the commit. It runs in the calling process: the writes are a few
 * multi-row statements the PostgreSQL server executes, so the process mostly awaits them (the
 * SQLite import runs in a worker thread because its writes block the thread that makes them).
 *
 * The same limits as the SQLite import's worker pool (lib/workers/limits.ts): one import at a
 * time per process with a short queue (503 "import queue" beyond it), and a time budget: past
 * it the write transaction's running statement is cancelled (pg_cancel_backend), so it rolls
 * back, and the import answers 503 "import time", nothing written. An import whose commit
 * went through before the cancel took effect reports what it wrote.
 */
import { sql } from "drizzle-orm";
import type { PgDB } from "@/db/pg/client";
import { withWriteTransaction } from "@/db/pg/queries/outcomes";
import type { Actor } from "@/lib/auth/actor";
import { indexAfterCommitPg } from "@/lib/search/indexer-pg";
import { IMPORT_QUEUE, IMPORT_TIME_LIMIT_MS, importTooLong, queueFull } from "@/lib/workers/limits";
import { markPhase } from "./phase-times";
import { planFromFacts } from "./plan-import";
import { type ImportInput, type ImportOptions, type ImportReport, runImportWith } from "./run-import";
import { gatherPlanFactsPg, writeImportPg } from "./write-import-pg";

export interface ImportLimits {
  /** null: no time budget (`npm run import`, as on SQLite, where the command does not use the worker pool). */
  timeLimitMs: number | null;
  maxQueue: number;
}
/** What the import command passes: no time budget, no queue limit. */
export const NO_LIMITS: ImportLimits = { timeLimitMs: null, maxQueue: Number.POSITIVE_INFINITY };

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `fn` when no other import of this process runs; refuses when `maxQueue` already wait. */
async function oneAtATime<T>(maxQueue: number, fn: () => Promise<T>): Promise<T> {
  if (running > 0 && waiting.length >= maxQueue) throw queueFull("import", running, waiting.length);
  if (running > 0) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function runImportPg(
  db: PgDB,
  actor: Actor | null,
  input: ImportInput,
  opts: ImportOptions,
  limits: ImportLimits = { timeLimitMs: IMPORT_TIME_LIMIT_MS, maxQueue: IMPORT_QUEUE },
): Promise<ImportReport> {
  return oneAtATime(limits.maxQueue, () => {
    let expired = false;
    let writer: number | null = null; // the write transaction's server process, while it runs
    const work = runImportWith(
      {
        plan: async (rows) => planFromFacts(rows, await gatherPlanFactsPg(db, rows)),
        write: async (editor, rows, now, planned) => {
          const written = await withWriteTransaction(db, async (tx) => {
            if (expired) throw importTooLong(limits.timeLimitMs ?? 0);
            writer = (await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows[0]!.pid;
            return writeImportPg(tx, editor, rows, input, now, planned);
          }).finally(() => {
            writer = null;
          });
          markPhase("audit and commit");
          await indexAfterCommitPg(db);
          markPhase("search index");
          return written;
        },
      },
      actor,
      input,
      opts,
    );
    if (limits.timeLimitMs === null) return work;
    const budget = limits.timeLimitMs;
    const timer = setTimeout(() => {
      expired = true;
      if (writer !== null) db.$client.query("select pg_cancel_backend($1)", [writer]).catch(() => {});
    }, budget);
    timer.unref();
    return work
      .catch((err) => {
        // The cancelled statement (57014 query_canceled) or the refusal above: past the budget.
        throw expired ? importTooLong(budget) : err;
      })
      .finally(() => clearTimeout(timer));
  });
}
