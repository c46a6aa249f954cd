/**
 * Is a database at the schema this code was built for? Compares the migrations recorded in the
 * database (drizzle's __drizzle_migrations: one row per applied migration, keyed by the
 * migration's timestamp) with the journal each engine's migrations folder ships with.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import sqliteJournal from "./migrations/meta/_journal.json";
import pgJournal from "./pg/migrations/meta/_journal.json";

export interface Problem {
  /** What is wrong, in a sentence. */
  problem: string;
  /** What to do about it. */
  fix: string;
  /** Schema states db:setup and db:copy resolve themselves by migrating (a newer schema they refuse). */
  kind?: "schema-empty" | "schema-older" | "schema-newer";
}

interface Journal {
  entries: { when: number; tag: string }[];
}

export const SQLITE_MIGRATIONS: Journal = sqliteJournal;
export const PG_MIGRATIONS: Journal = pgJournal;

/**
 * Older (migrations of this version not applied: db:setup applies them), newer (applied migrations
 * this version does not know: a newer Hindsight migrated it) or null when they match.
 */
export function compareMigrations(applied: number[], journal: Journal, setupCommand: string): Problem | null {
  const known = new Set(journal.entries.map((e) => e.when));
  const done = new Set(applied);
  const unknown = applied.filter((w) => !known.has(w));
  const missing = journal.entries.filter((e) => !done.has(e.when));
  if (unknown.length) {
    return {
      problem: `the database was migrated by a newer version of Hindsight (${unknown.length} migration${unknown.length === 1 ? "" : "s"} this version does not know)`,
      fix: "run the newer version of Hindsight against it, or point DATABASE_URL at a database of this version (a backup from before the upgrade)",
      kind: "schema-newer",
    };
  }
  if (missing.length === journal.entries.length) {
    return {
      problem: "the database holds no Hindsight schema",
      fix: `run ${setupCommand} (creates the tables and loads the seed corpus)`,
      kind: "schema-empty",
    };
  }
  if (missing.length) {
    return {
      problem: `the database's schema is older than this version (${missing.length} migration${missing.length === 1 ? "" : "s"} not applied: ${missing.map((m) => m.tag).join(", ")})`,
      fix: `run ${setupCommand} (applies the migrations; nothing stored is lost)`,
      kind: "schema-older",
    };
  }
  return null;
}

/** Checks a SQLite ledger file without creating or changing it. */
export function checkSqliteFile(file: string): Problem[] {
  if (file === ":memory:") return [];
  if (!fs.existsSync(file)) {
    return [
      {
        problem: `there is no database at ${file}`,
        fix: 'run "npm run db:setup" (creates it and loads the seed corpus), or set DATABASE_URL to an existing ledger',
      },
    ];
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    const applied = hasTable ? (sqlite.prepare("select created_at as w from __drizzle_migrations").all() as { w: number }[]).map((r) => Number(r.w)) : [];
    const version = compareMigrations(applied, SQLITE_MIGRATIONS, '"npm run db:setup"');
    return version ? [version] : [];
  } catch (err) {
    return [
      {
        problem: `${file} cannot be read as a SQLite database (${(err as Error).message})`,
        fix: 'set DATABASE_URL to the ledger file, or move this file away and run "npm run db:setup"',
      },
    ];
  } finally {
    sqlite?.close();
  }
}

export function formatProblems(what: string, problems: Problem[]): string {
  const stop = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  return [`${what}:`, ...problems.map((p) => `  - ${stop(p.problem)}\n    What to do: ${stop(p.fix)}`)].join("\n");
}

/** Problems that migrating resolves (an empty or older schema) do not stop db:setup or db:copy. */
export function blocksMigration(p: Problem): boolean {
  return p.kind !== "schema-empty" && p.kind !== "schema-older";
}
