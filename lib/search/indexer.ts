/**
 * Keeps the search index current: folds the documents of every forecast marked in search_dirty
 * (the triggers of migration 0005 mark them inside each write's transaction) and writes them.
 * Called after the write paths (intake, import, corrections, seed load), by db:setup and
 * `npm run search:reindex`, and before each search, so a search never misses a write.
 */
import type { DB } from "@/db/client";
import { markAllForSearch, markedForSearch, nonAsciiSearchSources, type SearchSource, writeSearchDocs } from "@/db/queries/search";
import { searchDocument } from "./fold";

/** Forecasts folded and written per transaction: large enough for FTS5 to build in bulk, small enough not to hold the write lock long. */
const BATCH = 20_000;

/** One forecast's search document folded (both engines' indexers). */
export function foldSearchSource(s: SearchSource): SearchSource {
  return {
    id: s.id,
    quote: searchDocument(s.quote),
    question: searchDocument(s.question),
    details: searchDocument(s.details),
    names: searchDocument(s.names),
    titles: searchDocument(s.titles),
  };
}

/**
 * Index every marked forecast; returns how many were (re)indexed. `batch`: forecasts per
 * transaction (a bulk writer that holds the database alone may take larger ones: fewer, larger
 * FTS5 segments to merge).
 *
 * With nothing marked it returns without a transaction (a search never waits behind a writer for
 * nothing). Each batch takes the write lock before it reads the marks (BEGIN IMMEDIATE): a
 * deferred transaction that read first could not upgrade once another connection had committed
 * meanwhile (SQLITE_BUSY_SNAPSHOT, which no wait cures). Another writer holding the lock longer
 * than the busy bound throws SQLITE_BUSY (503 with Retry-After on a request).
 */
export function syncSearchIndex(db: DB, batch = BATCH): number {
  if (!markedForSearch(db, 1).length) return 0;
  let done = 0;
  for (;;) {
    const n = db.transaction(
      (tx) => {
        const marked = markedForSearch(tx, batch);
        // Folded before the first write, so the index's pages are written in one go.
        writeSearchDocs(db, marked, nonAsciiSearchSources(tx, marked).map(foldSearchSource));
        return marked.length;
      },
      { behavior: "immediate" },
    );
    done += n;
    if (n < batch) return done;
  }
}

/**
 * The search index after a write has committed (intake, corrections, import): the write stands
 * whatever happens here, so a failure (another writer holding the lock past the busy bound) is
 * logged, not thrown: the request reports what was written, and the marks stay for the next
 * search or write to index (a search indexes them before it reads).
 */
export function indexAfterCommit(db: DB): void {
  try {
    syncSearchIndex(db);
  } catch (err) {
    console.error("search index: the marked forecasts were left for the next search or write to index:", err);
  }
}

/** Rebuild the whole index (npm run search:reindex), `batch` forecasts a transaction. */
export function rebuildSearchIndex(db: DB, batch = BATCH): number {
  markAllForSearch(db);
  return syncSearchIndex(db, batch);
}
