/**
 * npm run db:rebuild-sums: rebuilds the kept accuracy sums (docs/scoring.md 6.1) of the database
 * at DATABASE_URL from the ledger, in one transaction, and says how long it took. Running it
 * changes no figure: the kept sums already equal a rebuild (lib/ledger/kept-sums.test.ts; on
 * PostgreSQL test/pg/accuracy.test.ts and test/pg/import.test.ts). On PostgreSQL the transaction
 * holds the ledger's write lock, as every write does, so no write interleaves with it.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { withWriteTransaction } from "@/db/pg/queries/outcomes";
import { formatProblems } from "@/db/schema-version";
import { databaseTarget, redactUrl } from "@/lib/config/env";
import { ledgerRebuilt } from "@/lib/ledger/forecasts-changed";
import { ledgerRebuiltPg } from "@/lib/ledger/forecasts-changed-pg";
import { errorLine } from "./error-line";

const COUNTS = 'select (select count(*) from kept_contributions) as forecasts, (select count(*) from kept_scored) as "scoredRows"';

async function main() {
  const target = databaseTarget();
  if (target.engine === "postgres") {
    const check = await checkPostgres(target.url);
    if (check.problems.length) throw new Error(formatProblems(`The PostgreSQL database at ${redactUrl(target.url)} is not ready`, check.problems));
    const db = openPostgres(target.url, { max: 1 });
    try {
      const started = performance.now();
      await withWriteTransaction(db, (tx) => ledgerRebuiltPg(tx));
      const ms = Math.round(performance.now() - started);
      const counts = (await db.execute<{ forecasts: string; scoredRows: string }>(sql.raw(COUNTS))).rows[0]!;
      console.log(JSON.stringify({ database: redactUrl(target.url), forecasts: Number(counts.forecasts), scoredRows: Number(counts.scoredRows), ms }));
    } finally {
      await closePostgres(db);
    }
    return;
  }
  const db = openDatabase(target.file);
  migrateDatabase(db);
  const started = performance.now();
  db.transaction((tx) => ledgerRebuilt(tx), { behavior: "immediate" });
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ database: target.file, ...(db.$client.prepare(COUNTS).get() as object), ms }));
  db.$client.close();
}

main().catch((err: unknown) => {
  process.stderr.write(errorLine("db:rebuild-sums", err));
  process.exit(2);
});
