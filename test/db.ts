/** A fresh, migrated database file per test file, in the OS temp folder. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type DB, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export function freshDatabase(): { db: DB; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
