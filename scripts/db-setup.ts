/**
 * npm run db:setup: creates or migrates the database at DATABASE_URL and loads the seed corpus.
 * Running it again changes nothing. On a postgres:// URL: scripts/db-setup-postgres.ts.
 */

import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { checkSqliteFile, formatProblems } from "@/db/schema-version";
import { ensureDemoAccounts } from "@/lib/accounts/demo-accounts";
import { createAuth } from "@/lib/auth/auth";
import { databasePath, databaseTarget } from "@/lib/config/env";
import { ensureKeptSums } from "@/lib/ledger/forecasts-changed";
import { loadSeeds } from "@/seeds/load";
import { setupPostgres } from "./db-setup-postgres";

async function main() {
  const target = databaseTarget();
  if (target.engine === "postgres") {
    console.log(JSON.stringify(await setupPostgres(target.url, afterSeed), null, 2));
    return;
  }
  const file = databasePath();
  const newer = checkSqliteFile(file).filter((p) => p.kind === "schema-newer");
  if (newer.length) throw new Error(formatProblems(`The database at ${file} was not changed`, newer));
  const db = openDatabase(file);
  migrateDatabase(db);
  const report = loadSeeds(db);
  // A database migrated from before the kept accuracy sums gets them built once here.
  const keptSumsBuilt = db.transaction((tx) => ensureKeptSums(tx), { behavior: "immediate" });
  const extra = await afterSeed(db);
  console.log(JSON.stringify({ database: file, inserted: report.inserted, keptSumsBuilt, ...extra }, null, 2));
  db.$client.close();
}

/** Steps that need the app's own write paths: the demo accounts, through better-auth (local only). */
async function afterSeed(db: ReturnType<typeof openDatabase>): Promise<Record<string, unknown>> {
  const demo = await ensureDemoAccounts(db, createAuth(db));
  return { demoAccounts: demo.skipped ? `skipped (${demo.skipped})` : demo.created.length ? { created: demo.created } : "present" };
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
