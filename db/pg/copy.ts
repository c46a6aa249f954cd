/**
 * Copies a SQLite ledger into PostgreSQL (npm run db:copy, and db:setup on PostgreSQL): every
 * table of the schema in one PostgreSQL transaction, ids kept, identity sequences moved past the
 * copied ids, then counts and checksums compared table by table inside the same transaction; a
 * mismatch rolls everything back. The SQLite side is read in one read transaction (a consistent
 * snapshot even while the app writes).
 */
import type Database from "better-sqlite3";
import type pg from "pg";
import { Checksum, selectAllOrdered, type TableSum } from "./checksum";
import { DEFERRED_FOREIGN_KEYS, ledgerTables, type TableSpec } from "./tables";

/** Tables whose rows are never updated or deleted (db/pg/migrations/0001: triggers refuse it). */
export const APPEND_ONLY_TABLES = ["outcomes", "forecast_revisions", "audit_log"];

/** PostgreSQL accepts at most 65535 parameters per statement. */
const MAX_PARAMS = 60_000;
const MAX_BATCH_ROWS = 1000;
const FETCH_ROWS = 2000;

export interface TableResult {
  table: string;
  sqlite: TableSum;
  postgres: TableSum;
  ok: boolean;
}

export interface CopyReport {
  tables: TableResult[];
  ok: boolean;
  committed: boolean;
}

export class CopyRefused extends Error {}

/** A SQLite value as PostgreSQL takes it for the same column. */
function toPg(value: unknown, kind: TableSpec["columns"][number]["kind"]): unknown {
  if (value === null || value === undefined) return null;
  if (kind === "boolean") return value === 1 || value === true;
  if (kind === "timestamp") return new Date(Number(value));
  return value; // json stays as its text (json keeps it verbatim), dates as "YYYY-MM-DD" text
}

async function insertBatch(client: pg.PoolClient, spec: TableSpec, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const n = spec.columns.length;
  const values = rows.map((_, r) => `(${spec.columns.map((_, c) => `$${r * n + c + 1}`).join(", ")})`).join(", ");
  const params = rows.flatMap((row) => row.map((v, c) => toPg(v, spec.columns[c]?.kind ?? "text")));
  const sql = `insert into "${spec.name}" (${spec.columns.map((c) => `"${c.name}"`).join(", ")}) values ${values}`;
  try {
    await client.query(sql, params);
  } catch (err) {
    const first = rows[0]?.slice(0, spec.primaryKey.length).join("/");
    const last = rows.at(-1)?.slice(0, spec.primaryKey.length).join("/");
    throw new Error(`copying ${spec.name} (rows ${first} to ${last}) failed: ${(err as Error).message}`);
  }
}

/** Counts and checksum of a PostgreSQL table, read through a cursor in the current transaction. */
export async function checksumPostgresTable(client: pg.PoolClient | pg.Client, spec: TableSpec): Promise<TableSum> {
  const sum = new Checksum(spec);
  const cursor = `hindsight_sum_${spec.name}`;
  await client.query(`declare ${cursor} no scroll cursor for ${selectAllOrdered(spec, "postgres")}`);
  for (;;) {
    const batch = await client.query({ text: `fetch ${FETCH_ROWS} from ${cursor}`, rowMode: "array" });
    for (const row of batch.rows as unknown[][]) sum.add(row);
    if (batch.rows.length < FETCH_ROWS) break;
  }
  await client.query(`close ${cursor}`);
  return sum.digest();
}

export function checksumSqliteTable(sqlite: Database.Database, spec: TableSpec): TableSum {
  const sum = new Checksum(spec);
  for (const row of sqlite.prepare(selectAllOrdered(spec)).raw(true).iterate() as Iterable<unknown[]>) sum.add(row);
  return sum.digest();
}

