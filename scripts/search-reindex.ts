/**
 * npm run search:reindex: fold and index every forecast's search document again
 * (lib/search/indexer.ts on SQLite, lib/search/indexer-pg.ts on a postgres:// DATABASE_URL).
 * `--batch N` (SQLite): forecasts folded and written per transaction, 20,000 unless given; a
 * writer that has the database to itself (the bench generator) takes larger ones, so FTS5 builds
 * fewer, larger segments.
 */
import { parseArgs } from "node:util";
import { openLedger } from "@/db/client";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { formatProblems } from "@/db/schema-version";
import { databaseTarget, redactUrl } from "@/lib/config/env";
import { rebuildSearchIndex } from "@/lib/search/indexer";
import { rebuildSearchIndexPg } from "@/lib/search/indexer-pg";
import { errorLine } from "./error-line";

async function main(): Promise<number> {
  const started = performance.now();
  const { values } = parseArgs({ options: { batch: { type: "string" } } });
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && !(Number.isInteger(batch) && batch >= 1 && batch <= 1_000_000))
    throw new Error(`--batch must be a whole number from 1 to 1000000 (forecasts per transaction), got ${values.batch}`);
  const target = databaseTarget();
  if (target.engine === "postgres") {
    if (batch !== undefined) throw new Error("--batch applies to SQLite only (PostgreSQL's index is written in its own batches)");
    const check = await checkPostgres(target.url);
    if (check.problems.length) throw new Error(formatProblems(`The PostgreSQL database at ${redactUrl(target.url)} is not ready`, check.problems));
    const db = openPostgres(target.url, { max: 2 });
    try {
      const n = await rebuildSearchIndexPg(db);
      process.stdout.write(`indexed ${n} forecasts in ${Math.round(performance.now() - started)} ms\n`);
    } finally {
      await closePostgres(db);
    }
    return 0;
  }
  const db = openLedger(target.file);
  const n = rebuildSearchIndex(db, batch);
  process.stdout.write(`indexed ${n} forecasts in ${Math.round(performance.now() - started)} ms\n`);
  db.$client.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(errorLine("search:reindex", err));
    process.exit(2);
  },
);
