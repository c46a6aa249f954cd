/**
 * Keeps the PostgreSQL search index current, as lib/search/indexer.ts does on SQLite: folds the
 * documents of every forecast the triggers marked in search_dirty (db/pg/migrations/0008) with the
 * same function, and writes them. Called before each search on PostgreSQL and after db:setup and
 * db:copy. Several instances may call it at once: they index one after another (lockSearchIndexer),
 * so two do not fold the same marks twice or lock the same rows in turn; a search that waited
 * finds the marks gone and the documents committed.
 */
import type { PgDB } from "@/db/pg/client";
import { hasPendingSearch, lockSearchIndexer, markAllForSearchPg, pendingSearchSourcesPg, writeSearchDocsPg } from "@/db/pg/queries/search";
import { foldSearchSource } from "./indexer";

const BATCH = 500;

/** Index every marked forecast; returns how many marks were processed. */
export async function syncSearchIndexPg(db: PgDB): Promise<number> {
  if (!(await hasPendingSearch(db))) return 0;
  let done = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      await lockSearchIndexer(tx);
      const { sources, marks } = await pendingSearchSourcesPg(tx, BATCH);
      if (marks.length) await writeSearchDocsPg(tx, marks, sources.map(foldSearchSource));
      return marks.length;
    });
    done += n;
    if (n < BATCH) return done;
  }
}

/** After a committed write, as indexAfterCommit (lib/search/indexer.ts): a failure is logged and the marks left for the next search or write. */
export async function indexAfterCommitPg(db: PgDB): Promise<void> {
  try {
    await syncSearchIndexPg(db);
  } catch (err) {
    console.error("search index: the marked forecasts were left for the next search or write to index:", err);
  }
}

/** Rebuild the whole index (npm run search:reindex on PostgreSQL). */
export async function rebuildSearchIndexPg(db: PgDB): Promise<number> {
  await markAllForSearchPg(db);
  return syncSearchIndexPg(db);
}
