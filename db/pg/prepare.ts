/**
 * Gets a PostgreSQL database ready for db:setup and db:copy: checks it (connection, server,
 * pg_trgm, schema version), applies the pending migrations, and checks again. An empty or older
 * schema is migrated; anything else (no connection, a newer schema, no pg_trgm) is refused with
 * what to do.
 */
import { redactUrl } from "@/lib/config/env";
import { blocksMigration, formatProblems } from "../schema-version";
import { checkPostgres } from "./check";
import { openPostgres, type PgDB } from "./client";
import { migratePostgres } from "./migrate";

export class NotReady extends Error {}

async function appliedCount(db: PgDB): Promise<number> {
  // Two queries: a query naming a table that does not exist fails when it is planned.
  const exists = await db.$client.query<{ t: string | null }>("select to_regclass('drizzle.__drizzle_migrations')::text as t");
  if (!exists.rows[0]?.t) return 0;
  const { rows } = await db.$client.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
  return rows[0]?.n ?? 0;
}

export async function preparePostgres(url: string): Promise<{ db: PgDB; server: string; migrationsApplied: number }> {
  const what = `The PostgreSQL database at ${redactUrl(url)} is not ready`;
  const before = await checkPostgres(url);
  const blocking = before.problems.filter(blocksMigration);
  if (blocking.length) throw new NotReady(formatProblems(what, blocking));
  const db = openPostgres(url, { max: 2 });
  try {
    const start = await appliedCount(db);
    try {
      await migratePostgres(db);
    } catch (err) {
      const cause = (err as { cause?: Error }).cause ?? (err as Error);
      throw new NotReady(
        formatProblems(what, [
          {
            problem: `applying the migrations failed: ${cause.message}`,
            fix: "nothing was changed (the migrations run in one transaction); fix the cause and run the command again",
          },
        ]),
      );
    }
    const after = await checkPostgres(url);
    if (after.problems.length) throw new NotReady(formatProblems(what, after.problems));
    return { db, server: after.server ?? "PostgreSQL", migrationsApplied: (await appliedCount(db)) - start };
  } catch (err) {
    await db.$client.end().catch(() => {});
    throw err;
  }
}
