/**
 * npm run db:restore -- FILE: puts a backup in place of the database at DATABASE_URL after
 * checking its integrity and schema version; the current database is kept as
 * <database>.before-restore-<timestamp>. Stop the server first.
 */
import { restoreDatabase } from "@/db/backup";
import { databasePath } from "@/lib/config/env";

const file = process.argv[2];
if (!file || file.startsWith("-")) {
  console.error("Usage: npm run db:restore -- FILE   (stop the server first)");
  process.exit(2);
}
try {
  const { keptAs, schema } = restoreDatabase(file, databasePath());
  console.log(
    JSON.stringify({ restored: file, database: databasePath(), previousKeptAs: keptAs, migrationsInBackup: schema.applied, migrationsNow: schema.known }),
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