/** Row counts of the tables that already hold rows. */
async function occupiedTables(client: pg.PoolClient, specs: TableSpec[]): Promise<string[]> {
  const found: string[] = [];
  for (const spec of specs) {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "${spec.name}"`);
    if (rows[0]?.n) found.push(`${spec.name} (${rows[0].n})`);
  }
  return found;
}

/** Empties the target's tables for --replace, the append-only ones included (their TRUNCATE trigger is off for this transaction only). */
async function emptyTables(client: pg.PoolClient, specs: TableSpec[]): Promise<void> {
  for (const t of APPEND_ONLY_TABLES) await client.query(`alter table "${t}" disable trigger ${t}_no_truncate`);
  await client.query(`truncate ${specs.map((s) => `"${s.name}"`).join(", ")} restart identity cascade`);
  for (const t of APPEND_ONLY_TABLES) await client.query(`alter table "${t}" enable trigger ${t}_no_truncate`);
}

/**
 * Copies every ledger table from `sqlite` into the (migrated) PostgreSQL database behind `pool`.
 * Refuses a target that holds rows unless `replace`; commits only when every table's count and
 * checksum match.
 */
export async function copyLedger(
  sqlite: Database.Database,
  pool: pg.Pool,
  options: { replace?: boolean; onTable?: (table: string, rows: number) => void } = {},
): Promise<CopyReport> {
  const specs = ledgerTables();
  const client = await pool.connect();
  sqlite.exec("begin"); // one read snapshot for the copy and the checksums
  try {
    await client.query("begin isolation level repeatable read");
    const occupied = await occupiedTables(client, specs);
    if (occupied.length && !options.replace) {
      throw new CopyRefused(`the target database already holds rows: ${occupied.join(", ")}. Nothing was copied; use --replace to replace its contents`);
    }
    if (occupied.length) await emptyTables(client, specs);
    await client.query(`set constraints ${DEFERRED_FOREIGN_KEYS.map((k) => `"${k}"`).join(", ")} deferred`);

    for (const spec of specs) {
      const batchRows = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMS / spec.columns.length)));
      let batch: unknown[][] = [];
      let copied = 0;
      // Streamed: the iterator stays open across the awaits (no other SQLite statement runs meanwhile).
      for (const row of sqlite.prepare(selectAllOrdered(spec)).raw(true).iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length === batchRows) {
          await insertBatch(client, spec, batch);
          copied += batch.length;
          batch = [];
        }
      }
      await insertBatch(client, spec, batch);
      copied += batch.length;
      if (spec.identity) {
        await client.query(
          `select setval(pg_get_serial_sequence('"${spec.name}"', '${spec.identity}'), coalesce(max("${spec.identity}"), 1), max("${spec.identity}") is not null) from "${spec.name}"`,
        );
      }
      options.onTable?.(spec.name, copied);
    }
    await client.query("set constraints all immediate"); // the deferred keys are checked here

    const tables: TableResult[] = [];
    for (const spec of specs) {
      const s = checksumSqliteTable(sqlite, spec);
      const p = await checksumPostgresTable(client, spec);
      tables.push({ table: spec.name, sqlite: s, postgres: p, ok: s.rows === p.rows && s.sha256 === p.sha256 });
    }
    const ok = tables.every((t) => t.ok);
    await client.query(ok ? "commit" : "rollback");
    return { tables, ok, committed: ok };
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    sqlite.exec("commit");
    client.release();
  }
}

/** Counts and checksums of both sides without copying (db:copy --verify-only, and the tests). */
export async function compareLedgers(sqlite: Database.Database, pool: pg.Pool): Promise<TableResult[]> {
  const client = await pool.connect();
  sqlite.exec("begin");
  try {
    await client.query("begin isolation level repeatable read read only");
    const tables: TableResult[] = [];
    for (const spec of ledgerTables()) {
      const s = checksumSqliteTable(sqlite, spec);
      const p = await checksumPostgresTable(client, spec);
      tables.push({ table: spec.name, sqlite: s, postgres: p, ok: s.rows === p.rows && s.sha256 === p.sha256 });
    }
    await client.query("commit");
    return tables;
  } finally {
    sqlite.exec("commit");
    client.release();
  }
}

export function formatReport(tables: TableResult[]): string {
  const w = Math.max(5, ...tables.map((t) => t.table.length));
  const head = `${"table".padEnd(w)}  ${"sqlite rows".padStart(11)}  ${"pg rows".padStart(9)}  ${"sha256 (sqlite)".padEnd(16)}  ${"sha256 (pg)".padEnd(16)}  result`;
  const lines = tables.map(
    (t) =>
      `${t.table.padEnd(w)}  ${String(t.sqlite.rows).padStart(11)}  ${String(t.postgres.rows).padStart(9)}  ${t.sqlite.sha256.slice(0, 16)}  ${t.postgres.sha256.slice(0, 16)}  ${t.ok ? "ok" : "MISMATCH"}`,
  );
  return [head, "-".repeat(head.length), ...lines].join("\n");
}
