/**
 * db:copy: a SQLite ledger copied into PostgreSQL comes back with equal counts and checksums in
 * every table, ids kept and sequences moved past them; a non-empty target is refused (unless
 * replaced); a copy that does not verify commits nothing; the checksum notices a changed value.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { CopyRefused, compareLedgers, copyLedger } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { ledgerTables } from "@/db/pg/tables";
import { richLedger } from "./ledger-fixture";
import { createTestDatabase, hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const run = promisify(execFile);

describe.skipIf(!hasPg)("db:copy from SQLite into PostgreSQL", () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let ledger: Awaited<ReturnType<typeof richLedger>>;
  let pgdb: PgDB;
  const count = async (table: string) => (await pgdb.$client.query(`select count(*)::int as n from "${table}"`)).rows[0].n as number;

  beforeAll(async () => {
    target = await createTestDatabase();
    ledger = await richLedger();
    pgdb = openPostgres(target.url);
    await migratePostgres(pgdb);
  });
  afterAll(async () => {
    ledger?.cleanup();
    if (pgdb) await closePostgres(pgdb);
    await target?.drop();
  });

  it("copies every table with equal counts and checksums, and commits", async () => {
    const report = await copyLedger(ledger.db.$client, pgdb.$client);
    expect(report.tables.map((t) => t.table).sort()).toEqual(
      ledgerTables()
        .map((t) => t.name)
        .sort(),
    );
    for (const t of report.tables) expect(t, t.table).toMatchObject({ ok: true, postgres: t.sqlite });
    expect(report.committed).toBe(true);
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.sqlite.rows]));
    // Every kind of row is there: sessions from sign-ins, a correction, a retraction, the audit trail.
    expect(rows.session).toBeGreaterThan(0);
    expect(rows.forecast_revisions).toBe(1);
    expect(rows.outcomes).toBeGreaterThan(21);
    expect(await count("forecasts")).toBe(rows.forecasts);
    const retraction = await pgdb.$client.query("select retraction, evidence from outcomes where retraction order by id desc limit 1");
    expect(retraction.rows[0].retraction).toBe(true);
  });

  it("keeps the ids and moves each identity sequence past them", async () => {
    const sqliteMax = (ledger.db.$client.prepare("select max(id) as m from outcomes").get() as { m: number }).m;
    expect((await pgdb.$client.query("select max(id)::int as m from outcomes")).rows[0].m).toBe(sqliteMax);
    const next = await pgdb.$client.query(
      "insert into outlets (slug, name) values ('new-after-copy', 'New') returning id, (select max(id) from outlets o where o.slug <> 'new-after-copy') as prev",
    );
    expect(next.rows[0].id).toBe(next.rows[0].prev + 1);
    const audit = await pgdb.$client.query("insert into audit_log (action, entity_type, entity_id) values ('test', 'x', '1') returning id");
    const auditMax = (ledger.db.$client.prepare("select max(id) as m from audit_log").get() as { m: number }).m;
    expect(audit.rows[0].id).toBe(auditMax + 1);
  });

  it("notices a changed value: the checksum of that table (and only that one) differs", async () => {
    await pgdb.$client.query("update forecasts set quote = quote || ' ' where id = 5");
    const tables = await compareLedgers(ledger.db.$client, pgdb.$client);
    expect(tables.filter((t) => !t.ok).map((t) => t.table)).toEqual(expect.arrayContaining(["forecasts"]));
    const forecasts = tables.find((t) => t.table === "forecasts")!;
    expect(forecasts.sqlite.rows).toBe(forecasts.postgres.rows);
    expect(forecasts.sqlite.sha256).not.toBe(forecasts.postgres.sha256);
  });

  it("refuses a target that holds rows, changing nothing", async () => {
    const before = await count("forecasts");
    await expect(copyLedger(ledger.db.$client, pgdb.$client)).rejects.toThrow(CopyRefused);
    await expect(copyLedger(ledger.db.$client, pgdb.$client)).rejects.toThrow(/already holds rows: .*forecasts \(\d+\).*--replace/);
    expect(await count("forecasts")).toBe(before);
  });

  it("replaces the target's contents with --replace, append-only tables included", async () => {
    const report = await copyLedger(ledger.db.$client, pgdb.$client, { replace: true });
    expect(report.ok).toBe(true);
    expect((await compareLedgers(ledger.db.$client, pgdb.$client)).every((t) => t.ok)).toBe(true);
    // The TRUNCATE trigger is back on after the replace.
    await expect(pgdb.$client.query("truncate outcomes cascade")).rejects.toThrow(/append-only/);
  });

  it("copies and verifies into a database whose default collation is a language's (text keys compared in code-point order)", async () => {
    const other = await createTestDatabase({ icuLocale: "en" });
    const db2 = openPostgres(other.url);
    try {
      await migratePostgres(db2);
      // The collation really differs: "a" sorts before "B" here, after it in code-point order.
      expect((await db2.$client.query("select array_agg(x order by x) as xs from (values ('B'), ('a')) v(x)")).rows[0].xs).toEqual(["a", "B"]);
      const report = await copyLedger(ledger.db.$client, db2.$client);
      expect(report.tables.filter((t) => !t.ok)).toEqual([]);
      expect(report.committed).toBe(true);
    } finally {
      await closePostgres(db2);
      await other.drop();
    }
  });

  it("commits nothing when the copy does not verify (here: a target trigger alters rows on the way in)", async () => {
    const other = await createTestDatabase();
    const db2 = openPostgres(other.url);
    try {
      await migratePostgres(db2);
      await db2.$client.query(`create function shout() returns trigger language plpgsql as $$ begin new.name := upper(new.name); return new; end $$;
        create trigger shout before insert on people for each row execute function shout();`);
      const report = await copyLedger(ledger.db.$client, db2.$client);
      expect(report.ok).toBe(false);
      expect(report.committed).toBe(false);
      expect(report.tables.filter((t) => !t.ok).map((t) => t.table)).toEqual(["people"]);
      expect((await db2.$client.query("select count(*)::int as n from forecasts")).rows[0].n).toBe(0);
    } finally {
      await closePostgres(db2);
      await other.drop();
    }
  });

  it("the command prints the table of results and exits 0, 1 on a refused target, 2 on a usage error", async () => {
    const cli = (...args: string[]) =>
      run("npx", ["tsx", "--conditions=react-server", "scripts/db-copy.ts", ...args], { env: { ...process.env, DATABASE_URL: "" } }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    const replaced = await cli("--from", ledger.db.$client.name, "--to", target.url, "--replace");
    expect(replaced.code).toBe(0);
    expect(replaced.out).toMatch(/forecasts\s+\d+\s+\d+\s+[0-9a-f]{16}\s+[0-9a-f]{16}\s+ok/);
    expect(replaced.out).toContain("every table's count and checksum match; committed");
    const refused = await cli("--from", ledger.db.$client.name, "--to", target.url);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("refused: the target database already holds rows");
    const usage = await cli("--to", target.url);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain("--from FILE is required");
  }, 60_000);
});
