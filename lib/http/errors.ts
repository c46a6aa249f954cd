/**
 * One error type for the app: a code that maps to an HTTP status, a message a person can act on,
 * and optional field-level details. Database errors are logged, never shown. `errorBody` is the
 * one place an error becomes the documented JSON shape `{code, message, fields?, ...details}`:
 * route handlers (lib/http/route.ts), server actions (lib/http/server-action.ts) and streamed
 * answers all use it.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  /** A feature the running engine does not have. */
  not_implemented: 501,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: FieldError[],
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  [detail: string]: unknown;
}

/** How long a write waits for another process's write lock before it gives up (db/client.ts, lib/http/busy-retry.ts). */
export const DB_BUSY_TIMEOUT_MS = Number(process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS || 5000);

/** Whether an error, or its cause (drivers wrap them), carries one of these codes. */
function hasCode(err: unknown, codes: readonly string[]): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && codes.includes(code)) return true;
  }
  return false;
}

/**
 * SQLite's "another connection holds the write lock" (tried again without blocking by
 * lib/http/busy-retry.ts). PostgreSQL's lock wait is asynchronous already and runs its whole bound.
 */
export function isDatabaseBusy(err: unknown): boolean {
  return hasCode(err, ["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED"]);
}

/**
 * A write that met a busy database and waited its bound (SQLITE_BUSY, possibly wrapped by the
 * driver) becomes 503 with Retry-After, never 500: nothing was written, trying again works.
 */
export function asAppError(err: unknown): unknown {
  // SQLite's busy timeout, or PostgreSQL's lock_timeout (55P03) around the ledger's write lock.
  if (!isDatabaseBusy(err) && !hasCode(err, ["55P03"])) return err;
  return new AppError(
    "unavailable",
    `The database is busy with another write and did not become free within ${DB_BUSY_TIMEOUT_MS / 1000} s (the write wait limit); nothing was saved. Try again in a few seconds.`,
    undefined,
    { retryAfter: 5, limit: "database write wait" },
  );
}

/** The JSON body for any thrown value; unexpected errors are logged and answered in general words. */
export function errorBody(thrown: unknown, unexpected = "Something went wrong on our side; the error has been logged."): ErrorBody {
  const err = asAppError(thrown);
  if (err instanceof AppError) return { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...(err.details ?? {}) };
  console.error(err);
  return { code: "internal", message: unexpected };
}

export function errorResponse(thrown: unknown): Response {
  const err = asAppError(thrown);
  const body = errorBody(err);
  const headers: Record<string, string> = {};
  if (err instanceof AppError && typeof err.details?.retryAfter === "number") headers["retry-after"] = String(err.details.retryAfter);
  return Response.json({ error: body }, { status: ERROR_STATUS[body.code], headers });
}
