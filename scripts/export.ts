/**
 * npm run export -- --format json|csv [--forecaster SLUG --outlet SLUG --topic SLUG --q TEXT --sort S --outcome O ...]
 * Writes every forecast (or those matching the list filters) to stdout, from the SQLite ledger or,
 * with a postgres:// DATABASE_URL, from PostgreSQL (the same bytes for the same ledger:
 * test/pg/export.test.ts).
 */
import { parseArgs } from "node:util";
import { openLedger } from "@/db/client";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { formatProblems } from "@/db/schema-version";
import { databaseTarget, redactUrl } from "@/lib/config/env";
import { EXPORT_FORMATS, type ExportFormat, formatExport } from "@/lib/export/format";
import { parseForecastFilters } from "@/lib/forecasts/filters";
import { exportForecasts } from "@/lib/forecasts/list";
import { exportForecastsPg } from "@/lib/forecasts/list-pg";

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    format: { type: "string", default: "json" },
    forecaster: { type: "string" },
    author: { type: "string" },
    outlet: { type: "string" },
    article: { type: "string" },
    status: { type: "string" },
    language: { type: "string" },
    topic: { type: "string" },
    deadlineFrom: { type: "string" },
    deadlineTo: { type: "string" },
    q: { type: "string" },
    sort: { type: "string" },
    outcome: { type: "string" },
  },
  strict: true,
});

const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format)) fail(`--format must be one of ${EXPORT_FORMATS.join(", ")}, got "${values.format}"`);
const { format: _f, ...filterArgs } = values;
const parsed = parseForecastFilters(Object.fromEntries(Object.entries(filterArgs).filter(([, v]) => v !== undefined)) as Record<string, string>);
if (!parsed.ok) fail(parsed.errors.map((e) => `--${e.field}: ${e.message}`).join("; "));
const { page: _p, pageSize: _s, ...filters } = parsed.filters;

// A closed pipe (export | head) is the reader saying it has enough, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => process.exit(err.code === "EPIPE" ? 0 : 1));

async function main(): Promise<void> {
  const target = (() => {
    try {
      return databaseTarget();
    } catch (err) {
      fail((err as Error).message);
    }
  })();
  if (target.engine === "postgres") {
    const check = await checkPostgres(target.url);
    if (check.problems.length) fail(formatProblems(`The PostgreSQL database at ${redactUrl(target.url)} is not ready`, check.problems));
    const db = openPostgres(target.url, { max: 2 });
    try {
      process.stdout.write(formatExport(await exportForecastsPg(db, filters), format));
    } finally {
      await closePostgres(db);
    }
    return;
  }
  const db = (() => {
    try {
      return openLedger(target.file);
    } catch (err) {
      fail((err as Error).message);
    }
  })();
  process.stdout.write(formatExport(exportForecasts(db, filters), format));
  db.$client.close();
}

main().catch((err: Error) => fail(err.message));
