/**
 * npm run bench:import [-- --rows 50000 --files 1 --format csv|json --file bench/import.db]
 *
 * Times the bulk import through the real command (`npm run import -- FILE --as EMAIL`, a child
 * process, npm's and node's start-up included; the command's bundle is built once before) into a fresh ledger holding the seed corpus: writes N synthetic
 * valid rows (scripts/synthetic-import.ts) to --files files (one file holds at most
 * MAX_IMPORT_CHARS characters, about 53,000 rows of CSV), imports them one after the other,
 * checks that every row is stored and indexed for search and that the kept sums equal a rebuild,
 * then imports the first file again (every row a duplicate: nothing written). Prints rows/s and
 * the wall and CPU time of each step of each import (lib/import/phase-times.ts) as JSON, and
 * (`oneWriter`) the time of the steps that need SQLite's one writer: the bound they set on rows/s.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { dumpKeptSums, getPastBefore, rebuildKeptSums } from "@/db/queries/kept-sums";
import { users } from "@/db/schema";
import { formatRecords } from "@/lib/export/format";
import { MAX_IMPORT_CHARS } from "@/lib/import/run-import";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { today } from "@/lib/vocabulary/calendar";
import { loadSeeds } from "@/seeds/load";
import { compactJson, syntheticRecords } from "./synthetic-import";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "50000" },
    files: { type: "string", default: "1" },
    format: { type: "string", default: "csv" },
    file: { type: "string", default: "bench/import.db" },
  },
});
const ROWS = Number(values.rows);
const FILES = Number(values.files);
if (!(Number.isInteger(ROWS) && ROWS > 0 && Number.isInteger(FILES) && FILES > 0 && ROWS % FILES === 0))
  throw new Error("--rows and --files must be positive whole numbers, --rows a multiple of --files");
const format = values.format === "csv" ? "csv" : "json";
const dbFile = path.resolve(values.file!);
const EMAIL = "bench-import@hindsight.invalid";
const log = (...a: unknown[]) => console.error("[bench:import]", ...a);

for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
const db = openDatabase(dbFile);
migrateDatabase(db);
loadSeeds(db);
db.insert(users).values({ id: "bench-import", name: "Bench importer", email: EMAIL, role: "editor" }).run();
const before = db.get<{ n: number }>(sql`select count(*) as n from forecasts`)!.n;

const tag = Date.now().toString(36);
const importFiles: string[] = [];
let characters = 0;
for (let k = 1; k <= FILES; k++) {
  const records = syntheticRecords({ rows: ROWS / FILES, tag: `${tag}-${k}`, now: today() });
  const content = format === "csv" ? formatRecords(records, "csv") : compactJson(records);
  if (content.length > MAX_IMPORT_CHARS)
    throw new Error(
      `${ROWS / FILES} rows make ${content.length.toLocaleString("en")} characters, over the import's limit of ${MAX_IMPORT_CHARS.toLocaleString("en")}: use more --files`,
    );
  const importFile = path.join(path.dirname(dbFile), `import-${ROWS / FILES}-${k}.${format}`);
  fs.writeFileSync(importFile, content);
  importFiles.push(importFile);
  characters += content.length;
}
log(`${ROWS} rows, ${(characters / 1e6).toFixed(1)} million characters of ${format} in ${FILES} file(s): ${importFiles.join(", ")}`);
// `npm run import` runs from a bundle it rebuilds when the sources changed (scripts/run-bundled.mjs): build it now, outside the timings.
spawnSync("npm", ["run", "--silent", "import", "--", "--help"], { stdio: "ignore" });

/** GNU time, where installed, for the CPU seconds the command used (on a shared machine the wall time also counts the others' work). */
const TIME = fs.existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "cpu-seconds %U %S"] : [];

interface Phase {
  wall: number;
  cpu: number;
}

/** Runs the import command with HINDSIGHT_IMPORT_TIMES set; returns its exit code, wall and CPU time and each step's (lib/import/phase-times.ts). */
function runCli(
  importFile: string,
): Promise<{ code: number | null; seconds: number; cpuSeconds: number | null; phases: Record<string, Phase>; stdout: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const phases: Record<string, Phase> = {};
    const command = [...TIME, "npm", "run", "--silent", "import", "--", importFile, "--as", EMAIL];
    let cpuSeconds: number | null = null;
    const child = spawn(command[0]!, command.slice(1), {
      env: { ...process.env, DATABASE_URL: `file:${dbFile}`, HINDSIGHT_IMPORT_TIMES: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    let rest = "";
    child.stderr.on("data", (d) => {
      rest += d;
      const lines = rest.split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        const phase = /^import-phase (.+) ([\d.]+) ([\d.]+)$/.exec(line);
        const cpu = /^cpu-seconds ([\d.]+) ([\d.]+)$/.exec(line);
        if (cpu) cpuSeconds = Number(cpu[1]) + Number(cpu[2]);
        else if (phase) phases[phase[1]!] = { wall: Number(phase[2]), cpu: Number(phase[3]) };
        else if (!/^(reading|checking rows|looking for|writing)/.test(line)) console.error(line);
      }
    });
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      // Before the first step: the process, tsx and the modules starting; after the last: closing the database and exiting.
      const inSteps = Object.values(phases).reduce((n, p) => n + p.wall, 0);
      resolve({ code, seconds, cpuSeconds, phases: { "start-up and exit": { wall: Number((seconds - inSteps).toFixed(3)), cpu: NaN }, ...phases }, stdout });
    });
  });
}

