/**
 * The page cache's tag checks on PostgreSQL (lib/cache/next-cache-handler.cjs): readers asking at
 * once are answered from one query, each with the newest number among its own tags. (That no
 * reader takes the answer of a query that began before it: lib/cache/tag-batches.test.ts.)
 */
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { migratePostgres } from "@/db/pg/migrate";
import { bumpTagsPg } from "@/db/pg/queries/cache-tags";
import { createTestDatabase, hasPg } from "./pg-test-db";

const require = createRequire(import.meta.url);

describe.skipIf(!hasPg)("the page cache's tag checks on PostgreSQL", () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: PgDB;
  let handler: { latestSeq: (tags: string[]) => Promise<number>; currentSeq: () => Promise<number> };
  beforeAll(async () => {
    target = await createTestDatabase();
    db = openPostgres(target.url);
    await migratePostgres(db);
    process.env.DATABASE_URL = target.url;
    handler = require("../../lib/cache/next-cache-handler.cjs");
  });
  afterAll(async () => {
    await closePostgres(db);
    await target?.drop();
  });

  it("answers each reader with the newest number among its own tags", async () => {
    const a = await db.transaction((tx) => bumpTagsPg(tx, ["person:a"]));
    const b = await db.transaction((tx) => bumpTagsPg(tx, ["person:b", "ledger"]));
    const answers = await Promise.all([
      handler.latestSeq(["person:a"]),
      handler.latestSeq(["person:b"]),
      handler.latestSeq(["person:a", "ledger"]),
      handler.latestSeq(["nobody"]),
      handler.currentSeq(),
    ]);
    expect(answers).toEqual([a, b, b, 0, b]);
  });
});
