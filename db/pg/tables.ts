/**
 * The ledger's tables as db:copy and the checksums see them: every table of the SQLite schema
 * (db/schema.ts) with its columns in order, what kind of value each holds, its primary key and its
 * identity column on PostgreSQL, in an order that inserts referenced rows first.
 * Derived from the two drizzle schemas, so a table or column added to both is copied without
 * further code; schema-parity.test.ts fails when the two schemas differ.
 */
import { type Column, getTableName, is } from "drizzle-orm";
import { PgTable, getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import * as sqliteSchema from "../schema";
import * as pgSchema from "./schema";

/** How a value is stored on SQLite, which decides how it is converted and compared. */
export type ColumnKind = "integer" | "real" | "text" | "boolean" | "timestamp" | "json";

export interface TableSpec {
  name: string;
  columns: { name: string; kind: ColumnKind }[];
  primaryKey: string[];
  /** The identity column on PostgreSQL (its sequence is advanced after a copy), if any. */
  identity: string | null;
}

/** Foreign keys that are DEFERRABLE on PostgreSQL (db/pg/migrations/0001): they may point forward during a copy. */
export const DEFERRED_FOREIGN_KEYS = ["forecasts_current_outcome_id_outcomes_id_fk"];

const SQLITE_KINDS: Record<string, ColumnKind> = {
  SQLiteInteger: "integer",
  SQLiteTimestamp: "timestamp",
  SQLiteBoolean: "boolean",
  SQLiteReal: "real",
  SQLiteText: "text",
  SQLiteTextJson: "json",
};

export function sqliteTables(): SQLiteTable[] {
  return (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));
}

export function pgTables(): PgTable[] {
  return (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
}

export function columnKind(column: Column): ColumnKind {
  const kind = SQLITE_KINDS[column.columnType];
  if (!kind) throw new Error(`column ${column.name}: no copy rule for the SQLite column type ${column.columnType}`);
  return kind;
}

let cached: TableSpec[] | undefined;

/** The tables both engines hold, parents before children. */
export function ledgerTables(): TableSpec[] {
  if (cached) return cached;
  const pgByName = new Map(pgTables().map((t) => [getTableName(t), t]));
  const specs = new Map<string, TableSpec>();
  const parents = new Map<string, Set<string>>();
  for (const table of sqliteTables()) {
    const config = sqliteTableConfig(table);
    const pgTable = pgByName.get(config.name);
    if (!pgTable) throw new Error(`table ${config.name} is in db/schema.ts but not in db/pg/schema.ts`);
    const pgConfig = pgTableConfig(pgTable);
    const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
    specs.set(config.name, {
      name: config.name,
      columns: config.columns.map((c) => ({ name: c.name, kind: columnKind(c) })),
      primaryKey,
      identity: pgConfig.columns.find((c) => c.generatedIdentity)?.name ?? null,
    });
    const refs = pgConfig.foreignKeys
      .filter((fk) => !DEFERRED_FOREIGN_KEYS.includes(fk.getName()))
      .map((fk) => getTableName(fk.reference().foreignTable))
      .filter((name) => name !== config.name);
    parents.set(config.name, new Set(refs));
  }
  const ordered: TableSpec[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`foreign keys form a cycle: ${[...path, name].join(" -> ")} (make one DEFERRABLE)`);
    state.set(name, "visiting");
    for (const parent of parents.get(name) ?? []) if (specs.has(parent)) visit(parent, [...path, name]);
    state.set(name, "done");
    const spec = specs.get(name);
    if (spec) ordered.push(spec);
  };
  for (const name of [...specs.keys()].sort()) visit(name, []);
  cached = ordered;
  return ordered;
}
