/**
 * The leaderboard ranked in SQL on PostgreSQL (db/pg/queries/leaderboard.ts) against the reference,
 * on the ranking ledger of test/leaderboard-ledger.ts copied from SQLite with db:copy: the same
 * comparison lib/accuracy/leaderboard-sql.test.ts makes on SQLite.
 */
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { postgresAppReader } from "@/lib/ledger/app-reader";
import { freshDatabase } from "@/test/db";
import { buildBoardLedger, expectPagesMatchReference } from "@/test/leaderboard-ledger";
import { pgCopyOf } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let pg: Awaited<ReturnType<typeof pgCopyOf>> | undefined;
let cleanup = () => {};

describe.skipIf(!hasPg)("the leaderboard ranked in SQL on PostgreSQL", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const fresh = freshDatabase();
    cleanup = fresh.cleanup;
    fresh.db.transaction(() => buildBoardLedger(fresh.db));
    pg = await pgCopyOf(fresh.db.$client);
  });
  afterAll(async () => {
    await pg?.drop();
    cleanup();
  });

  it("gives rankSources' ranks, shrunk scores and order on every page, for every sort and setting", async () => {
    await expectPagesMatchReference(postgresAppReader(pg!.db));
  });
});
