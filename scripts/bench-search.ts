/**
 * npm run bench:search [-- --copies N]: builds a temp database with the seed corpus copied N times
 * (default 200: 11,200 forecasts), then times the full index build (fold + trigram index) and
 * searches through lib/forecasts/list (median and p95 of 30 runs, ms). Prints JSON.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { listForecasts } from "@/lib/forecasts/list";
import { rebuildSearchIndex, syncSearchIndex } from "@/lib/search/indexer";
import { loadSeeds } from "@/seeds/load";

const { values } = parseArgs({ options: { copies: { type: "string", default: "200" }, runs: { type: "string", default: "30" } } });
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

const t0 = performance.now();
syncSearchIndex(db);
const firstIndexMs = performance.now() - t0;
const t1 = performance.now();
rebuildSearchIndex(db);
const rebuildMs = performance.now() - t1;

function time(q: Record<string, unknown>) {
  const filters = forecastFiltersSchema.parse({ pageSize: "20", ...q });
  const ms: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    hits = listForecasts(db, filters).total;
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  return { hits, medianMs: +ms[Math.floor(runs / 2)]!.toFixed(2), p95Ms: +ms[Math.floor(runs * 0.95)]!.toFixed(2) };
}

const result = {
  forecasts: total,
  indexBuildMs: Math.round(firstIndexMs),
  rebuildMs: Math.round(rebuildMs),
  searches: {
    "q=Bündnis (relevance)": time({ q: "Bündnis" }),
    "q=Buendnis": time({ q: "Buendnis" }),
    "q=Korybko sort=score": time({ q: "Korybko", sort: "score" }),
    "q=Russland China (two words)": time({ q: "Russland China" }),
    "q=EU Bündnis (short word)": time({ q: "EU Bündnis" }),
    "q=the (common trigram)": time({ q: "the" }),
    "no q, outcome=open": time({ outcome: "open" }),
  },
};
console.log(JSON.stringify(result, null, 2));
db.$client.close();
fs.rmSync(dir, { recursive: true, force: true });
