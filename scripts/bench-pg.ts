/**
 * The PostgreSQL side of the benchmarks: a temporary database on the server PG_BENCH_URL (else
 * PG_TEST_URL) names, whose role may create databases (scripts/pg-test-cluster.sh starts one),
 * migrated and holding a verified db:copy of the bench ledger; `drop` removes it. As `db:copy`
 * does: the search index built, then VACUUM (ANALYZE), so the first measured write does not fold
 * every copied forecast's search text (the pg import syncs the index after its write: that was
 * why the first import into a fresh copy took 43-53 s and the second 12-15 s) and the planner has
 * statistics and a visibility map, as on a server that has been running.
 */
import pg from "pg";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { redactUrl } from "@/lib/config/env";
import { syncSearchIndexPg } from "@/lib/search/indexer-pg";

export function benchPgServer(): string {
  const server = process.env.PG_BENCH_URL || process.env.PG_TEST_URL;
  if (!server)
    throw new Error(
      '--engine postgres needs PG_BENCH_URL (or PG_TEST_URL): a PostgreSQL server where the role may create databases, e.g. eval "$(bash scripts/pg-test-cluster.sh start)"',
    );
  return server;
}

export async function pgCopyForBench(from: import("better-sqlite3").Database): Promise<{ url: string; db: PgDB; drop: () => Promise<void> }> {
  const server = benchPgServer();
  const name = `hindsight_bench_${process.pid}_${Date.now() % 100000}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await admin(`create database ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = openPostgres(url);
  const drop = async () => {
    await closePostgres(db);
    // An autovacuum worker on the new database (a superuser's process, which this role may not end) can
    // hold it for a moment: try again for up to 30 s.
    for (let i = 0; ; i++) {
      try {
        return await admin(`drop database if exists ${name} with (force)`);
      } catch (err) {
        if ((err as { code?: string }).code !== "42501" || i >= 30) throw err;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  try {
    const t0 = performance.now();
    await migratePostgres(db);
    const copy = await copyLedger(from, db.$client);
    if (!copy.ok) throw new Error("the copy into PostgreSQL did not verify (counts or checksums differ)");
    const folded = await syncSearchIndexPg(db);
    await db.$client.query("vacuum (analyze)");
    console.error(
      `copied the bench ledger into ${redactUrl(url)} (db:copy, verified, ${folded} forecasts indexed for search, vacuumed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  } catch (err) {
    await drop();
    throw err;
  }
  return { url, db, drop };
}
