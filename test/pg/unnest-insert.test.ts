/**
 * Rows inserted as column arrays (db/pg/queries/unnest-insert.ts): every value arrives as given
 * (text with quotes, commas, braces and backslashes, nulls, reals, booleans, dates), the columns a
 * row does not give take their defaults, and rows that give different columns are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { migratePostgres } from "@/db/pg/migrate";
import { insertByColumns } from "@/db/pg/queries/unnest-insert";
import { auditLog, topics } from "@/db/pg/schema";
import { createTestDatabase, hasPg } from "./pg-test-db";

describe.skipIf(!hasPg)("inserting rows as column arrays on PostgreSQL", () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: PgDB;
  beforeAll(async () => {
    target = await createTestDatabase();
    db = openPostgres(target.url);
    await migratePostgres(db);
  });
  afterAll(async () => {
    await closePostgres(db);
    await target?.drop();
  });

  it("stores every value as given and returns the asked columns of each row", async () => {
    const awkward = ['quotes "inside", a comma', "{braces} and \\backslash\\", "NULL", "", "Militärbündnis – ‚so‘"];
    const rows = awkward.map((name, i) => ({ slug: `t-${i}`, name }));
    const back = await insertByColumns(db, topics, rows, ["id", "slug"]);
    expect(back.map((r) => r.slug).sort()).toEqual(rows.map((r) => r.slug).sort());
    const stored = await db.select({ slug: topics.slug, name: topics.name }).from(topics);
    for (const r of rows) expect(stored).toContainEqual(r);
  });

  it("stores JSON details, nulls and the defaults of the columns not given", async () => {
    const detail = { evidence: [{ citation: 'Le "Monde", 3 mars', url: null }], version: 2, ok: true, note: "{a,b} \\ ü" };
    const rows = [
      { userId: null, action: "test.bulk", entityType: "forecast", entityId: "1", detail },
      { userId: null, action: "test.bulk", entityType: "forecast", entityId: "2", detail: {} },
    ];
    await insertByColumns(db, auditLog, rows, []);
    const stored = await db.select().from(auditLog);
    const mine = stored.filter((r) => r.action === "test.bulk").sort((a, b) => a.entityId.localeCompare(b.entityId));
    expect(mine.map((r) => r.detail)).toEqual([detail, {}]);
    expect(mine.every((r) => r.userId === null && r.at instanceof Date)).toBe(true); // "at" took its default
  });

  it("refuses rows that give different columns, writing nothing", async () => {
    const before = (await db.select().from(topics)).length;
    await expect(insertByColumns(db, topics, [{ slug: "a-1", name: "A" }, { slug: "a-2" } as never], ["id"])).rejects.toThrow(/same columns/);
    expect((await db.select().from(topics)).length).toBe(before);
  });
});
