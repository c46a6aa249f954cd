/**
 * Bulk writes (the bench generator): the secondary indexes and the search index's marking
 * triggers of the bulk tables are dropped for the writes and recreated once at the end, in the
 * same transaction, from the statements SQLite itself stored (so a changed index or trigger comes
 * back as it was), and every forecast is marked for the search index in one statement. Sorting
 * once is far cheaper than maintaining a dozen B-trees row by row.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";
import { markAllForSearch } from "./search";

type Runner = Tx | DB;

export function withDeferredIndexes<T>(db: Runner, tables: readonly string[], write: () => T): T {
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
  // The search index is folded in JavaScript (lib/search/indexer.ts): mark every forecast for it;
  // the caller runs syncSearchIndex after the transaction.
  markAllForSearch(db);
  for (const s of saved.filter((x) => x.type === "trigger")) db.run(sql.raw(s.sql));
  return result;
}
