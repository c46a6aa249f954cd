/**
 * npm run import -- FILE --as EMAIL [--format json|csv] [--dry-run]
 *
 * Imports a JSON or CSV file in the export format into the database at DATABASE_URL, through
 * the same code as the /import page (lib/import/run-import.ts): every row is validated first,
 * duplicates (same article title and quote) are skipped and reported, and the file is written
 * in one transaction only when no row has an error. The writes are attributed to the account
 * EMAIL, which must be an editor or an admin. Progress goes to stderr, the report to stdout.
 *
 * Exit codes: 0 imported (or, with --dry-run, it would import), 1 the file has errors (nothing
 * written), 2 a usage error (no such file or account, wrong role, bad option).
 *
 * DATABASE_URL=postgres://... imports into PostgreSQL (lib/import/run-import-pg.ts): the same
 * checks, report and exit codes.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openLedger } from "@/db/client";
import { getUserByEmail } from "@/db/queries/users";
import { formatProblems } from "@/db/schema-version";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/actor";
import { isRole } from "@/lib/auth/permissions";
import { databaseTarget, redactUrl } from "@/lib/config/env";
import { AppError } from "@/lib/http/errors";
import { formatOfFileName, IMPORT_FORMATS, type ImportFormat } from "@/lib/import/parse-file";
import { type ImportInput, type ImportProgress, type ImportReport, runImport } from "@/lib/import/run-import";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";

const USAGE = "usage: npm run import -- FILE --as EMAIL [--format json|csv] [--dry-run]";

class UsageError extends Error {}

function progressPrinter(): (p: ImportProgress) => void {
  let last = "";
  const tty = process.stderr.isTTY;
  return (p) => {
    const pct = p.total ? ` ${Math.round((100 * p.done) / p.total)}%` : "";
    const line =
      p.phase === "validate"
        ? `checking rows: ${p.done}/${p.total}${pct}`
        : p.phase === "write"
          ? `writing ${p.total} forecasts in one transaction${p.done === p.total ? ": done" : "…"}`
          : p.phase === "check"
            ? "looking for duplicates…"
            : p.phase === "parse"
              ? "reading the file…"
              : "";
    if (!line || line === last) return;
    last = line;
    // On a terminal one line is redrawn; in a log every step gets its own line.
    process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
}

function print(report: ImportReport, dryRun: boolean): void {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const errorCount = report.errors.length + report.moreErrors;
  if (errorCount) {
    out(`${report.fileName}: ${errorCount} error${errorCount === 1 ? "" : "s"}; nothing was written.`);
    for (const e of report.errors) out(`  ${e.row === null ? "file" : `row ${e.row}`}, ${e.field}: ${e.message}`);
    if (report.moreErrors) out(`  … and ${report.moreErrors} more`);
  } else if (report.committed && report.created) {
    const c = report.created;
    out(
      `Imported ${c.forecasts} forecast${c.forecasts === 1 ? "" : "s"} from ${report.fileName}: ${c.articles} new article${c.articles === 1 ? "" : "s"}, ${c.outcomes} outcome${c.outcomes === 1 ? "" : "s"}, ${c.people.length} new people, ${c.outlets.length} new outlets, ${c.topics.length} new topics, ${c.events.length} new events.`,
    );
  } else {
    out(
      `${report.fileName}: ${report.rows} rows checked; ${report.toImport} forecast${report.toImport === 1 ? "" : "s"} ${dryRun ? "would be imported" : "to import"} (${report.newArticles} new article${report.newArticles === 1 ? "" : "s"}).`,
    );
  }
  if (report.duplicates.length) {
    out(`${report.duplicates.length} duplicate${report.duplicates.length === 1 ? "" : "s"} ${report.committed || dryRun ? "skipped" : "found"}:`);
    for (const d of report.duplicates) out(`  row ${d.row}: ${d.message}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { as: { type: "string" }, format: { type: "string" }, "dry-run": { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError(USAGE);
  if (!values.as) throw new UsageError(`--as EMAIL is required: the editor or admin account the writes are attributed to\n${USAGE}`);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  const format = (values.format ?? formatOfFileName(file)) as ImportFormat | null;
  if (!format || !IMPORT_FORMATS.includes(format)) throw new UsageError(`cannot tell the format of ${file}: use --format ${IMPORT_FORMATS.join("|")}`);
  const input: ImportInput = { content: fs.readFileSync(file, "utf8"), format, fileName: file.split(/[\\/]/).pop() ?? file };
  const opts = { commit: !values["dry-run"], onProgress: progressPrinter() };
  const editor = (user: { id: string; name: string; email: string; role: string } | null): Actor => {
    if (!user) throw new UsageError(`no account ${values.as}; create one with npm run user:create`);
    return authorize({ id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "reader" }, INTAKE_PERMISSION);
  };
  const done = (report: ImportReport) => {
    if (process.stderr.isTTY) process.stderr.write("\n");
    print(report, values["dry-run"]);
    return report.errors.length || report.moreErrors ? 1 : 0;
  };
  const target = (() => {
    try {
      return databaseTarget();
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  })();
  if (target.engine === "postgres") {
    // Loaded only here: the PostgreSQL modules add ~0.25 s to every SQLite import's start-up.
    const [{ checkPostgres }, { closePostgres, openPostgres }, { getUserByEmailPg }, { NO_LIMITS, runImportPg }] = await Promise.all([
      import("@/db/pg/check"),
      import("@/db/pg/client"),
      import("@/db/pg/queries/import"),
      import("@/lib/import/run-import-pg"),
    ]);
    const check = await checkPostgres(target.url);
    if (check.problems.length) throw new UsageError(formatProblems(`The PostgreSQL database at ${redactUrl(target.url)} is not ready`, check.problems));
    const pg = openPostgres(target.url, { max: 2 });
    try {
      // The command runs without the server's time budget and queue, as on SQLite.
      return done(await runImportPg(pg, editor(await getUserByEmailPg(pg, values.as)), input, opts, NO_LIMITS));
    } finally {
      await closePostgres(pg);
    }
  }
  const db = (() => {
    try {
      return openLedger(target.file);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  })();
  try {
    return done(await runImport(db, editor(getUserByEmail(db, values.as)), input, opts));
  } finally {
    db.$client.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof UsageError) console.error(`import: ${err.message}`);
    else if (err instanceof AppError)
      console.error(`import: ${err.message}${err.fields?.length ? `\n${err.fields.map((f) => `  ${f.field}: ${f.message}`).join("\n")}` : ""}`);
    else console.error(err);
    process.exit(2);
  });
