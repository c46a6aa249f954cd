/**
 * npm run bench:writes [-- --writes N] [--engine postgres] [--concurrency C]: times ledger writes
 * through LedgerWriter on the seed corpus: outcome records and retractions in turn (each one
 * transaction with its version check, audit row, kept sums and cache tags). Sequential writes give
 * the latency per write; on PostgreSQL, C writers at once on distinct forecasts through two pools
 * (two app instances) give the throughput under the ledger's write lock. With --engine postgres
 * the seeded ledger is copied (db:copy) into a temporary database on PG_BENCH_URL or PG_TEST_URL,
 * dropped afterwards. Prints JSON.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { createAccount } from "@/lib/accounts/accounts";
import type { Actor } from "@/lib/auth/actor";
import { createAuth } from "@/lib/auth/auth";
import type { LedgerWriter } from "@/lib/ledger/writer";
import { postgresLedgerWriter } from "@/lib/ledger/writer-pg";
import { sqliteLedgerWriter } from "@/lib/ledger/writer-sqlite";
import { loadSeeds } from "@/seeds/load";

const { values } = parseArgs({
  options: { writes: { type: "string", default: "400" }, engine: { type: "string", default: "sqlite" }, concurrency: { type: "string", default: "8" } },
});
if (!["sqlite", "postgres"].includes(values.engine)) throw new Error(`--engine must be sqlite or postgres, got ${values.engine}`);
const server = process.env.PG_BENCH_URL || process.env.PG_TEST_URL;
if (values.engine === "postgres" && !server)
  throw new Error('--engine postgres needs PG_BENCH_URL (or PG_TEST_URL), e.g. eval "$(scripts/pg-test-cluster.sh start)"');
const writes = Number(values.writes);
const concurrency = Number(values.concurrency);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-bench-writes-"));
const db = openDatabase(path.join(dir, "bench.db"));
migrateDatabase(db);
loadSeeds(db);
const created = await createAccount(
  db,
  createAuth(db),
  null,
  { name: "Bench editor", email: "bench@example.invalid", role: "editor", password: "correct horse battery staple" },
  "command-line",
);
const editor: Actor = { id: created.id, name: created.name, email: "bench@example.invalid", role: "editor" };
const forecastIds = db.all<{ id: number }>(sql`select id from forecasts order by id`).map((r) => r.id);

interface Engine {
  writers: LedgerWriter[];
  version: (id: number) => Promise<number>;
  close: () => Promise<void>;
}

async function engine(): Promise<Engine> {
  if (values.engine === "sqlite") {
    return {
      writers: [sqliteLedgerWriter(db)],
      version: async (id) => db.get<{ v: number }>(sql`select version as v from forecasts where id = ${id}`)!.v,
      close: async () => {},
    };
  }
  const name = `hindsight_bench_writes_${process.pid}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  const pools: PgDB[] = [openPostgres(url.toString()), openPostgres(url.toString())];
  await migratePostgres(pools[0]!);
  if (!(await copyLedger(db.$client, pools[0]!.$client)).ok) throw new Error("the copy into PostgreSQL did not verify");
  return {
    writers: pools.map(postgresLedgerWriter),
    version: async (id) => (await pools[0]!.execute<{ v: number }>(sql`select version as v from forecasts where id = ${id}`)).rows[0]!.v,
    close: async () => {
      for (const p of pools) await closePostgres(p);
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** One write on forecast `id`: an outcome when it has none, else its retraction. */
async function writeOnce(w: LedgerWriter, e: Engine, id: number, recorded: Set<number>) {
  const expectedVersion = await e.version(id);
  if (recorded.has(id)) {
    recorded.delete(id);
    await w.retractOutcome(editor, id, { reason: "Bench: withdrawn again.", expectedVersion });
  } else {
    recorded.add(id);
    await w.recordOutcome(editor, id, { status: "ambiguous", evidence: [{ citation: "Bench" }], reason: "Bench: recorded again.", expectedVersion });
  }
}

const pct = (ms: number[], q: number) => +ms[Math.min(ms.length - 1, Math.floor(ms.length * q))]!.toFixed(2);

const e = await engine();
try {
  const recorded = new Set<number>(db.all<{ id: number }>(sql`select id from forecasts where current_outcome_id is not null`).map((r) => r.id));
  const ms: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < writes; i++) {
    const s = performance.now();
    await writeOnce(e.writers[0]!, e, forecastIds[i % forecastIds.length]!, recorded);
    ms.push(performance.now() - s);
  }
  const sequentialS = (performance.now() - t0) / 1000;
  ms.sort((a, b) => a - b);
  const result: Record<string, unknown> = {
    engine: values.engine,
    forecasts: forecastIds.length,
    sequential: { writes, perSecond: Math.round(writes / sequentialS), medianMs: pct(ms, 0.5), p95Ms: pct(ms, 0.95) },
  };
  if (values.engine === "postgres") {
    // C workers, each on its own forecasts (no version conflicts), alternating between the two pools.
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        const mine = forecastIds.filter((_, i) => i % concurrency === worker);
        for (let i = worker; i < writes; i += concurrency) await writeOnce(e.writers[worker % 2]!, e, mine[i % mine.length]!, recorded);
      }),
    );
    const concurrentS = (performance.now() - t1) / 1000;
    result.concurrent = { writers: concurrency, instances: 2, writes, perSecond: Math.round(writes / concurrentS) };
  }
  console.log(JSON.stringify(result, null, 2));
} finally {
  await e.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
