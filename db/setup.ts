/**
 * npm run db:setup: creates or migrates the database at DATABASE_URL and loads the seed corpus.
 * Running it again changes nothing.
 */
import { databasePath } from "@/lib/env";
import { loadSeeds } from "@/seeds/load";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

async function main() {
  const file = databasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const report = loadSeeds(db);
  const extra = await afterSeed(db);
  console.log(JSON.stringify({ database: file, inserted: report.inserted, ...extra }, null, 2));
  db.$client.close();
}

/** Hook for steps that need the app's own write paths (demo accounts). */
async function afterSeed(_db: ReturnType<typeof openDatabase>): Promise<Record<string, unknown>> {
  return {};
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
