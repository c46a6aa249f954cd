/**
 * The outcome history, the revision history and the audit log are append-only in the database
 * itself: raw SQL through better-sqlite3 (as anyone with the file would write it) cannot rewrite
 * a row, whether by UPDATE, DELETE, INSERT OR REPLACE, REPLACE INTO or an upsert.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seededWithAccounts } from "@/test/auth";

vi.mock("server-only", () => ({}));

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
});
afterAll(() => ctx.cleanup());

const sql = () => ctx.db.$client;

function snapshot(table: string) {
  return sql().prepare(`SELECT * FROM ${table} ORDER BY id`).all();
}

describe.each(["outcomes", "audit_log", "forecast_revisions"])("%s", (table) => {
  beforeAll(() => {
    // Every table needs a row to attack; the seed has outcomes and audit entries, not revisions.
    if (table === "forecast_revisions" && snapshot(table).length === 0) {
      const editor = ctx.accounts.editor.actor.id;
      sql().prepare("INSERT INTO forecast_revisions (forecast_id, version, changes, reason, edited_by) VALUES (1, 2, '{}', 'test', ?)").run(editor);
    }
  });

  it.each([
    ["INSERT OR REPLACE", (cols: string, vals: string) => `INSERT OR REPLACE INTO ${table} (${cols}) VALUES (${vals})`],
    ["REPLACE INTO", (cols: string, vals: string) => `REPLACE INTO ${table} (${cols}) VALUES (${vals})`],
    ["an upsert", (cols: string, vals: string) => `INSERT INTO ${table} (${cols}) VALUES (${vals}) ON CONFLICT(id) DO UPDATE SET id = excluded.id`],
    ["UPDATE", () => `UPDATE ${table} SET id = id`],
    ["DELETE", () => `DELETE FROM ${table}`],
  ])("refuses %s over an existing row", (_name, statement) => {
    const before = snapshot(table);
    expect(before.length).toBeGreaterThan(0);
    const row = before[0] as Record<string, unknown>;
    const cols = Object.keys(row);
    const vals = cols.map(() => "?").join(", ");
    const values = cols.map((c) => (c === "status" ? (row[c] === "yes" ? "no" : "yes") : row[c]));
    const stmt = sql().prepare(statement(cols.join(", "), vals));
    expect(() => (stmt.reader ? stmt.all() : stmt.run(...(statement.length ? values : [])))).toThrow(/append-only/);
    expect(snapshot(table)).toEqual(before);
  });

  it("still accepts a new row", () => {
    const n = snapshot(table).length;
    if (table === "outcomes") {
      const editor = ctx.accounts.editor.actor.id;
      sql().prepare("INSERT INTO outcomes (forecast_id, status, evidence, recorded_by) VALUES (1, 'ambiguous', '[]', ?)").run(editor);
    } else if (table === "audit_log") sql().prepare("INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('test', 'test', '1')").run();
    else
      sql()
        .prepare("INSERT INTO forecast_revisions (forecast_id, version, changes, reason, edited_by) VALUES (1, 3, '{}', 'r', ?)")
        .run(ctx.accounts.editor.actor.id);
    expect(snapshot(table)).toHaveLength(n + 1);
  });
});
