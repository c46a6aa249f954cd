/**
 * `npm run db:rebuild-sums` on PostgreSQL: run as a user runs it (a child process with a
 * postgres:// DATABASE_URL), it puts back kept sums that no longer match the ledger, and leaves
 * correct ones as they were.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { dumpKeptSumsPg } from "@/db/pg/queries/kept-sums";
import { expectSameRows } from "./copied-ledger";
import { richLedger } from "./ledger-fixture";
import { createTestDatabase, hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const ROOT = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!hasPg)("db:rebuild-sums on PostgreSQL", () => {
  let db: PgDB;
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const ledger = await richLedger();
    const target = await createTestDatabase();
    url = target.url;
    db = openPostgres(url);
    await migratePostgres(db);
    expect((await copyLedger(ledger.db.$client, db.$client)).ok).toBe(true);
    ledger.cleanup();
    drop = async () => {
      await closePostgres(db);
      await target.drop();
    };
  }, 60_000);
  afterAll(async () => {
    await drop?.();
  });

  const rebuild = () =>
    spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/rebuild-sums.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url },
    });

  it("puts damaged kept sums back as the ledger says, and says how many forecasts it counted", async () => {
    const correct = await dumpKeptSumsPg(db);
    const forecasts = Number((await db.execute<{ n: string }>(sql`select count(*) as n from forecasts`)).rows[0]!.n);
    await db.execute(sql`update kept_totals set total = total + 7 where scope_kind = 'all'`);
    await db.execute(sql`delete from kept_scored where scope_kind = 'forecaster'`);
    expect((await dumpKeptSumsPg(db)).kept_scored!.length).toBeLessThan(correct.kept_scored!.length);

    const run = rebuild();
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { database: string; forecasts: number; ms: number };
    expect(printed.forecasts).toBe(forecasts);

    const after = await dumpKeptSumsPg(db);
    for (const t of Object.keys(correct)) expectSameRows(after[t]!, correct[t]!, t);
  }, 60_000);
});
