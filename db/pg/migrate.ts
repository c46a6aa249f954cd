/** The PostgreSQL migrate step (db:setup, db:copy and the tests); db/migrate.ts is SQLite's. */
import path from "node:path";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { PgDB } from "./client";

export const PG_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "pg", "migrations");

/** Applies the pending migrations in one transaction (drizzle's migrator). */
export async function migratePostgres(db: PgDB): Promise<void> {
  await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER });
}
