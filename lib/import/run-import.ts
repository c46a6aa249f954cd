/**
 * The bulk import, shared by the /import page (POST /api/v1/import) and `npm run import`:
 *
 * 1. parse the file (JSON or CSV in the export format);
 * 2. validate every record, in chunks, reporting progress, collecting every error with its row
 *    and field;
 * 3. check it against the database: duplicates (same article title and quote, stored or earlier
 *    in the file) are reported and skipped; rows that would contradict a stored article are errors;
 * 4. only when no row has an error, and only when asked to commit: write everything in ONE
 *    transaction. When committing a file whose rows all passed step 2, step 3 runs once, inside
 *    that transaction, against the data as it is then (an error, or nothing left to write, rolls
 *    it back and is reported as a check would report it).
 *
 * Any error means nothing is written. Outcomes in the file are recorded as new outcome records
 * attributed to the importing editor; the file's recordedBy and recordedAt go to the audit log.
 */

import type { DB } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { fieldErrors } from "@/lib/http/validation";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { indexAfterCommit } from "@/lib/search/indexer";
import { today } from "@/lib/vocabulary/calendar";
import { type ImportFormat, parseImportFile, type RowError } from "./parse-file";
import { markPhase } from "./phase-times";
import { type Duplicate, type Plan, planImport, type ValidRow } from "./plan-import";
import { importRecordSchema } from "./record-schema";
import { ImportRejected, writeImport } from "./write-import";

export type { Duplicate } from "./plan-import";
export { QUOTE_SEPARATOR } from "./write-import";

export const MAX_IMPORT_CHARS = 20_000_000;
/** The JSON request carrying such a file: UTF-8 takes up to 3 bytes a character, plus escaping. */
export const MAX_IMPORT_BODY_BYTES = 3 * MAX_IMPORT_CHARS + 1024 * 1024;
export const MAX_REPORTED_ERRORS = 500;

export type ImportPhase = "parse" | "validate" | "check" | "write" | "done";
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportReport {
  fileName: string | null;
  format: ImportFormat;
  rows: number;
  /** Every problem found; when there is any, nothing was (or would be) written. */
  errors: RowError[];
  /** Errors beyond MAX_REPORTED_ERRORS are counted here, not listed. */
  moreErrors: number;
  duplicates: Duplicate[];
  /** Rows that are (or would be) written. */
  toImport: number;
  newArticles: number;
  committed: boolean;
  created: { articles: number; forecasts: number; outcomes: number; people: string[]; outlets: string[]; topics: string[]; events: string[] } | null;
  forecastIds: number[];
}

export interface ImportInput {
  content: string;
  format: ImportFormat;
  fileName?: string | null;
}

export interface ImportOptions {
  /** false: validate and report only (the preview); true: write when there is no error. */
  commit: boolean;
  now?: string;
  onProgress?: (p: ImportProgress) => void;
  /** Records validated between two progress reports. */
  chunkSize?: number;
  /** Rebuild the indexes instead of maintaining them (default: when the file adds at least a fifth of the stored forecasts; lib/import/write-import.ts). */
  deferIndexes?: boolean;
  /**
   * Where steps 1-2 (parse, validate) run; default: here (prepareRows). The server on PostgreSQL
   * passes a worker thread (lib/workers/tasks.ts prepareImportInWorker), since they are seconds of CPU.
   */
  prepare?: (input: ImportInput, now: string, onProgress: (p: ImportProgress) => void) => Promise<PreparedRows>;
}

