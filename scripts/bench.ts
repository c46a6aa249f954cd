/**
 * npm run bench: generates a synthetic corpus (200,000 forecasts, 5,000 forecasters, 500 outlets;
 * outcomes on 75% of the forecasts whose deadline has passed and a YES on 2% of the others, about
 * 60% resolved) into a separate database file, then times the data behind a person page, an
 * outlet page, the dashboard and the leaderboard, and prints the median and p95 server time as
 * JSON. Options: --forecasts N --people N --outlets N --runs N --file PATH --fresh --engine sqlite|postgres
 * With --engine postgres the same ledger is copied (db:copy, verified) into a temporary database on
 * the server PG_BENCH_URL (else PG_TEST_URL) names (scripts/bench-pg.ts) and the same reads are
 * timed there through the PostgreSQL AppReader; the database is dropped afterwards.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { type SQL, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getAccuracyViewCached, getForecastCountsCached, getLeaderboardPageCached, getLedgerCounts } from "@/lib/accuracy/cache";
import { getAccuracyView } from "@/lib/accuracy/figures";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { getLeaderboardPage } from "@/lib/accuracy/leaderboard";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { postgresAppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import { generateBenchLedger, rng } from "./bench-generate";
import { pgCopyForBench } from "./bench-pg";

const { values } = parseArgs({
  options: {
    forecasts: { type: "string", default: "200000" },
    people: { type: "string", default: "5000" },
    outlets: { type: "string", default: "500" },
    runs: { type: "string", default: "40" },
    file: { type: "string", default: "bench/bench.db" },
    fresh: { type: "boolean", default: false },
    engine: { type: "string", default: "sqlite" },
  },
});
if (!["sqlite", "postgres"].includes(values.engine!)) throw new Error(`--engine must be sqlite or postgres, got ${values.engine}`);
const N = Number(values.forecasts),
  P = Number(values.people),
  O = Number(values.outlets),
  RUNS = Number(values.runs);
const file = values.file!;

async function time(fn: () => unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { medianMs: Number(q(0.5).toFixed(2)), p95Ms: Number(q(0.95).toFixed(2)), runs: samples.length };
}

/** A reused file, with this version's migrations applied (they keep what is stored). */
function reuse() {
  const db = openDatabase(file);
  migrateDatabase(db);
  return db;
}
const db =
  !values.fresh && fs.existsSync(file) && Number(openDatabase(file).get<{ n: number }>(sql`select count(*) as n from forecasts`)?.n) === N
    ? reuse()
    : await generateBenchLedger(file, { forecasts: N, people: P, outlets: O });
const r = rng(7);
const onPg = values.engine === "postgres" ? await pgCopyForBench(db.$client) : null;
const reader = onPg ? postgresAppReader(onPg.db) : sqliteAppReader(db);
/** A raw query on the engine under test (the baseline and the corpus line). */
const all = async <T>(q: SQL): Promise<T[]> => (onPg ? ((await onPg.db.execute(q)).rows as T[]) : db.all<T>(q));
const people = await all<{ id: number; slug: string }>(sql`select p.id, p.slug from people p`);
const outlets = await all<{ id: number; slug: string }>(sql`select id, slug from outlets`);
const listFilters = forecastFiltersSchema.parse({});
const boardView = { sort: "rank", page: 1, pageSize: 20, unscoredLimit: 30 } as const;
const f = DEFAULT_ACCURACY_FILTERS;

/**
 * What each page's server component runs. "cold" calls the figures directly (read from the kept
 * sums, as right after a write); "served" goes through the tagged data cache the pages use
 * (lib/accuracy/cache.ts), which recomputes after a write that moves the value's tags or at the
 * turn of the day. Person and
 * outlet pages pick a random source on every run, so they mostly miss the cache.
 */
