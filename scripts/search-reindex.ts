/**
 * npm run search:reindex: fold and index every forecast's search document again
 * (lib/search/indexer.ts on SQLite, lib/search/indexer-pg.ts on a postgres:// DATABASE_URL).
 */
import { openLedger } from "@/db/client";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { formatProblems } from "@/db/schema-version";
import { databaseTarget, redactUrl } from "@/lib/config/env";
import { rebuildSearchIndex } from "@/lib/search/indexer";
import { rebuildSearchIndexPg } from "@/lib/search/indexer-pg";

async function main(): Promise<number> {
  const started = performance.now();
  const target = databaseTarget();
  if (target.engine === "postgres") {
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
  const n = rebuildSearchIndex(db);
  process.stdout.write(`indexed ${n} forecasts in ${Math.round(performance.now() - started)} ms\n`);
  db.$client.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`search:reindex: ${err.message}\n`);
    process.exit(2);
  },
);
