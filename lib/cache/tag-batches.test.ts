/**
 * The page cache's tag questions on PostgreSQL are asked in batches (next-cache-handler.cjs
 * batchedTags): a reader never takes the answer of a query that began before it arrived (that
 * query may predate a write completed before the reader came), and the readers who arrive while
 * one query is out share the next one. Driven here by a query whose answers the test releases.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { batchedTags } = require("./next-cache-handler.cjs") as {
  batchedTags: (query: (tags: string[]) => Promise<Map<string, number>>) => (tags: string[]) => Promise<number>;
};

function controlledQuery() {
  const asked: { tags: string[]; answer: (seq: Record<string, number>) => void; fail: (e: Error) => void }[] = [];
  const query = (tags: string[]) =>
    new Promise<Map<string, number>>((resolve, reject) => {
      asked.push({ tags, answer: (seq) => resolve(new Map(Object.entries(seq))), fail: reject });
    });
  return { asked, query };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("the page cache's batched tag questions", () => {
  it("answers a reader who came while a query was out from the next query, not that one", async () => {
    const { asked, query } = controlledQuery();
    const latest = batchedTags(query);
    const first = latest(["person:a"]);
    expect(asked).toHaveLength(1);
    // A write completes now; then more readers come, while the first query is still out.
    const later = [latest(["person:a"]), latest(["person:b", "topics"]), latest(["person:a", "topics"])];
    await tick();
    expect(asked).toHaveLength(1); // they wait for the next query, all three together
    asked[0]!.answer({ "person:a": 1 }); // the first query's snapshot predates the write
    expect(await first).toBe(1);
    await tick();
    expect(asked).toHaveLength(2);
    expect(new Set(asked[1]!.tags)).toEqual(new Set(["person:a", "person:b", "topics"]));
    asked[1]!.answer({ "person:a": 2, "person:b": 3, topics: 1 });
    expect(await Promise.all(later)).toEqual([2, 3, 2]);
  });

  it("passes a failed query's error to its readers only, and asks again for the next", async () => {
    const { asked, query } = controlledQuery();
    const latest = batchedTags(query);
    const failed = latest(["ledger"]);
    const after = latest(["ledger"]);
    await tick();
    asked[0]!.fail(new Error("connection refused"));
    await expect(failed).rejects.toThrow("connection refused");
    await tick();
    asked[1]!.answer({ ledger: 7 });
    expect(await after).toBe(7);
    expect(await latest([])).toBe(0);
    expect(asked).toHaveLength(2);
  });
});
