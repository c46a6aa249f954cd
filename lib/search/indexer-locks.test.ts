/**
 * The search index beside another writer (two connections on one file, as the server's import
 * worker and its main thread are): a search with nothing to index never waits for the lock, and
 * indexing after a committed write never turns that write into an error.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DB, openDatabase } from "@/db/client";
import { countPendingSearch, markForSearch } from "@/db/queries/search";
import { isDatabaseBusy } from "@/lib/http/errors";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { forecastFiltersSchema } from "../forecasts/filters";
import { listForecasts } from "../forecasts/list";
import { indexAfterCommit, syncSearchIndex } from "./indexer";

let db: DB;
let other: DB;
let cleanup: () => void;
beforeAll(() => {
  const fresh = freshDatabase();
  ({ db, cleanup } = fresh);
  loadSeeds(db);
  syncSearchIndex(db);
  // This connection gives up on a held lock at once; the other one holds it in the tests.
  db.$client.pragma("busy_timeout = 0");
  other = openDatabase(fresh.file);
});
afterAll(() => {
  other.$client.close();
  cleanup();
});

/** Runs `fn` while the other connection holds the write lock (an open IMMEDIATE transaction). */
function whileAnotherWrites<T>(fn: () => T): T {
  other.$client.prepare("begin immediate").run();
  try {
    return fn();
  } finally {
    other.$client.prepare("rollback").run();
  }
}

const search = (q: string) => listForecasts(db, forecastFiltersSchema.parse({ q, pageSize: "100" }));

describe("the search index beside another writer", () => {
  it("answers a search while another connection holds the write lock, when nothing is left to index", () => {
    expect(countPendingSearch(db)).toBe(0);
    const found = whileAnotherWrites(() => search("Bündnis"));
    expect(found.items.length).toBeGreaterThan(0);
  });

  it("after a committed write, leaves the marks for later instead of failing when the lock is held; the next search indexes them", () => {
    const ids = search("Bündnis").items.map((f) => f.id);
    markForSearch(db, ids);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // Indexing itself meets the busy lock (503 on a request) ...
      whileAnotherWrites(() => {
        let thrown: unknown = null;
        try {
          syncSearchIndex(db);
        } catch (err) {
          thrown = err;
        }
        expect(isDatabaseBusy(thrown)).toBe(true);
        // ... but after a commit it is logged and left: the write's answer is not an error.
        expect(() => indexAfterCommit(db)).not.toThrow();
      });
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }
    expect(countPendingSearch(db)).toBe(ids.length);
    // The lock is free again: the next search indexes the marks before it reads.
    expect(search("Bündnis").items.map((f) => f.id)).toEqual(ids);
    expect(countPendingSearch(db)).toBe(0);
  });
});
