/**
 * Online backup and checked restore of the SQLite database (npm run db:backup / db:restore).
 *
 * Backup is `VACUUM INTO`: one read transaction, so the copy is the database exactly as it was
 * when the backup began (every write committed before then, none after), written while the
 * server keeps reading and writing (WAL mode: readers and the writer do not block each other).
 * Copying the file itself while the server writes can give a corrupt copy.
 *
 * Restore checks the backup first (PRAGMA integrity_check, and that its schema version is one
 * this code knows: every migration it has applied is one of ours, with the same hash), keeps the
 * current database as `<database>.before-restore-<timestamp>` (itself a consistent copy), puts
 * the backup in place and applies any newer migrations. Stop the server before restoring.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { openDatabase } from "./client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

export function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
}

/** A consistent copy of `source` at `target` (which must not exist); checked before it is reported. */
export function backupDatabase(source: string, target: string): { bytes: number } {
  if (fs.existsSync(target)) throw new Error(`${target} exists already: choose a new file name for the backup`);
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const problems = integrityProblems(copy);
    if (problems.length) throw new Error(`the backup at ${target} failed its integrity check: ${problems.join("; ")}`);
  } finally {
    copy.close();
  }
  return { bytes: fs.statSync(target).size };
}

export interface SchemaCheck {
  /** Migrations the backup has applied, and how many this code has. */
  applied: number;
  known: number;
}

/** Throws unless every migration applied in `db` is one of this code's (same order and hash). */
export function checkSchemaVersion(db: Database.Database): SchemaCheck {
  const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!hasTable) throw new Error("not a Hindsight database: it has no migrations table (__drizzle_migrations)");
  const applied = db.prepare("SELECT hash, created_at AS at FROM __drizzle_migrations ORDER BY created_at").all() as { hash: string; at: number }[];
  if (applied.length === 0) throw new Error("not a Hindsight database: no migration has been applied to it");
  applied.forEach((m, i) => {
    const mine = ours[i];
    if (!mine || mine.hash !== m.hash || Number(mine.folderMillis) !== Number(m.at)) {
      throw new Error(
        `schema version mismatch: the backup's migration ${i + 1} (${new Date(Number(m.at)).toISOString()}) is not this code's; restore it with the version of Hindsight that made it`,
      );
    }
  });
  return { applied: applied.length, known: ours.length };
}

export function restoreDatabase(backup: string, target: string, now = new Date()): { keptAs: string | null; schema: SchemaCheck } {
  if (!fs.existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const src = new Database(backup, { readonly: true, fileMustExist: true });
  let schema: SchemaCheck;
  try {
    const problems = integrityProblems(src);
    if (problems.length) throw new Error(`the backup failed its integrity check, nothing was changed: ${problems.slice(0, 5).join("; ")}`);
    schema = checkSchemaVersion(src);
  } finally {
    src.close();
  }
  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    backupDatabase(target, keptAs);
    const current = new Database(target);
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
  }
  const staging = `${target}.restoring`;
  fs.copyFileSync(backup, staging);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  const db = openDatabase(target);
  try {
    migrateDatabase(db);
  } finally {
    db.$client.close();
  }
  return { keptAs, schema };
}
