/**
 * The heavy tasks' limits and the errors that name them, shared by the worker pools
 * (lib/workers/tasks.ts, SQLite) and the PostgreSQL import, which runs in the server's process
 * (lib/import/run-import-pg.ts). Set by environment variables (documented in .env.example).
 */
import { AppError } from "@/lib/http/errors";

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
export const EXTRACT_TIME_LIMIT_MS = num("HINDSIGHT_EXTRACT_TIME_LIMIT_MS", 20_000);
export const IMPORT_TIME_LIMIT_MS = num("HINDSIGHT_IMPORT_TIME_LIMIT_MS", 120_000);
export const EXTRACT_WORKERS = num("HINDSIGHT_EXTRACT_WORKERS", 1);
export const EXTRACT_QUEUE = num("HINDSIGHT_EXTRACT_QUEUE", 4);
export const IMPORT_QUEUE = num("HINDSIGHT_IMPORT_QUEUE", 2);

/** 503: `running` tasks of this kind are running and `waiting` wait (the queue limit). */
export function queueFull(name: string, running: number, waiting: number): AppError {
  return new AppError(
    "unavailable",
    `The server is busy: ${running} ${name} task(s) are running and ${waiting} are waiting (the ${name} queue limit). Try again shortly.`,
    undefined,
    { retryAfter: 10, limit: `${name} queue` },
  );
}

/** 503: the import ran past its time budget and was stopped; nothing was written. */
export function importTooLong(limitMs = IMPORT_TIME_LIMIT_MS): AppError {
  return new AppError(
    "unavailable",
    `The import took longer than ${limitMs / 1000} s (the import time limit) and was stopped; nothing was written. Try again later or split the file.`,
    undefined,
    { retryAfter: 60, limit: "import time" },
  );
}
