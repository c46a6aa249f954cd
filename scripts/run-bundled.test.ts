/**
 * `npm run import` runs from an esbuild bundle (scripts/run-bundled.mjs): it answers as the script
 * run through tsx does (report, exit codes), and writes.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { exportForecasts } from "@/db/queries/forecasts";
import { formatExport, formatRecords } from "@/lib/export/format";
import { seededWithImporter } from "@/test/auth";
import type { freshDatabase } from "@/test/db";

vi.mock("server-only", () => ({}));

let fresh: ReturnType<typeof freshDatabase>;
let good: string;
let bad: string;

beforeAll(async () => {
  fresh = await seededWithImporter();
  const seed = JSON.parse(formatExport(exportForecasts(fresh.db), "json")) as { article: { title: string }; probability: unknown }[];
  const rows = seed.map((r) => ({ ...r, article: { ...r.article, title: `${r.article.title} (bundled)` } }));
  const dir = path.dirname(fresh.file);
  good = path.join(dir, "good.csv");
  fs.writeFileSync(good, formatRecords(rows as never, "csv"));
  bad = path.join(dir, "bad.json");
  fs.writeFileSync(bad, JSON.stringify(rows.map((r, i) => (i === 3 ? { ...r, probability: 1.5 } : r))));
  fresh.db.$client.close();
});
afterAll(() => fs.rmSync(path.dirname(fresh.file), { recursive: true, force: true }));

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, DATABASE_URL: fresh.file }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const bundled = (...args: string[]) => run(["scripts/run-bundled.mjs", "import", ...args]);
const throughTsx = (...args: string[]) => run(["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args]);
const forecasts = () => {
  const db = new Database(fresh.file, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from forecasts").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

it("answers as the script through tsx does: the same report and exit code, for a good file and one with an error", () => {
  for (const [file, code] of [
    [good, 0],
    [bad, 1],
  ] as const) {
    const a = bundled(file, "--as", "importer@test.invalid", "--dry-run");
    const b = throughTsx(file, "--as", "importer@test.invalid", "--dry-run");
    expect(a.code, a.stdout + a.stderr).toBe(code);
    expect(a.stdout).toBe(b.stdout);
    expect(b.code).toBe(code);
  }
  expect(bundled(bad, "--as", "importer@test.invalid", "--dry-run").stdout).toContain("row 4, probability:");
}, 60_000);

it("writes the file, and a second run finds every row a duplicate", () => {
  const before = forecasts();
  const first = bundled(good, "--as", "importer@test.invalid");
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toMatch(/^Imported \d+ forecasts from good\.csv/);
  const added = forecasts() - before;
  expect(added).toBeGreaterThan(0);
  const again = bundled(good, "--as", "importer@test.invalid");
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`${added} duplicates found`);
  expect(forecasts() - before).toBe(added);
}, 60_000);

it("refuses a command it does not know", () => {
  const r = run(["scripts/run-bundled.mjs", "nothing"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("unknown command nothing");
});
