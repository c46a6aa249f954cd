/**
 * A stable checksum of a table's rows, computed the same way from either engine: every row's
 * values in primary-key order, each normalised by its kind (a SQLite 0/1 and a PostgreSQL boolean,
 * integer milliseconds and a timestamptz, JSON text and parsed JSON with its keys sorted all
 * compare equal), hashed with SHA-256.
 */
import { createHash } from "node:crypto";
import type { ColumnKind, TableSpec } from "./tables";

export interface TableSum {
  rows: number;
  sha256: string;
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** One value as the checksum sees it, from either engine's driver. */
export function normalise(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "boolean":
      return value === true || value === 1 ? 1 : 0;
    case "timestamp":
      return value instanceof Date ? value.getTime() : Number(value);
    case "json":
      return canonicalJson(typeof value === "string" ? JSON.parse(value) : value);
    case "integer":
    case "real":
      return typeof value === "bigint" ? value.toString() : Number(value);
    default:
      return value instanceof Date ? value.toISOString() : String(value);
  }
}

export class Checksum {
  private hash = createHash("sha256");
  rows = 0;
  constructor(private readonly spec: TableSpec) {}

  /** Adds one row, its values in the spec's column order. */
  add(values: unknown[]): void {
    this.hash.update(JSON.stringify(values.map((v, i) => normalise(v, this.spec.columns[i]?.kind ?? "text"))));
    this.hash.update("\n");
    this.rows++;
  }

  digest(): TableSum {
    return { rows: this.rows, sha256: this.hash.digest("hex") };
  }
}

/**
 * SELECT list and ORDER BY for a table, quoted for both engines (both accept "double quotes").
 * Text keys are ordered by code point on PostgreSQL (`collate "C"`, as SQLite's BINARY orders
 * them), whatever the database's default collation: on a database created with a language's
 * locale (en_US.UTF-8, an ICU locale) the rows would otherwise come in another order and no
 * checksum would match.
 */
export function selectAllOrdered(spec: TableSpec, engine: "sqlite" | "postgres" = "sqlite"): string {
  const cols = spec.columns.map((c) => `"${c.name}"`).join(", ");
  const kind = (name: string) => spec.columns.find((c) => c.name === name)?.kind;
  const key = (c: string) => (engine === "postgres" && kind(c) === "text" ? `("${c}"::text collate "C")` : `"${c}"`);
  return `select ${cols} from "${spec.name}" order by ${spec.primaryKey.map(key).join(", ")}`;
}
