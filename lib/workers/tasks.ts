/**
 * The heavy tasks and their limits (lib/workers/pool.ts): one pool per kind, one worker each by
 * default (the machine's cores are shared with the server), a short queue, a time budget.
 * Limits are set by environment variables (documented in .env.example).
 */
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { ExtractOptions, ExtractResult } from "@/lib/extraction";
import { AppError } from "@/lib/http/errors";
import type { ImportInput, ImportProgress, ImportReport, PreparedRows } from "@/lib/import/run-import";
import type { Language } from "@/lib/vocabulary";
import { EXTRACT_QUEUE, EXTRACT_TIME_LIMIT_MS, EXTRACT_WORKERS, IMPORT_QUEUE, IMPORT_TIME_LIMIT_MS, importTooLong } from "./limits";
import { WorkerPool } from "./pool";

export { EXTRACT_TIME_LIMIT_MS, IMPORT_TIME_LIMIT_MS };

const g = globalThis as unknown as { hindsightPools?: { extract: WorkerPool; import: WorkerPool; importPrepare: WorkerPool } };
function pools() {
  g.hindsightPools ??= {
    extract: new WorkerPool("extract", EXTRACT_WORKERS, EXTRACT_QUEUE),
    import: new WorkerPool("import", 1, IMPORT_QUEUE),
    importPrepare: new WorkerPool("import-prepare", 1, IMPORT_QUEUE),
  };
  return g.hindsightPools;
}

export function extractInWorker(p: {
  text: string;
  language: Language;
  referenceDate?: string;
  minScore?: number;
  knownPeople?: ExtractOptions["knownPeople"];
}): Promise<ExtractResult> {
  return pools().extract.run<ExtractResult>(p, {
    timeoutMs: EXTRACT_TIME_LIMIT_MS,
    onTimeout: () =>
      new AppError(
        "unprocessable",
        `Finding forecasts in this text took longer than ${EXTRACT_TIME_LIMIT_MS / 1000} s (the extraction time limit) and was stopped.`,
        [{ field: "text", message: `took longer than the extraction time limit of ${EXTRACT_TIME_LIMIT_MS / 1000} s: send a shorter text, or part of it` }],
        { limit: "extraction time" },
      ),
  });
}

export function importInWorker(actor: Actor, input: ImportInput, commit: boolean, onProgress: (p: ImportProgress) => void): Promise<ImportReport> {
  return pools().import.run<ImportReport>(
    // The worker opens the same database file the server uses.
    { file: getDb().$client.name, actor, input, commit },
    {
      timeoutMs: IMPORT_TIME_LIMIT_MS,
      onProgress: onProgress as (p: unknown) => void,
      onTimeout: () => importTooLong(),
    },
  );
}

/** PostgreSQL: an import's parse and validation in a worker thread (the check and write follow in this process, lib/import/run-import-pg.ts). */
export function prepareImportInWorker(input: ImportInput, now: string, onProgress: (p: ImportProgress) => void): Promise<PreparedRows> {
  return pools().importPrepare.run<PreparedRows>(
    { input, now },
    { timeoutMs: IMPORT_TIME_LIMIT_MS, onProgress: onProgress as (p: unknown) => void, onTimeout: () => importTooLong() },
  );
}
