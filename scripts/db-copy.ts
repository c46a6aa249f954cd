/**
 * npm run db:copy -- --from FILE --to postgres://USER@HOST:PORT/DB [--replace] [--verify-only]
 * Copies a SQLite ledger into PostgreSQL in one transaction (ids kept, sequences advanced), then
 * compares row counts and checksums table by table and prints them; exits 1 on any mismatch (and
 * then commits nothing). --to defaults to DATABASE_URL when that is a PostgreSQL URL.
 */
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { closePostgres } from "@/db/pg/client";
import { CopyRefused, compareLedgers, copyLedger, formatReport } from "@/db/pg/copy";
import { NotReady, preparePostgres } from "@/db/pg/prepare";
import { checkSqliteFile, formatProblems } from "@/db/schema-version";
import { DatabaseUrlError, databaseTarget, redactUrl } from "@/lib/config/env";
import { syncSearchIndexPg } from "@/lib/search/indexer-pg";

const USAGE = "usage: npm run db:copy -- --from FILE --to postgres://USER:PASSWORD@HOST:PORT/DATABASE [--replace] [--verify-only]";

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: "string" },
      to: { type: "string" },
      replace: { type: "boolean" },
      "verify-only": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.from) throw new UsageError(`--from FILE is required: the SQLite ledger to copy\n${USAGE}`);
  const source = databaseTarget(values.from);
  if (source.engine !== "sqlite") throw new UsageError(`--from must be a SQLite file, got ${redactUrl(values.from)}`);
  const to = values.to ?? (process.env.DATABASE_URL && databaseTarget(process.env.DATABASE_URL).engine === "postgres" ? process.env.DATABASE_URL : undefined);
  if (!to) throw new UsageError(`--to postgres://... is required (or a postgres:// DATABASE_URL)\n${USAGE}`);
  const target = databaseTarget(to);
  if (target.engine !== "postgres") throw new UsageError(`--to must be a PostgreSQL URL (postgres://...), got ${to}`);

  const sourceProblems = checkSqliteFile(source.file);
  if (sourceProblems.length) throw new NotReady(formatProblems(`The SQLite ledger ${source.file} cannot be copied`, sourceProblems));
  const sqlite = new Database(source.file, { readonly: true, fileMustExist: true });
  const { db, server, migrationsApplied } = await preparePostgres(target.url);
  try {
    console.error(`db:copy: ${source.file} -> ${redactUrl(target.url)} (${server}${migrationsApplied ? `, ${migrationsApplied} migrations applied` : ""})`);
    if (values["verify-only"]) {
      const tables = await compareLedgers(sqlite, db.$client);
      console.log(formatReport(tables));
      const ok = tables.every((t) => t.ok);
      console.log(ok ? "\nverified: every table's count and checksum match" : "\nMISMATCH: the databases differ (see the rows marked above)");
      return ok ? 0 : 1;
    }
    const started = performance.now();
    const report = await copyLedger(sqlite, db.$client, { replace: values.replace, onTable: (t, n) => console.error(`  copied ${t}: ${n} rows`) });
    console.log(formatReport(report.tables));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (report.ok) {
      console.log(`\ncopied and verified in ${seconds} s: every table's count and checksum match; committed`);
      console.log(`search index: ${await syncSearchIndexPg(db)} forecasts folded and indexed`);
      // Statistics for the planner and the visibility map (index-only scans) now, not at autovacuum's next round.
      await db.$client.query("vacuum (analyze)");
    } else console.log("\nMISMATCH: the copy differs from the source (see the rows marked above); rolled back, the target is unchanged");
    return report.ok ? 0 : 1;
  } finally {
    sqlite.close();
    await closePostgres(db);
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof UsageError || err instanceof DatabaseUrlError) console.error(`db:copy: ${err.message}`);
    else if (err instanceof CopyRefused) console.error(`db:copy: refused: ${err.message}`);
    else if (err instanceof NotReady) console.error(`db:copy: ${err.message}`);
    else console.error("db:copy failed; nothing was committed:", err instanceof Error ? err.message : err);
    process.exit(err instanceof UsageError ? 2 : 1);
  });
