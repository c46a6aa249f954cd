/**
 * kill -9 of `npm run import` in the middle of its write transaction leaves the database as it
 * was: same row counts, integrity_check ok (one transaction; SQLite's WAL discards the
 * uncommitted frames when the next connection opens the file).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { exportForecasts } from "@/db/queries/forecasts";
import { formatExport } from "@/lib/export/format";
import { seededWithImporter } from "@/test/auth";
import type { freshDatabase } from "@/test/db";

vi.mock("server-only", () => ({}));

const TABLES = ["articles", "forecasts", "outcomes", "people", "outlets", "topics", "audit_log", "forecast_topics", "events"];
let fresh: ReturnType<typeof freshDatabase>;
let importFile: string;

beforeAll(async () => {
  fresh = await seededWithImporter();
  // Thousands of new forecasts: the seed records under new article titles.
  const seed = JSON.parse(formatExport(exportForecasts(fresh.db), "json")) as { article: { title: string } }[];
  const rows = Array.from({ length: 120 }, (_, i) => seed.map((r) => ({ ...r, article: { ...r.article, title: `${r.article.title} (copy ${i})` } }))).flat();
  importFile = path.join(path.dirname(fresh.file), "big-import.json");
  fs.writeFileSync(importFile, JSON.stringify(rows));
  fresh.db.$client.close();
});
afterAll(() => fs.rmSync(path.dirname(fresh.file), { recursive: true, force: true }));

function counts(): Record<string, number> {
  const db = new Database(fresh.file);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

it("kill -9 during the import's write transaction leaves the database as before", async () => {
  const before = counts();
  // One process (no npx or tsx wrapper), so SIGKILL hits the process holding the transaction.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", importFile, "--as", "importer@test.invalid"], {
    env: { ...process.env, DATABASE_URL: fresh.file },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (d) => {
      stderr += d;
      if (/writing \d+ forecasts in one transaction…/.test(stderr)) resolve();
    });
    child.on("exit", () => reject(new Error(`the import ended before writing: ${stderr.slice(-500)}`)));
  });
  await new Promise((r) => setTimeout(r, 250));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  // It was inside the transaction: it had announced the write and printed no report.
  expect(stdout).toBe("");
  expect(counts()).toEqual(before);
}, 90_000);
