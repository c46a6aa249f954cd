/**
 * Append-only on PostgreSQL: the outcome history, the revision history and the audit log refuse
 * UPDATE, DELETE, TRUNCATE and INSERT ... ON CONFLICT DO UPDATE - by trigger for whoever is
 * connected (the owner included), and by privilege for the app's role (hindsight_app), which may
 * still insert into them and write the other tables.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { richLedger } from "./ledger-fixture";
import { createTestDatabase, hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const APPEND_ONLY = ["outcomes", "forecast_revisions", "audit_log"] as const;

/** Statements that would rewrite existing rows (the ledger fixture has rows in all three tables). */
const UPDATE = { outcomes: "update outcomes set note = 'rewritten' where id = 1", audit_log: "update audit_log set action = 'rewritten' where id = 1" };
const UPSERT = {
  outcomes:
    "insert into outcomes (id, forecast_id, status, evidence, recorded_by) select id, forecast_id, status, evidence, recorded_by from outcomes where id = 1 on conflict (id) do update set note = 'rewritten'",
  audit_log: "insert into audit_log (id, action, entity_type, entity_id) values (1, 'x', 'y', 'z') on conflict (id) do update set action = 'rewritten'",
};

async function refusal(client: pg.Client, statement: string): Promise<string> {
  await client.query("savepoint s");
  try {
    await client.query(statement);
  } catch (err) {
    await client.query("rollback to savepoint s");
    return (err as Error).message;
  }
  await client.query("rollback to savepoint s");
  return "accepted";
}

describe.skipIf(!hasPg)("append-only tables on PostgreSQL", () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: pg.Client;
  beforeAll(async () => {
    target = await createTestDatabase();
    const pgdb = openPostgres(target.url);
    await migratePostgres(pgdb);
    const ledger = await richLedger();
    expect((await copyLedger(ledger.db.$client, pgdb.$client)).ok).toBe(true);
    ledger.cleanup();
    await closePostgres(pgdb);
    owner = new pg.Client({ connectionString: target.url });
    await owner.connect();
    await owner.query("begin");
  });
  afterAll(async () => {
    await owner?.query("rollback").catch(() => {});
    await owner?.end();
    await target?.drop();
  });

  it("has no unique key besides the primary key, so ON CONFLICT can only target the id", async () => {
    const { rows } = await owner.query(
      `select t.relname as table, i.relname as index, x.indisprimary as primary from pg_index x
       join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
       where x.indisunique and t.relname = any($1) order by 1`,
      [APPEND_ONLY],
    );
    expect(rows).toEqual(APPEND_ONLY.map((t) => ({ table: t, index: `${t}_pkey`, primary: true })).sort((a, b) => a.table.localeCompare(b.table)));
  });

  it("refuses UPDATE, DELETE, TRUNCATE and ON CONFLICT DO UPDATE by trigger, even for the owner", async () => {
    expect(await refusal(owner, UPDATE.outcomes)).toContain("outcomes are append-only");
    expect(await refusal(owner, "delete from outcomes where id = 1")).toContain("outcomes are append-only");
    expect(await refusal(owner, "truncate outcomes cascade")).toContain("outcomes are append-only");
    expect(await refusal(owner, UPSERT.outcomes)).toContain("outcomes are append-only");
    expect(await refusal(owner, UPDATE.audit_log)).toContain("the audit log is append-only");
    expect(await refusal(owner, UPSERT.audit_log)).toContain("the audit log is append-only");
    expect(await refusal(owner, "delete from audit_log")).toContain("the audit log is append-only");
    expect(await refusal(owner, "truncate forecast_revisions")).toContain("forecast revisions are append-only");
    expect(await refusal(owner, "delete from forecast_revisions")).toContain("forecast revisions are append-only");
    expect(await refusal(owner, "update forecast_revisions set reason = 'rewritten'")).toContain("forecast revisions are append-only");
    const { rows } = await owner.query("select note from outcomes where id = 1");
    expect(rows[0].note).not.toBe("rewritten");
  });

  it("the app role (hindsight_app) may insert and read them and write other tables, but has no UPDATE or DELETE on them", async () => {
    await owner.query("grant hindsight_app to current_user");
    await owner.query("set role hindsight_app");
    try {
      expect(await refusal(owner, UPDATE.outcomes)).toMatch(/permission denied for table outcomes/);
      expect(await refusal(owner, "delete from outcomes where id = 1")).toMatch(/permission denied for table outcomes/);
      expect(await refusal(owner, "truncate outcomes")).toMatch(/permission denied for table outcomes/);
      expect(await refusal(owner, UPSERT.outcomes)).toMatch(/permission denied for table outcomes/);
      expect(await refusal(owner, UPDATE.audit_log)).toMatch(/permission denied for table audit_log/);
      expect(await refusal(owner, "delete from forecast_revisions")).toMatch(/permission denied for table forecast_revisions/);
      expect(await refusal(owner, "drop table audit_log")).toMatch(/must be owner/);
      // What the app does need still works: appending, reading, updating the forecast copy of the outcome.
      expect(await refusal(owner, "insert into audit_log (action, entity_type, entity_id) values ('test', 'forecast', '1')")).toBe("accepted");
      expect(
        await refusal(owner, `insert into outcomes (forecast_id, status, evidence, recorded_by) select 2, 'yes', '[]', recorded_by from outcomes where id = 1`),
      ).toBe("accepted");
      expect(await refusal(owner, "update forecasts set version = version + 1 where id = 2")).toBe("accepted");
      expect(await refusal(owner, "delete from session")).toBe("accepted");
    } finally {
      await owner.query("reset role");
    }
  });
});
