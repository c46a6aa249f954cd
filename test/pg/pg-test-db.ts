/**
 * The data-layer tests against a real PostgreSQL: they run when PG_TEST_URL names a server where
 * its role may create databases (scripts/pg-test-cluster.sh starts one; .ci/run always does).
 * Without it they are reported as skipped, with a note saying how to run them; under CI a missing
 * PG_TEST_URL fails instead, so CI can never pass without them.
 * Each test file gets a database of its own, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_TEST_URL = process.env.PG_TEST_URL;
export const hasPg = Boolean(PG_TEST_URL);

if (!hasPg) {
  if (process.env.CI)
    throw new Error("PG_TEST_URL is not set: CI must run the PostgreSQL data-layer tests (.ci/run starts a cluster with scripts/pg-test-cluster.sh)");
  console.warn('PostgreSQL tests skipped: PG_TEST_URL is not set. Run: eval "$(scripts/pg-test-cluster.sh start)" && npx vitest run test/pg');
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A new, empty database on the test server; `drop` removes it (closing any connection left open).
 * `icuLocale` gives it a language's collation as its default (as a server set up with a locale
 * such as en_US.UTF-8 has) instead of the test cluster's code-point order.
 */
export async function createTestDatabase(options: { icuLocale?: string } = {}): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  if (!PG_TEST_URL) throw new Error("PG_TEST_URL is not set");
  const name = `hindsight_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  try {
    const locale = options.icuLocale ? ` template template0 locale_provider icu icu_locale '${options.icuLocale.replace(/[^A-Za-z-]/g, "")}'` : "";
    await admin.query(`create database ${name}${locale}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(PG_TEST_URL, name),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