/** Steps 1-2 of an import: the file parsed and its records validated (plain data, so a worker thread can send it). */
export interface PreparedRows {
  total: number;
  /** Errors of the file as a whole (row null) or its cells. */
  parseErrors: RowError[];
  /** The file cannot be read as records (or holds none): nothing was validated. */
  unreadable: boolean;
  valid: ValidRow[];
  rowErrors: RowError[];
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Validates every record; empties `records` as it goes. */
async function validateRecords(records: unknown[], now: string, report: (done: number) => void, chunkSize: number) {
  const schema = importRecordSchema(now);
  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  for (let i = 0; i < records.length; i++) {
    const parsed = schema.safeParse(records[i]);
    // The file's record is let go once validated: with the validated copies, the largest thing in memory (less for the garbage collector to walk).
    records[i] = undefined;
    if (parsed.success) valid.push({ row: i + 1, record: parsed.data });
    else for (const f of fieldErrors(parsed.error)) errors.push({ row: i + 1, field: f.field === "input" ? "record" : f.field, message: f.message });
    if ((i + 1) % chunkSize === 0) {
      report(i + 1);
      // Let the progress line go out (and other requests run) before the next chunk.
      await yieldToEventLoop();
    }
  }
  report(records.length);
  return { valid, errors };
}

function capped(errors: RowError[]): { errors: RowError[]; moreErrors: number } {
  return { errors: errors.slice(0, MAX_REPORTED_ERRORS), moreErrors: Math.max(0, errors.length - MAX_REPORTED_ERRORS) };
}

/**
 * Validates an import file and, with `commit`, writes it. Throws 401/403 for a caller without
 * the editor role; every problem with the file comes back in the report, never as a throw.
 */
export function runImport(db: DB, actor: Actor | null, input: ImportInput, opts: ImportOptions): Promise<ImportReport> {
  return runImportWith(
    {
      plan: async (rows) => planImport(db, rows),
      write: async (editor, rows, now, planned) => {
        // A bulk write touches many index pages: let this connection keep up to 64 MB of them (SQLite's default is 2 MB).
        if (db.$client.pragma("cache_size", { simple: true }) === -2000) db.$client.pragma("cache_size = -65536");
        const written = db.transaction((tx) => writeImport(db, tx, editor, rows, input, now, { deferIndexes: opts.deferIndexes, planned }), {
          behavior: "immediate",
        });
        markPhase("commit");
        indexAfterCommit(db);
        markPhase("search index");
        return written;
      },
    },
    actor,
    input,
    opts,
  );
}

/**
 * What differs between the engines (run-import-pg.ts on PostgreSQL): step 3 against the data as
 * it is now (a preview, or a file with errors), and step 4 in one transaction that plans (again)
 * and throws ImportRejected when the plan refuses the file or leaves nothing to write.
 */
export interface ImportStore {
  plan(rows: ValidRow[]): Promise<Plan>;
  /** Plans in the transaction, calls `planned` when the plan allows the write, then writes; throws ImportRejected (rolled back) otherwise. */
  write(
    editor: Actor,
    rows: ValidRow[],
    now: string,
    planned: (plan: Plan) => void,
  ): Promise<{ plan: Plan; forecastIds: number[]; created: NonNullable<ImportReport["created"]> }>;
}

/** Steps 1-2: parse the file and validate its records (no database). */
export async function prepareRows(input: ImportInput, now: string, progress: (p: ImportProgress) => void, chunkSize = 200): Promise<PreparedRows> {
  markPhase("read file");
  progress({ phase: "parse", done: 0, total: 0 });
  const parsed = parseImportFile(input.content, input.format);
  const total = parsed.records.length;
  markPhase("parse");
  if (parsed.errors.some((e) => e.row === null) || (total === 0 && parsed.errors.length === 0)) {
    const parseErrors = parsed.errors.length ? parsed.errors : [{ row: null, field: "file", message: "the file holds no records" }];
    return { total, parseErrors, unreadable: true, valid: [], rowErrors: [] };
  }
  const { valid, errors: rowErrors } = await validateRecords(parsed.records, now, (done) => progress({ phase: "validate", done, total }), chunkSize);
  markPhase("validate");
  return { total, parseErrors: parsed.errors, unreadable: false, valid, rowErrors };
}

/** The steps of the import over either engine's store: parse, validate, check, write. */
export async function runImportWith(store: ImportStore, actor: Actor | null, input: ImportInput, opts: ImportOptions): Promise<ImportReport> {
  const editor = authorize(actor, INTAKE_PERMISSION);
  const now = opts.now ?? today();
  const progress = opts.onProgress ?? (() => {});
  const chunkSize = opts.chunkSize ?? 200;
  const base = { fileName: input.fileName ?? null, format: input.format, committed: false, created: null, forecastIds: [] as number[] };
  if (input.content.length > MAX_IMPORT_CHARS) {
    throw new AppError("unprocessable", "The file is too large to import at once.", [
      { field: "file", message: `at most ${MAX_IMPORT_CHARS.toLocaleString("en")} characters; split it into several files` },
    ]);
  }

  const prepared = await (opts.prepare ?? ((i, n, p) => prepareRows(i, n, p, chunkSize)))(input, now, progress);
  const { total, valid } = prepared;
  if (prepared.unreadable) {
    progress({ phase: "done", done: 0, total });
    return { ...base, rows: total, ...capped(prepared.parseErrors), duplicates: [], toImport: 0, newArticles: 0 };
  }
  progress({ phase: "check", done: 0, total });
  /** The report of a check: `errors` the file's and the plan's, in row order. */
  const checked = (plan: Plan, fileErrors: RowError[]): ImportReport => {
    const errors = [...fileErrors, ...plan.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const toImport = plan.articles.reduce((n, a) => n + a.rows.length, 0);
    const newArticles = plan.articles.filter((a) => a.storedId === null).length;
    return { ...base, rows: total, ...capped(errors), duplicates: plan.duplicates, toImport, newArticles };
  };
  const fileErrors = [...prepared.parseErrors, ...prepared.rowErrors];
  if (!opts.commit || fileErrors.length) {
    // Cell errors (bad JSON in a cell) and schema errors come first, then the database checks.
    const report = checked(await store.plan(valid), fileErrors);
    markPhase("check");
    progress({ phase: "check", done: total, total });
    progress({ phase: "done", done: total, total });
    return report;
  }

  // Committing a file without errors: the check runs once, inside the write transaction, against
  // the data as it is then; with an error or nothing to write it rolls back (ImportRejected).
  let report: ImportReport | null = null;
  try {
    const written = await store.write(editor, valid, now, (plan) => {
      report = checked(plan, []);
      progress({ phase: "check", done: total, total });
      progress({ phase: "write", done: 0, total: report.toImport });
    });
    const done = report ?? checked(written.plan, []);
    progress({ phase: "write", done: done.toImport, total: done.toImport });
    progress({ phase: "done", done: total, total });
    return { ...done, committed: true, created: written.created, forecastIds: written.forecastIds };
  } catch (err) {
    if (!(err instanceof ImportRejected)) throw err;
    if (!report) progress({ phase: "check", done: total, total });
    progress({ phase: "done", done: total, total });
    return checked(err.plan, []);
  }
}