/** Each step's wall and CPU seconds and the rows per wall second it alone would allow. */
const perPhase = (phases: Record<string, Phase>) =>
  Object.fromEntries(
    Object.entries(phases).map(([name, p]) => [
      name,
      { wallSeconds: p.wall, cpuSeconds: Number.isNaN(p.cpu) ? null : p.cpu, rowsPerSecond: p.wall > 0 ? Math.round(ROWS / FILES / p.wall) : null },
    ]),
  );

/**
 * The steps that need SQLite's one writer: everything in the write transaction (the check against
 * the stored data, names, rows, indexes, kept sums and tags, commit) and the search index after
 * it, which takes the write lock too. Whatever runs beside them on other threads, an import cannot
 * go faster than these allow one after the other: rows over their seconds is its upper bound.
 */
const WRITER_STEPS = ["check again", "names", "rows", "indexes", "kept sums and tags", "commit", "search index"];
const oneWriter = (phases: Record<string, Phase>) => {
  const steps = WRITER_STEPS.filter((name) => phases[name]);
  const wall = steps.reduce((n, name) => n + phases[name]!.wall, 0);
  const cpu = steps.reduce((n, name) => n + phases[name]!.cpu, 0);
  return {
    steps,
    wallSeconds: Number(wall.toFixed(3)),
    cpuSeconds: Number(cpu.toFixed(3)),
    cpuMicrosecondsPerRow: Math.round((cpu * 1e6) / (ROWS / FILES)),
    rowsPerSecondAtMost: wall > 0 ? Math.round(ROWS / FILES / wall) : null,
  };
};

const rows = ROWS / FILES;
const imports: Awaited<ReturnType<typeof runCli>>[] = [];
for (const file of importFiles) {
  log(`importing ${file} through npm run import ...`);
  const run = await runCli(file);
  if (run.code !== 0) {
    console.error(run.stdout);
    throw new Error(`npm run import exited with ${run.code}`);
  }
  imports.push(run);
}
const seconds = imports.reduce((n, r) => n + r.seconds, 0);
const cpuSeconds = imports.every((r) => r.cpuSeconds !== null) ? imports.reduce((n, r) => n + r.cpuSeconds!, 0) : null;
const stored = db.get<{ n: number }>(sql`select count(*) as n from forecasts`)!.n - before;
const indexed = db.get<{ n: number }>(
  sql`select count(*) as n from forecasts_search s join forecasts f on f.id = s.rowid where f.quote like ${`Forecast % of run ${tag}-%`}`,
)!.n;
const pending = db.get<{ n: number }>(sql`select count(*) as n from search_dirty`)!.n;
// The kept sums the import left equal a rebuild from the ledger (rolled back: the check changes nothing).
/** Floats rounded: sums kept by adding differ from sums built at once in the last bits (as lib/ledger/kept-sums.test.ts compares). */
const rounded = (dump: unknown) => JSON.parse(JSON.stringify(dump, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v)));
const kept = JSON.stringify(rounded(dumpKeptSums(db)));
let keptEqualsRebuild = false;
try {
  db.transaction((tx) => {
    rebuildKeptSums(tx, getPastBefore(tx)!, DEFAULT_BIN_COUNT);
    keptEqualsRebuild = JSON.stringify(rounded(dumpKeptSums(tx))) === kept;
    throw new Error("rollback");
  });
} catch {}
log("importing the first file again (every row a duplicate) ...");
const again = await runCli(importFiles[0]!);
const afterAgain = db.get<{ n: number }>(sql`select count(*) as n from forecasts`)!.n - before;
db.$client.close();

console.log(
  JSON.stringify(
    {
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))), node: process.version },
      rows: ROWS,
      files: FILES,
      format,
      characters,
      all: {
        seconds: Number(seconds.toFixed(2)),
        rowsPerSecond: Math.round(ROWS / seconds),
        cpuSeconds,
        rowsPerCpuSecond: cpuSeconds ? Math.round(ROWS / cpuSeconds) : null,
      },
      imports: imports.map((r) => ({
        seconds: Number(r.seconds.toFixed(2)),
        rowsPerSecond: Math.round(rows / r.seconds),
        cpuSeconds: r.cpuSeconds,
        rowsPerCpuSecond: r.cpuSeconds ? Math.round(rows / r.cpuSeconds) : null,
        phases: perPhase(r.phases),
        oneWriter: oneWriter(r.phases),
        report: r.stdout.split("\n")[0],
      })),
      check: { stored, indexedForSearch: indexed, searchPending: pending, keptEqualsRebuild },
      secondImportAllDuplicates: {
        exitCode: again.code,
        seconds: Number(again.seconds.toFixed(2)),
        rowsPerSecond: Math.round(rows / again.seconds),
        cpuSeconds: again.cpuSeconds,
        written: afterAgain - stored,
      },
    },
    null,
    2,
  ),
);
