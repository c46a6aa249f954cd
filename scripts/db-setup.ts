/**
 * npm run db:setup: creates or migrates the database at DATABASE_URL and loads the seed corpus.
 * Running it again changes nothing.
 */

import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { ensureDemoAccounts } from "@/lib/accounts/demo-accounts";
import { createAuth } from "@/lib/auth/auth";
import { databasePath } from "@/lib/config/env";
import { loadSeeds } from "@/seeds/load";

async function main() {
  const file = databasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const report = loadSeeds(db);
  const extra = await afterSeed(db);
  console.log(JSON.stringify({ database: file, inserted: report.inserted, ...extra }, null, 2));
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
