/**
 * db/pg/schema.ts mirrors db/schema.ts: the same tables, columns (with a PostgreSQL type that
 * holds the same values), nullability, primary keys, unique columns and indexes. A column added
 * to one schema and not the other fails here, before db:copy or a checksum could.
 */
import { getTableName } from "drizzle-orm";
import { getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { type ColumnKind, columnKind, ledgerTables, pgTables, sqliteTables } from "./tables";

const PG_TYPES_FOR: Record<ColumnKind, string[]> = {
  integer: ["PgInteger", "PgBigInt53"],
  real: ["PgDoublePrecision"],
  text: ["PgText", "PgDateString"],
  boolean: ["PgBoolean"],
  timestamp: ["PgTimestamp"],
  json: ["PgJson"],
};
/** Tables that exist on PostgreSQL only (derived data, not copied). */
const PG_ONLY = ["forecasts_search", "search_dirty"];

const pgByName = new Map(pgTables().map((t) => [getTableName(t), pgTableConfig(t)]));

describe("the PostgreSQL schema mirrors the SQLite schema", () => {
  it("has the same tables (plus the search tables)", () => {
    const sqliteNames = sqliteTables().map((t) => getTableName(t));
    expect([...pgByName.keys()].sort()).toEqual([...sqliteNames, ...PG_ONLY].sort());
  });

  for (const table of sqliteTables()) {
    const s = sqliteTableConfig(table);
    it(`${s.name}: same columns, types, nullability, keys and indexes`, () => {
      const p = pgByName.get(s.name)!;
      const pgCols = new Map(p.columns.map((c) => [c.name, c]));
      expect(p.columns.map((c) => c.name).sort()).toEqual(s.columns.map((c) => c.name).sort());
      for (const c of s.columns) {
        const pc = pgCols.get(c.name)!;
        expect(PG_TYPES_FOR[columnKind(c)], `${s.name}.${c.name} is ${c.columnType} on SQLite, ${pc.columnType} on PostgreSQL`).toContain(pc.columnType);
        expect(pc.notNull, `${s.name}.${c.name} nullability`).toBe(c.notNull);
        expect(pc.isUnique, `${s.name}.${c.name} uniqueness`).toBe(c.isUnique);
        expect(pc.primary, `${s.name}.${c.name} primary key`).toBe(c.primary);
      }
      const pk = (cols: { name: string }[] | undefined) => cols?.map((c) => c.name);
      expect(pk(p.primaryKeys[0]?.columns)).toEqual(pk(s.primaryKeys[0]?.columns));
      const indexes = (xs: { config: { name?: string; unique: boolean; columns: unknown[] } }[]) =>
        xs.map((i) => ({ name: i.config.name, unique: i.config.unique, columns: i.config.columns.map((c) => (c as { name: string }).name) }));
      expect(indexes(p.indexes)).toEqual(indexes(s.indexes));
    });
  }

  it("orders the tables so that referenced rows are copied first", () => {
    const order = ledgerTables().map((t) => t.name);
    const precedes = (a: string, b: string) => order.indexOf(a) < order.indexOf(b);
    expect(precedes("user", "session")).toBe(true);
    expect(precedes("forecasts", "outcomes")).toBe(true);
    expect(precedes("outcomes", "forecasts")).toBe(false); // forecasts.current_outcome_id is the deferred key
    expect(precedes("articles", "article_authors") && precedes("people", "article_authors")).toBe(true);
  });
});
