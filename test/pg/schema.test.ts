/**
 * The PostgreSQL schema applies from nothing, and the start-up check reports each state a
 * database can be in (empty, older, newer, no pg_trgm, no connection) with what to do.
 */

import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { migratePostgres } from "@/db/pg/migrate";
import * as pgSchema from "@/db/pg/schema";
import { PG_MIGRATIONS } from "@/db/schema-version";
import { checkBeforeServing } from "@/db/startup-check";
import { createTestDatabase, hasPg, PG_TEST_URL } from "./pg-test-db";

describe.skipIf(!hasPg)("the PostgreSQL schema and the start-up check", () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let sql: pg.Client;
  beforeAll(async () => {
    target = await createTestDatabase();
    sql = new pg.Client({ connectionString: target.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await target?.drop();
  });

  it("an empty database: no schema, db:setup is what to do", async () => {
    const check = await checkPostgres(target.url);
    expect(check.server).toMatch(/^PostgreSQL \d+/);
    expect(check.problems).toEqual([expect.objectContaining({ kind: "schema-empty", fix: expect.stringContaining("npm run db:setup") })]);
  });

  it("applies every migration and then passes the check, with the tables, pg_trgm and the app role in place", async () => {
    const db = openPostgres(target.url);
    await migratePostgres(db);
    await closePostgres(db);
    expect((await checkPostgres(target.url)).problems).toEqual([]);
    // Every table db/pg/schema.ts declares, and no other, exists after the migrations.
    const tables = await sql.query("select table_name from information_schema.tables where table_schema = 'public' order by table_name");
    const declared = Object.values(pgSchema)
      .filter((t) => is(t, PgTable))
      .map((t) => getTableConfig(t as PgTable).name)
      .sort();
    expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(declared);
    const ext = await sql.query("select extname from pg_extension where extname = 'pg_trgm'");
    expect(ext.rowCount).toBe(1);
    const trgm = await sql.query("select indexdef from pg_indexes where indexname = 'forecasts_search_trgm_idx'");
    expect(trgm.rows[0].indexdef).toContain("gin_trgm_ops");
    const role = await sql.query("select rolcanlogin from pg_roles where rolname = 'hindsight_app'");
    expect(role.rows).toEqual([{ rolcanlogin: false }]);
  });

  it("an older schema (a migration not applied) says to run db:setup, which applies it", async () => {
    const last = PG_MIGRATIONS.entries.at(-1)!;
    await sql.query("delete from drizzle.__drizzle_migrations where created_at = $1", [last.when]);
    const check = await checkPostgres(target.url);
    expect(check.problems).toEqual([expect.objectContaining({ kind: "schema-older", problem: expect.stringContaining(last.tag) })]);
    await sql.query("insert into drizzle.__drizzle_migrations (hash, created_at) values ('restored', $1)", [last.when]);
    expect((await checkPostgres(target.url)).problems).toEqual([]);
  });

  it("a newer schema (a migration this version does not know) is refused", async () => {
    await sql.query("insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', $1)", [PG_MIGRATIONS.entries.at(-1)!.when + 1000]);
    const check = await checkPostgres(target.url);
    expect(check.problems).toEqual([expect.objectContaining({ kind: "schema-newer", problem: expect.stringContaining("newer version") })]);
    await sql.query("delete from drizzle.__drizzle_migrations where hash = 'future'");
  });

  it("a missing pg_trgm is reported with the statement that creates it", async () => {
    await sql.query("drop extension pg_trgm cascade");
    const check = await checkPostgres(target.url);
    expect(check.problems).toEqual([
      expect.objectContaining({ problem: expect.stringContaining("pg_trgm"), fix: expect.stringContaining("CREATE EXTENSION pg_trgm") }),
    ]);
    await sql.query("create extension pg_trgm");
    await sql.query("create index forecasts_search_trgm_idx on forecasts_search using gin (search_text gin_trgm_ops)");
  });

  it("the web app starts on a ready PostgreSQL database", async () => {
    expect(await checkBeforeServing(target.url)).toBeNull();
  });

  it("connection failures say why: nothing listening, no such database, unknown role", async () => {
    const u = new URL(PG_TEST_URL!);
    const refused = await checkPostgres(`postgres://nobody@127.0.0.1:1/x`);
    expect(refused.problems[0]?.problem).toContain("nothing accepts connections at 127.0.0.1:1");
    u.pathname = "/hindsight_no_such_database";
    const missing = await checkPostgres(u.toString());
    expect(missing.problems[0]?.problem).toContain('the database "hindsight_no_such_database" does not exist');
    expect(missing.problems[0]?.fix).toContain("CREATE DATABASE hindsight_no_such_database");
    const message = await checkBeforeServing(u.toString());
    expect(message).toMatch(/Hindsight cannot start: the database at DATABASE_URL \(.*\) is not ready/);
    u.pathname = new URL(PG_TEST_URL!).pathname;
    u.username = "hindsight_no_such_role";
    const role = await checkPostgres(u.toString());
    expect(role.problems[0]?.problem).toMatch(/cannot connect to .*: .*role hindsight_no_such_role/);
  });
});
