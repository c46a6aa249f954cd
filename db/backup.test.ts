/**
 * npm run db:backup while another process keeps writing, and npm run db:restore with its checks
 * (finding 7: copying the file while the server wrote gave corrupt copies).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { integrityProblems, restoreDatabase } from "./backup";

vi.mock("server-only", () => ({}));

/** A separate process appending audit rows as fast as it can, each its own transaction. */
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
const ins = db.prepare("INSERT INTO audit_log (action, entity_type, entity_id, detail) VALUES ('test.write', 'test', ?, ?)");
const pad = "x".repeat(2000);
for (let i = 0; ; i++) ins.run(String(i), JSON.stringify({ pad }));
`;

let fresh: ReturnType<typeof freshDatabase>;
let writer: ChildProcess;
const dir = () => path.dirname(fresh.file);
const maxId = (db: Database.Database) => (db.prepare("SELECT coalesce(max(id), 0) AS m FROM audit_log").get() as { m: number }).m;
const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  fresh = freshDatabase();
  loadSeeds(fresh.db);
});
afterAll(() => {
  writer?.kill("SIGKILL");
  fresh.cleanup();
});

describe("npm run db:backup", () => {
  it("makes a consistent copy while another process writes: it opens, passes integrity_check, and holds every write committed before it began", async () => {
    writer = spawn(process.execPath, ["-e", WRITER, fresh.file], { cwd: process.cwd(), stdio: "ignore" });
    const reader = fresh.db.$client;
    const started = maxId(reader);
    while (maxId(reader) < started + 200) await new Promise((r) => setTimeout(r, 20));
    const target = path.join(dir(), "backup.db");
    const committedBefore = maxId(reader);
    const out = execFileSync("npx", ["tsx", "scripts/db-backup.ts", target], { env: { ...process.env, DATABASE_URL: fresh.file }, encoding: "utf8" });
    const committedAfter = maxId(reader);
    writer.kill("SIGKILL");
    expect(JSON.parse(out)).toMatchObject({ backup: target, integrity: "ok" });
    expect(committedAfter).toBeGreaterThan(committedBefore); // the writer really kept writing during the backup

    const copy = new Database(target, { readonly: true });
    expect(integrityProblems(copy)).toEqual([]);
    const inCopy = maxId(copy);
    expect(inCopy).toBeGreaterThanOrEqual(committedBefore);
    expect(inCopy).toBeLessThanOrEqual(committedAfter);
    // No gaps: every row up to the copy's last is there (one snapshot, not pages from different moments).
    expect((copy.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n).toBe(inCopy);
    expect(count(target, "forecasts")).toBe(count(fresh.file, "forecasts"));
    copy.close();
  }, 60_000);

  it("refuses to overwrite an existing file", () => {
    const target = path.join(dir(), "backup.db");
    expect(() => execFileSync("npx", ["tsx", "scripts/db-backup.ts", target], { env: { ...process.env, DATABASE_URL: fresh.file }, stdio: "pipe" })).toThrow(
      /exists already/,
    );
  }, 30_000);
});

describe("npm run db:restore", () => {
  it("puts the backup in place and keeps the previous database", () => {
    const target = path.join(dir(), "live.db");
    fs.copyFileSync(path.join(dir(), "backup.db"), target);
    const live = new Database(target);
    live.prepare("INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('after.backup', 'test', '1')").run();
    const liveRows = maxId(live);
    live.close();
    const { keptAs, schema } = restoreDatabase(path.join(dir(), "backup.db"), target, new Date("2026-01-02T03:04:05Z"));
    expect(keptAs).toBe(`${target}.before-restore-2026-01-02T03-04-05-000Z`);
    expect(schema.applied).toBe(schema.known);
    expect(count(target, "audit_log")).toBe(count(path.join(dir(), "backup.db"), "audit_log"));
    expect(count(keptAs as string, "audit_log")).toBe(liveRows);
  });

  it("refuses a damaged backup and changes nothing", () => {
    const target = path.join(dir(), "live.db");
    const damaged = path.join(dir(), "damaged.db");
    const bytes = fs.readFileSync(path.join(dir(), "backup.db"));
    for (let i = 4096 * 2; i < 4096 * 6; i++) bytes[i] = (i * 7) % 256; // scribble over pages 3-6
    fs.writeFileSync(damaged, bytes);
    const before = fs.readFileSync(target);
    expect(() => restoreDatabase(damaged, target)).toThrow();
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });

  it("refuses a database from another schema version", () => {
    const other = path.join(dir(), "other.db");
    fs.copyFileSync(path.join(dir(), "backup.db"), other);
    const db = new Database(other);
    db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)").run();
    db.close();
    expect(() => restoreDatabase(other, path.join(dir(), "live.db"))).toThrow(/schema version mismatch/);
    expect(() => restoreDatabase(path.join(dir(), "nothing-here.db"), path.join(dir(), "live.db"))).toThrow(/no backup/);
  });
});
