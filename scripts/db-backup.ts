/**
 * npm run db:backup -- FILE: a consistent copy of the database at DATABASE_URL, made while the
 * server keeps running (db/backup.ts), checked with PRAGMA integrity_check.
 */
import { backupDatabase } from "@/db/backup";
import { databasePath } from "@/lib/config/env";

const file = process.argv[2];
if (!file || file.startsWith("-")) {
  console.error("Usage: npm run db:backup -- FILE   (FILE must not exist yet)");
  process.exit(2);
}
try {
  const { bytes } = backupDatabase(databasePath(), file);
  console.log(JSON.stringify({ database: databasePath(), backup: file, bytes, integrity: "ok" }));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
