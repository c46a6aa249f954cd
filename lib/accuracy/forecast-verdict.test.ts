import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { getAccuracyCounts, getLeaderboardSums, getScopeOwnerId, getScoredForecastIds, scopeFromKey } from "@/db/queries/accuracy";
import { exportForecasts, listForecasts } from "@/db/queries/forecasts";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { type AppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { getAccuracy } from "./figures";
import { claimRuleInWords, getForecastVerdict } from "./forecast-verdict";

let db: DB;
let r: AppReader;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
  r = sqliteAppReader(db);
});
afterAll(() => cleanup());

const NOW = "2026-11-21";

describe("one forecast's verdict (the seed corpus)", () => {
  it("#25 does not count: it repeats RusStrat's claim, and #30 counts for RusStrat's own words", async () => {
    const v = (await getForecastVerdict(r, 25, NOW))!;
    expect(v.counts).toBe(false);
    expect(v.reasons.map((r) => r.code)).toEqual(["same-claim"]);
    expect(v.reasons[0]!.forecastId).toBe(30);
    expect(v.reasons[0]!.text).toMatch(/^repeats #30: RusStrat is scored once per claim, and #30 counts because it carries RusStrat's own words/);
    // its own score, had it counted: WILL 0.97 on a no, range 0.91-0.99 (scoring.md 2.7)
    expect(v.brier!.point).toBeCloseTo(0.9409, 12);
    expect(v.brier!.best).toBeCloseTo(0.8281, 12);
    expect(v.brier!.worst).toBeCloseTo(0.9801, 12);
  });

  it("#30 counts, for RT Deutsch (the original) and not for KenFM, which republished it", async () => {
    const v = (await getForecastVerdict(r, 30, NOW))!;
    expect(v.counts).toBe(true);
    expect(v.reasons).toEqual([]);
    expect(v.brier).toMatchObject({ point: expect.closeTo(0.09, 12), best: expect.closeTo(0.01, 12), worst: expect.closeTo(0.25, 12) });
    expect(v.outletLine).toBe(
      "It counts for RT Deutsch, where the article first appeared; KenFM republished it and is not counted for it (a republication counts once).",
    );
    expect(v.note).toMatch(/^low information: it counts by default/);
  });

  it("says why a conditional, an open and an unresolved forecast do not count", async () => {
    expect((await getForecastVerdict(r, 15, NOW))!.reasons.map((r) => r.code)).toContain("unscorable");
    expect((await getForecastVerdict(r, 15, NOW))!.reasons[0]!.text).toMatch(/^condition not met/);
    const open = exportForecasts(db).find((f) => !f.outcome && f.deadline && f.deadline > NOW)!;
    expect((await getForecastVerdict(r, open.id, NOW))!.reasons[0]).toMatchObject({ code: "pending", text: "not resolved yet" });
    expect(await getForecastVerdict(r, 999_999, NOW)).toBeNull();
  });

  it("names the first claim rule on which two records differ", async () => {
    const base = {
      id: 1,
      attribution: "own" as const,
      quote: "x",
      condition: null,
      deadlineBasis: "inferred" as const,
      lowInformation: false,
      madeOn: "2017-02-14",
    };
    expect(claimRuleInWords(base, { ...base, id: 2, condition: "if y" }, "Palmer")).toBe("it is unconditional, this one conditional");
    expect(claimRuleInWords({ ...base, deadlineBasis: "stated" }, base, "Palmer")).toBe("its deadline is stated in the text");
    expect(claimRuleInWords(base, { ...base, lowInformation: true }, "Palmer")).toMatch(/definite/);
    expect(claimRuleInWords(base, { ...base, id: 2 }, "Palmer")).toBe("it was recorded first");
  });
});

describe("the forecasts behind a figure", () => {
  it("lists exactly the scored set of each scope, by the same predicate as the sums", async () => {
    for (const key of ["all", "person:richard-palmer", "outlet:rt-deutsch", "article:rupp-russtrat-militaerbuendnis"]) {
      const scope = scopeFromKey(key);
      const ids = getScoredForecastIds(db, scope, DEFAULT_ACCURACY_FILTERS, NOW);
      expect(ids.length).toBe((await getAccuracy(r, scope, DEFAULT_ACCURACY_FILTERS, NOW)).counts.scored);
      const listed = listForecasts(db, { scored: key, page: 1, pageSize: 100 });
      expect(listed.items.map((f) => f.id).sort((a, b) => a - b)).toEqual(ids);
    }
    const palmer = getScoredForecastIds(db, scopeFromKey("person:richard-palmer"), DEFAULT_ACCURACY_FILTERS, NOW);
    expect(palmer).toEqual([1, 2, 7, 10]);
    const noHedges = listForecasts(db, { scored: "person:richard-palmer", lowInfo: "0", page: 1, pageSize: 100 });
    expect(noHedges.items.map((f) => f.id)).toEqual([1, 2]);
  });

  it("counts a republication once, for the original outlet", async () => {
    const kenfm = { kind: "outlet" as const, outletId: getScopeOwnerId(db, "outlets", "kenfm")! };
    const rt = { kind: "outlet" as const, outletId: getScopeOwnerId(db, "outlets", "rt-deutsch")! };
    expect(getAccuracyCounts(db, kenfm, DEFAULT_ACCURACY_FILTERS, NOW).total).toBe(0);
    expect(getAccuracyCounts(db, rt, DEFAULT_ACCURACY_FILTERS, NOW).total).toBe(7);
    const board = getLeaderboardSums(db, "outlet", DEFAULT_ACCURACY_FILTERS, NOW);
    expect(board.map((r) => r.key).sort()).toEqual(["rt-deutsch", "the-trumpet"]);
    expect(board.find((r) => r.key === "rt-deutsch")!.total).toBe(7);
  });
});
