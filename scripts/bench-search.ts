/**
 * npm run bench:search [-- --copies N] [--engine postgres]: builds a temp database with the seed
 * corpus copied N times (default 200: 11,200 forecasts), then times the full index build (fold +
 * trigram index) and searches through lib/forecasts/list (median and p95 of 30 runs, ms). Prints
 * JSON. With --engine postgres the same ledger is copied (db:copy) into a temporary database
 * created on the server that PG_BENCH_URL (else PG_TEST_URL) names, whose role may create
 * databases; it is dropped afterwards. Searches then go through lib/forecasts/list-pg.
 * --engine both times each search on the two engines in turn (run 1 on SQLite, run 1 on
 * PostgreSQL, run 2 ...), so load from other processes falls on both alike.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { listForecasts } from "@/lib/forecasts/list";
import { listForecastsPg } from "@/lib/forecasts/list-pg";
import { rebuildSearchIndex, syncSearchIndex } from "@/lib/search/indexer";
import { rebuildSearchIndexPg, syncSearchIndexPg } from "@/lib/search/indexer-pg";
import { loadSeeds } from "@/seeds/load";

const { values } = parseArgs({
  options: { copies: { type: "string", default: "200" }, runs: { type: "string", default: "30" }, engine: { type: "string", default: "sqlite" } },
});
if (!["sqlite", "postgres", "both"].includes(values.engine)) throw new Error(`--engine must be sqlite, postgres or both, got ${values.engine}`);
const server = process.env.PG_BENCH_URL || process.env.PG_TEST_URL;
if (values.engine !== "sqlite" && !server)
  throw new Error(
    '--engine postgres needs PG_BENCH_URL (or PG_TEST_URL): a server where the role may create databases, e.g. eval "$(scripts/pg-test-cluster.sh start)"',
  );
const copies = Number(values.copies);
const runs = Number(values.runs);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-bench-search-"));
const db = openDatabase(path.join(dir, "bench.db"));
migrateDatabase(db);
loadSeeds(db);
const cols = db
  .all<{ name: string }>(sql`select name from pragma_table_info('forecasts')`)
  .map((c) => c.name)
  .filter((c) => !["id", "key", "current_outcome_id", "outcome_status", "outcome_occurred_on", "version", "created_at", "updated_at"].includes(c));
const list = cols.map((c) => `"${c}"`).join(", ");
db.transaction((tx) => {
  for (let i = 1; i < copies; i++)
    tx.run(sql.raw(`insert into forecasts (key, ${list}) select key || '-copy-${i}', ${list} from forecasts where key not like '%-copy-%'`));
});
const total = db.get<{ n: number }>(sql`select count(*) as n from forecasts`)!.n;

/** The engine under test: index build, rebuild and one search, and the cleanup. */
async function engine(kind: "sqlite" | "postgres") {
  if (kind === "sqlite")
    return {
      sync: async () => syncSearchIndex(db),
      rebuild: async () => rebuildSearchIndex(db),
      search: async (filters: ReturnType<typeof forecastFiltersSchema.parse>) => listForecasts(db, filters).total,
      close: async () => {},
    };
  const name = `hindsight_bench_${process.pid}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  const pgdb = openPostgres(url.toString());
  await migratePostgres(pgdb);
  const copy = await copyLedger(db.$client, pgdb.$client);
  if (!copy.ok) throw new Error("the copy into PostgreSQL did not verify");
  return {
    // Statistics as autovacuum would gather them on a running server (the planner needs them).
    sync: async () => {
      await syncSearchIndexPg(pgdb);
      await pgdb.$client.query("analyze");
    },
    rebuild: () => rebuildSearchIndexPg(pgdb),
    search: async (filters: ReturnType<typeof forecastFiltersSchema.parse>) => (await listForecastsPg(pgdb, filters)).total,
    close: async () => {
      await closePostgres(pgdb);
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

type Engine = Awaited<ReturnType<typeof engine>>;
const kinds = values.engine === "both" ? (["sqlite", "postgres"] as const) : ([values.engine as "sqlite" | "postgres"] as const);
const engines: [string, Engine][] = [];
const builds: Record<string, { indexBuildMs: number; rebuildMs: number }> = {};
for (const kind of kinds) {
  const e = await engine(kind);
  engines.push([kind, e]);
  const t0 = performance.now();
  await e.sync();
  const indexBuildMs = Math.round(performance.now() - t0);
  const t1 = performance.now();
  await e.rebuild();
  builds[kind] = { indexBuildMs, rebuildMs: Math.round(performance.now() - t1) };
}

async function time(q: Record<string, unknown>) {
  const filters = forecastFiltersSchema.parse({ pageSize: "20", ...q });
  const ms: Record<string, number[]> = {};
  const hits: Record<string, number> = {};
  for (let i = 0; i < runs; i++)
    for (const [kind, e] of engines) {
      const s = performance.now();
      hits[kind] = await e.search(filters);
      (ms[kind] ??= []).push(performance.now() - s);
    }
  const stats = (kind: string) => {
    const sorted = ms[kind]!.sort((a, b) => a - b);
    return { hits: hits[kind]!, medianMs: +sorted[Math.floor(runs / 2)]!.toFixed(2), p95Ms: +sorted[Math.floor(runs * 0.95)]!.toFixed(2) };
  };
  return engines.length === 1 ? stats(engines[0]![0]) : Object.fromEntries(engines.map(([kind]) => [kind, stats(kind)]));
}

try {
  const searches = {
    "q=Bündnis (relevance)": await time({ q: "Bündnis" }),
    "q=Buendnis": await time({ q: "Buendnis" }),
    "q=Korybko sort=score": await time({ q: "Korybko", sort: "score" }),
    "q=Russland China (two words)": await time({ q: "Russland China" }),
    "q=EU Bündnis (short word)": await time({ q: "EU Bündnis" }),
    "q=the (common trigram)": await time({ q: "the" }),
    "no q, outcome=open": await time({ outcome: "open" }),
  };
  const head = engines.length === 1 ? { engine: values.engine, ...builds[values.engine] } : { engine: values.engine, builds };
  console.log(JSON.stringify({ ...head, forecasts: total, loadAverage: os.loadavg().map((l) => +l.toFixed(1)), searches }, null, 2));
} finally {
  for (const [, e] of engines) await e.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
