/**
 * The leaderboard ranked in SQL (db/queries/leaderboard.ts, what the pages read) against the
 * reference: lib/scoring rankSources over the same per-source sums, in the order
 * sortLeaderboardRows gives, sliced into the same pages. Same rows, ranks (ties share one),
 * eligibility, shrunk scores (to 1e-12) and counts, for every sort, both boards, custom k and
 * minimum, low-information forecasts left out, and with deadlines passed since the last write.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { getLeaderboardSums } from "@/db/queries/accuracy";
import { getKeptBoardSums } from "@/db/queries/kept-sums-read";
import { type AppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import { freshDatabase } from "@/test/db";
import { buildBoardLedger, expectPagesMatchReference, NOW, near } from "@/test/leaderboard-ledger";
import { DEFAULT_ACCURACY_FILTERS } from "./filters";

let db: DB;
let r: AppReader;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  db.transaction(() => buildBoardLedger(db));
  r = sqliteAppReader(db);
});
afterAll(() => cleanup());

describe("the leaderboard ranked in SQL", () => {
  it("reads the same per-source sums from the kept tables as the scans give", () => {
    expect(db.get<{ n: number }>(sql`select count(*) as n from kept_board where part not in ('none', 'past') and part < ${NOW}`)!.n).toBeGreaterThan(0);
    for (const by of ["forecaster", "outlet"] as const)
      for (const lowInfo of ["1", "0"] as const) {
        const key = (x: { key: string }) => x.key;
        const kept = getKeptBoardSums(db, by, lowInfo, NOW).sort((a, b) => key(a).localeCompare(key(b)));
        const scanned = getLeaderboardSums(db, by, { ...DEFAULT_ACCURACY_FILTERS, lowInfo }, NOW).sort((a, b) => key(a).localeCompare(key(b)));
        expect(kept.map(({ sumBrier, sumBrierSquares, ...x }) => x)).toEqual(scanned.map(({ sumBrier, sumBrierSquares, ...x }) => x));
        for (const [i, k] of kept.entries()) expect(near(k.sumBrier, scanned[i]!.sumBrier) && near(k.sumBrierSquares, scanned[i]!.sumBrierSquares)).toBe(true);
      }
  });

  it("gives rankSources' ranks, shrunk scores and order on every page, for every sort and setting", async () => {
    await expectPagesMatchReference(r);
  });
});
