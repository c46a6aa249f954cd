/**
 * Bulk writes (the bench generator, large imports): the secondary indexes and the AFTER triggers
 * (the search index's marking triggers) of the bulk tables are dropped for the writes and
 * recreated once at the end, in the same transaction, from the statements SQLite itself stored
 * (so a changed index or trigger comes back as it was). Sorting once is far cheaper than
 * maintaining a dozen B-trees row by row. A unique index that the writes broke fails on its
 * recreation and the whole transaction rolls back. The triggers did not mark the new rows for
 * the search index: `searchMarks` says which to mark ("all" forecasts, or these ids); the caller
 * runs syncSearchIndex after the transaction.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";
import { markAllForSearch, markForSearch } from "./search";

type Runner = Tx | DB;

export function withDeferredIndexes<T>(db: Runner, tables: readonly string[], write: () => T, searchMarks: (result: T) => "all" | number[] = () => "all"): T {
  const list = sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );
  const saved = db.all<{ type: string; name: string; sql: string }>(
    sql`select type, name, sql from sqlite_master where tbl_name in (${list}) and sql is not null
      and (type = 'index' or (type = 'trigger' and sql like '%AFTER%'))`,
  );
  for (const s of saved) db.run(sql.raw(`drop ${s.type} "${s.name}"`));
  const result = write();
  for (const s of saved.filter((x) => x.type === "index")) db.run(sql.raw(s.sql));
  // The search index is folded in JavaScript (lib/search/indexer.ts): mark the new forecasts for it.
  const marks = searchMarks(result);
  if (marks === "all") markAllForSearch(db);
  else markForSearch(db, marks);
  for (const s of saved.filter((x) => x.type === "trigger")) db.run(sql.raw(s.sql));
  return result;
}

/** A rough count of a table's rows (its highest id), to weigh rebuilding its indexes against maintaining them. */
export function approximateRows(db: Runner, table: "forecasts"): number {
  return db.get<{ n: number | null }>(sql`select max(id) as n from ${sql.identifier(table)}`)?.n ?? 0;
}
