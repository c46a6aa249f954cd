/**
 * The accuracy scans and the kept sums on PostgreSQL give the same counts and sums as on SQLite,
 * number for number, for one ledger copied into both engines: every scope (everything, each
 * forecaster, each author's published forecasts of others, each outlet, articles), several
 * filters, bin styles and counts, and "today"s before, inside and after the ledger's deadlines.
 * A few probabilities are set first where the engines could disagree: 0.125 (SQLite rounds 12.5
 * up, PostgreSQL's float rounding would round it to even), 0.145 (100 * 0.145 is 14.499999999999998:
 * SQLite rounds it to 14, PostgreSQL's numeric rounding to 15; with 20 bins that is another bin),
 * 0.005 and 0.995 (the log score's clamp), 0.5 (the hit rate's half).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import * as pgAcc from "@/db/pg/queries/accuracy";
import * as pgKept from "@/db/pg/queries/kept-sums-read";
import type { AccuracyFilters, AccuracyScope } from "@/db/queries/accuracy";
import * as acc from "@/db/queries/accuracy";
import { getPastBefore } from "@/db/queries/kept-sums";
import * as kept from "@/db/queries/kept-sums-read";
import { today } from "@/lib/vocabulary/calendar";
import { expectSameRows, pgCopyOf, sortedBy } from "./copied-ledger";
import { richLedger } from "./ledger-fixture";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let sqlite: DB;
let pg: PgDB;
const cleanups: (() => unknown)[] = [];
let scopes: { name: string; scope: AccuracyScope }[] = [];
let topic = "";

beforeAll(async () => {
  if (!hasPg) return;
  const ledger = await richLedger();
  cleanups.push(() => ledger.cleanup());
  sqlite = ledger.db;
  // Scored forecasts (the claim choice does not depend on the probability, so they stay scored).
  const scored = acc.getScoredForecastIds(sqlite, { kind: "all" }, { lowInfo: "1", bins: "decile" }, "2035-01-01");
  expect(scored.length).toBeGreaterThan(8);
  [0.125, 0.005, 0.995, 0.5, 0.145, 0.875].forEach((p, i) => {
    sqlite.run(sql`update forecasts set probability = ${p}, probability_low = null, probability_high = null where id = ${scored[i]!}`);
  });
  expect(acc.getScoredForecastIds(sqlite, { kind: "all" }, { lowInfo: "1", bins: "decile" }, "2035-01-01")).toEqual(scored);
  const copy = await pgCopyOf(sqlite.$client);
  cleanups.push(() => copy.drop());
  pg = copy.db;
  const ids = (q: ReturnType<typeof sql>) => sqlite.all<{ id: number }>(q).map((r) => r.id);
  scopes = [
    { name: "all", scope: { kind: "all" } },
    ...ids(sql`select distinct forecaster_id as id from forecasts order by 1`).map((id) => ({
      name: `forecaster ${id}`,
      scope: { kind: "forecaster", personId: id } as const,
    })),
    ...ids(sql`select distinct person_id as id from article_authors order by 1`).map((id) => ({
      name: `published-by ${id}`,
      scope: { kind: "published-by", personId: id } as const,
    })),
    ...ids(sql`select id from outlets order by 1`).map((id) => ({ name: `outlet ${id}`, scope: { kind: "outlet", outletId: id } as const })),
    ...ids(sql`select id from articles order by 1 limit 6`).map((id) => ({ name: `article ${id}`, scope: { kind: "article", articleId: id } as const })),
    { name: "person:andrew-korybko (by slug)", scope: acc.scopeFromKey("person:andrew-korybko") },
  ];
  topic = sqlite.get<{ slug: string }>(
    sql`select t.slug from topics t join forecast_topics ft on ft.topic_id = t.id group by t.id order by count(*) desc limit 1`,
  )!.slug;
}, 60_000);
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const FILTERS: AccuracyFilters[] = [
  { lowInfo: "1", bins: "decile" },
  { lowInfo: "0", bins: "lexicon" },
  { lowInfo: "1", bins: "decile", language: "de" },
  { lowInfo: "0", bins: "decile", from: "2016-01-01", to: "2019-12-31" },
];
const NOWS = () => [today(), "2019-06-30", "2035-01-01"];

describe.skipIf(!hasPg)("the accuracy scans on PostgreSQL, number for number with SQLite", { timeout: 60_000 }, () => {
  it("counts every scope alike, under every filter and date", async () => {
    const filters = [...FILTERS, { lowInfo: "1", bins: "decile", topic } as AccuracyFilters];
    let scoredSomewhere = 0;
    for (const { name, scope } of scopes)
      for (const f of filters)
        for (const now of NOWS()) {
          const s = acc.getAccuracyCounts(sqlite, scope, f, now);
          expectSameRows([await pgAcc.getAccuracyCountsPg(pg, scope, f, now)], [s], `counts ${name} ${JSON.stringify(f)} ${now}`);
          scoredSomewhere += s.yesNo;
        }
    expect(scoredSomewhere).toBeGreaterThan(0);
  });

  it("sums the scored forecasts per bin and month alike (bin counts 10, 8, 7 and 20; deciles and lexicon classes)", async () => {
    let rows = 0;
    for (const { name, scope } of scopes)
      for (const f of FILTERS)
        for (const bins of f.bins === "decile" ? [10, 8, 7, 20] : [10])
          for (const now of NOWS()) {
            const s = sortedBy(acc.getScoredSums(sqlite, scope, f, now, bins), "bin", "month");
            const p = sortedBy(await pgAcc.getScoredSumsPg(pg, scope, f, now, bins), "bin", "month");
            expectSameRows(p, s, `sums ${name} ${JSON.stringify(f)} ${now} ${bins}`);
            rows += s.length;
          }
    expect(rows).toBeGreaterThan(100);
  });

  it("puts 0.125 and 0.145 in the bins SQLite does", async () => {
    const f: AccuracyFilters = { lowInfo: "1", bins: "decile" };
    const sums = await pgAcc.getScoredSumsPg(pg, { kind: "all" }, f, "2035-01-01", 8);
    const members = await pgAcc.getBinMembersPg(pg, { kind: "all" }, f, "2035-01-01", 8, 1000);
    const eighth = members.filter((m) => m.probability === 0.125);
    expect(eighth.length).toBe(1);
    expect(eighth[0]!.binKey).toBe(1); // round(12.5) = 13; 13 * 8 / 100 = 1 (half-to-even would give 12 -> bin 0)
    expect(sums.some((r) => r.bin === 1)).toBe(true);
    const twenty = await pgAcc.getBinMembersPg(pg, { kind: "all" }, f, "2035-01-01", 20, 1000);
    expect(twenty.filter((m) => m.probability === 0.145).map((m) => m.binKey)).toEqual([2]); // 14 * 20 / 100 = 2 (15 would give 3)
  });

  it("lists the same bin members, timeline, scored ids, verdicts and claim representatives", async () => {
    for (const { name, scope } of scopes)
      for (const f of FILTERS.slice(0, 2))
        for (const now of NOWS()) {
          const what = `${name} ${JSON.stringify(f)} ${now}`;
          expectSameRows(
            sortedBy(await pgAcc.getBinMembersPg(pg, scope, f, now, 10), "binKey", "id"),
            sortedBy(acc.getBinMembers(sqlite, scope, f, now, 10), "binKey", "id"),
            `members ${what}`,
          );
          expect(await pgAcc.getScoredForecastIdsPg(pg, scope, f, now), `scored ids ${what}`).toEqual(acc.getScoredForecastIds(sqlite, scope, f, now));
          expectSameRows(await pgAcc.getTimelinePg(pg, scope, f, 25), acc.getTimeline(sqlite, scope, f, 25), `timeline ${what}`);
        }
    const all = sqlite.all<{ id: number }>(sql`select id from forecasts order by id`).map((r) => r.id);
    for (const now of NOWS())
      for (const id of all)
        expectSameRows([(await pgAcc.getForecastScoringPg(pg, id, now))!], [acc.getForecastScoring(sqlite, id, now)!], `verdict ${id} ${now}`);
    const reps = acc.getClaimRepresentatives(sqlite, all);
    expect(reps.size).toBeGreaterThan(0);
    expect(await pgAcc.getClaimRepresentativesPg(pg, all)).toEqual(reps);
  });

  it("gives the leaderboard the same per-forecaster and per-outlet sums", async () => {
    let rows = 0;
    for (const by of ["forecaster", "outlet"] as const)
      for (const f of FILTERS)
        for (const now of NOWS()) {
          const s = sortedBy(acc.getLeaderboardSums(sqlite, by, f, now), "key");
          rows += s.length;
          expectSameRows(sortedBy(await pgAcc.getLeaderboardSumsPg(pg, by, f, now), "key"), s, `board ${by} ${JSON.stringify(f)} ${now}`);
        }
    expect(rows).toBeGreaterThan(50);
    expect(await pgAcc.getScopeOwnerIdPg(pg, "people", "andrew-korybko")).toBe(acc.getScopeOwnerId(sqlite, "people", "andrew-korybko"));
    expect(await pgAcc.getScopeOwnerIdPg(pg, "outlets", "no-such-outlet")).toBeNull();
  });
});

describe.skipIf(!hasPg)("the kept sums read on PostgreSQL, number for number with SQLite", { timeout: 60_000 }, () => {
  it("reads the same counts, bin sums, month sums, board sums and ledger counts", async () => {
    const keptScopes = scopes.filter((s) => s.scope.kind !== "article" && !s.name.includes("by slug"));
    let bins = 0;
    for (const { name, scope } of keptScopes)
      for (const lowInfo of ["1", "0"] as const)
        for (const now of NOWS()) {
          const what = `${name} ${lowInfo} ${now}`;
          expectSameRows([await pgKept.getKeptCountsPg(pg, scope, lowInfo, now)], [kept.getKeptCounts(sqlite, scope, lowInfo, now)], `kept counts ${what}`);
          for (const style of ["decile", "lexicon"] as const) {
            const s = sortedBy(kept.getKeptBinSums(sqlite, scope, lowInfo, now, style), "bin");
            expectSameRows(sortedBy(await pgKept.getKeptBinSumsPg(pg, scope, lowInfo, now, style), "bin"), s, `kept bins ${style} ${what}`);
            bins += s.length;
          }
          expectSameRows(
            sortedBy(await pgKept.getKeptMonthSumsPg(pg, scope, lowInfo, now), "month"),
            sortedBy(kept.getKeptMonthSums(sqlite, scope, lowInfo, now), "month"),
            `kept months ${what}`,
          );
        }
    expect(bins).toBeGreaterThan(50);
    for (const by of ["forecaster", "outlet"] as const)
      for (const now of NOWS())
        expectSameRows(
          sortedBy(await pgKept.getKeptBoardSumsPg(pg, by, "1", now), "key"),
          sortedBy(kept.getKeptBoardSums(sqlite, by, "1", now), "key"),
          `kept board ${by} ${now}`,
        );
    const pastBefore = getPastBefore(sqlite);
    expect(pastBefore).toMatch(/^\d{4}-\d{2}/);
    expect(await pgKept.getPastBeforePg(pg)).toBe(pastBefore);
    for (const now of NOWS()) expectSameRows([await pgKept.getKeptLedgerCountsPg(pg, now)], [kept.getKeptLedgerCounts(sqlite, now)], `ledger counts ${now}`);
  });
});