function pagesFor(
  view: typeof getAccuracyView,
  board: typeof getLeaderboardPage,
  counts: (d: typeof reader) => Promise<unknown>,
): Record<string, () => unknown> {
  return {
    person: async () => {
      const p = people[Math.floor(r() * people.length)]!;
      await view(reader, { kind: "forecaster", personId: p.id }, f);
      await view(reader, { kind: "published-by", personId: p.id }, f);
      await reader.listForecasts({ ...listFilters, forecaster: p.slug });
    },
    outlet: async () => {
      const o = outlets[Math.floor(r() * outlets.length)]!;
      await view(reader, { kind: "outlet", outletId: o.id }, f);
      await reader.listForecasts({ ...listFilters, outlet: o.slug });
    },
    dashboard: async () => {
      await counts(reader);
      await reader.getComingDue(5);
      await reader.getRecentlyResolved(5);
      await view(reader, { kind: "all" }, f);
    },
    // /leaderboard: the first page of both tables (20 rows each, app/(public)/leaderboard/board.tsx), default settings.
    leaderboard: async () => {
      await board(reader, "forecaster", f, { minResolved: 25, k: 10 }, boardView);
      await board(reader, "outlet", f, { minResolved: 25, k: 10 }, boardView);
    },
  };
}

/**
 * The baseline simpler trackers use: load a scope's resolved yes/no forecasts into JavaScript and
 * bucket them (deciles, Brier per bucket; per source for the leaderboard), in the same run.
 */
type Loaded = { probability: number; status: string; forecasterId: number };
function loadResolved(where: SQL): Promise<Loaded[]> {
  return all<Loaded>(sql`select f.probability, f.outcome_status as status, f.forecaster_id as "forecasterId" from forecasts f
    where f.outcome_status in ('yes', 'no') and (f.deadline is null or f.deadline < ${new Date().toISOString().slice(0, 10)}) and ${where}`);
}
function bucket(rows: Loaded[]) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, sumF: 0, sumO: 0, brier: 0 }));
  for (const x of rows) {
    const o = x.status === "yes" ? 1 : 0;
    const b = bins[Math.min(9, Math.floor((Math.round(x.probability * 100) * 10) / 100))]!;
    b.n++;
    b.sumF += x.probability;
    b.sumO += o;
    b.brier += (x.probability - o) ** 2;
  }
  return bins;
}
const baseline: Record<string, () => unknown> = {
  person: async () => bucket(await loadResolved(sql`f.forecaster_id = ${people[Math.floor(r() * people.length)]!.id}`)),
  outlet: async () =>
    bucket(await loadResolved(sql`f.article_id in (select id from articles where outlet_id = ${outlets[Math.floor(r() * outlets.length)]!.id})`)),
  dashboard: async () => bucket(await loadResolved(sql`true`)),
  leaderboard: async () => {
    const per = new Map<number, Loaded[]>();
    for (const x of await loadResolved(sql`true`)) per.set(x.forecasterId, [...(per.get(x.forecasterId) ?? []), x]);
    return [...per.values()].map(bucket);
  },
};

const result: Record<string, unknown> = {
  engine: values.engine,
  corpus: Object.fromEntries(
    Object.entries(
      (
        await all<
          Record<string, unknown>
        >(sql`select (select count(*) from forecasts) as forecasts, (select count(distinct forecaster_id) from forecasts) as forecasters, (select count(*) from outlets) as outlets,
    round(1.0 * (select count(*) from forecasts where current_outcome_id is not null) / (select count(*) from forecasts), 3) as "resolvedShare"`)
      )[0]!,
    ).map(([k, v]) => [k, Number(v)]),
  ),
};
for (const [mode, pages] of [
  ["cold", pagesFor(getAccuracyView, getLeaderboardPage, getLedgerCounts)],
  ["served", pagesFor(getAccuracyViewCached as typeof getAccuracyView, getLeaderboardPageCached as typeof getLeaderboardPage, getForecastCountsCached)],
  ["loadAndBucketBaseline", baseline],
] as const) {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(pages)) {
    await fn(); // warm the page cache and prepared statements
    const samples: number[] = [];
    for (let i = 0; i < (mode === "loadAndBucketBaseline" ? Math.min(RUNS, 10) : RUNS); i++) samples.push(await time(fn));
    out[name] = stats(samples);
  }
  result[mode] = out;
}
console.log(JSON.stringify(result, null, 2));
await onPg?.drop();
