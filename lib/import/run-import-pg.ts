/**
 * The bulk import on PostgreSQL: the same steps and report as on SQLite (run-import.ts
 * runImportWith), over PostgreSQL's store: the check reads the facts with two set queries
 * (write-import-pg.ts gatherPlanFactsPg), the write is one transaction under the ledger write
 * lock (withWriteTransaction) that plans again, and the search documents the insert triggers
 * marked are folded after the commit. It runs in the calling process: the writes are a few
 * multi-row statements the PostgreSQL server executes, so the process mostly awaits them (the
 * SQLite import runs in a worker thread because its writes block the thread that makes them).
 */
import type { PgDB } from "@/db/pg/client";
import { withWriteTransaction } from "@/db/pg/queries/outcomes";
import type { Actor } from "@/lib/auth/actor";
import { syncSearchIndexPg } from "@/lib/search/indexer-pg";
import { markPhase } from "./phase-times";
import { planFromFacts } from "./plan-import";
import { type ImportInput, type ImportOptions, type ImportReport, runImportWith } from "./run-import";
import { gatherPlanFactsPg, writeImportPg } from "./write-import-pg";

export function runImportPg(db: PgDB, actor: Actor | null, input: ImportInput, opts: ImportOptions): Promise<ImportReport> {
  return runImportWith(
    {
      plan: async (rows) => planFromFacts(rows, await gatherPlanFactsPg(db, rows)),
      write: async (editor, rows, now) => {
        const written = await withWriteTransaction(db, (tx) => writeImportPg(tx, editor, rows, input, now));
        markPhase("audit and commit");
        await syncSearchIndexPg(db);
        markPhase("search index");
        return written;
      },
    },
    actor,
    input,
    opts,
  );
}
