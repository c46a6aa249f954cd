/**
 * LedgerReader (lib/ledger/reader.ts): both implementations give the same answer to every method,
 * for one ledger copied into both engines. Numbers that are not whole are compared to 12
 * significant digits (sums added in another order); everything else exactly, order included.
 * Every method of the interface must appear below: a method added without a parity case fails.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AccuracyFilters } from "@/db/queries/accuracy";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import type { LedgerReader } from "@/lib/ledger/reader";
import { postgresLedgerReader } from "@/lib/ledger/reader-pg";
import { sqliteLedgerReader } from "@/lib/ledger/reader-sqlite";
import { copiedLedger } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let onSqlite: LedgerReader;
let onPg: LedgerReader;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  if (!hasPg) return;
  const ledger = await copiedLedger();
  cleanup = ledger.cleanup;
  onSqlite = sqliteLedgerReader(ledger.sqlite);
  onPg = postgresLedgerReader(ledger.pg);
}, 60_000);
afterAll(async () => {
  await cleanup?.();
});

function expectSame(p: unknown, s: unknown, path: string): void {
  if (typeof s === "number" && !Number.isInteger(s)) {
    expect(typeof p, path).toBe("number");
    expect(Math.abs((p as number) - s), `${path}: ${p} vs ${s}`).toBeLessThanOrEqual(Math.abs(s) * 1e-12 + 1e-15);
  } else if (Array.isArray(s)) {
    expect(Array.isArray(p), path).toBe(true);
    expect((p as unknown[]).length, `${path}.length`).toBe(s.length);
    for (const [i, v] of s.entries()) expectSame((p as unknown[])[i], v, `${path}[${i}]`);
  } else if (s && typeof s === "object" && !(s instanceof Date) && !(s instanceof Map)) {
    expect(Object.keys(p as object).sort(), `${path} keys`).toEqual(Object.keys(s).sort());
    for (const [k, v] of Object.entries(s)) expectSame((p as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else expect(p, path).toEqual(s);
}

/** Rows of queries that promise no order, sorted by their JSON. */
const unordered = (rows: unknown) => [...(rows as object[])].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const UNORDERED = new Set(["getScoredSums", "getBinMembers", "getLeaderboardSums", "getKeptBinSums", "getKeptMonthSums", "getKeptBoardSums", "sitemapRows"]);

describe.skipIf(!hasPg)("LedgerReader on SQLite and on PostgreSQL", { timeout: 30_000 }, () => {
  it("answers every method alike", async () => {
    const decile: AccuracyFilters = { lowInfo: "1", bins: "decile" };
    const lexicon: AccuracyFilters = { lowInfo: "0", bins: "lexicon", language: "de" };
    const person = { kind: "forecaster", personId: (await onSqlite.getScopeOwnerId("people", "andrew-korybko"))! } as const;
    const outlet = (await onSqlite.listOutlets())[0]!;
    const article = (await onSqlite.listArticles(1))[0]!;
    const now = "2026-11-30";
    const calls: [keyof LedgerReader, unknown[]][] = [
      ["listForecasts", [forecastFiltersSchema.parse({ q: "Bündnis", sort: "made", pageSize: "50" })]],
      ["listForecasts", [forecastFiltersSchema.parse({ status: "resolved", sort: "score", page: "2", pageSize: "5" })]],
      ["exportForecasts", [{ q: "Korybko EU", sort: "deadline" }]],
      ["exportForecasts", [{ scored: "all", language: "de" }]],
      ["getForecastById", [11]],
      ["getForecastContext", [36]],
      ["getComingDue", [5, "2024-01-01"]],
      ["getRecentlyResolved", [5]],
      ["getForecastCounts", [now]],
      ["getDueForecasts", [now]],
      ["countDueForecasts", [now]],
      ["countForecasts", []],
      ["getForecastRow", [36]],
      ["getOutcomeHistory", [11]],
      ["forecastsWithOutcomeRecords", [[1, 2, 11, 36, 999]]],
      ["getRevisionHistory", [36]],
      ["getArticleBySlug", [article.slug]],
      ["listArticles", []],
      ["getPersonBySlug", ["andrew-korybko"]],
      ["listPeople", []],
      ["getOutletBySlug", [outlet.slug]],
      ["listOutlets", []],
      ["listPersonNames", []],
      ["listSourceNames", ["forecaster"]],
      ["listSourceNames", ["author"]],
      ["listSourceNames", ["outlet"]],
      ["countListed", []],
      ["listArticles", [2, 1]],
      ["listPeople", [{ limit: 3, offset: 2 }]],
      ["listOutlets", [{ limit: 2, offset: 1 }]],
      ["feedNewest", [{}, 15]],
      ["feedNewest", [{ forecaster: "andrew-korybko" }, 10]],
      ["feedComingDue", ["2030-01-01", 10]],
      ["feedResolved", [10]],
      ["getTopicBySlug", ["nato"]],
      ["sitemapRows", []],
      ["getAccuracyCounts", [person, decile, now]],
      ["getScoredSums", [{ kind: "all" }, decile, now, 10]],
      ["getScoredSums", [{ kind: "all" }, lexicon, now, 10]],
      ["getBinMembers", [{ kind: "all" }, decile, now, 10, 3]],
      ["getTimeline", [person, decile, 20]],
      ["getLeaderboardSums", ["outlet", decile, now]],
      ["getScoredForecastIds", [{ kind: "all" }, decile, now]],
      ["getForecastScoring", [11, now]],
      ["getClaimRepresentatives", [[...Array(60).keys()].map((i) => i + 1)]],
      ["getScopeOwnerId", ["outlets", outlet.slug]],
      ["getPastBefore", []],
      ["getKeptCounts", [{ kind: "all" }, "0", now]],
      ["getKeptBinSums", [person, "1", now, "lexicon"]],
      ["getKeptMonthSums", [{ kind: "all" }, "1", now]],
      ["getKeptBoardSums", ["forecaster", "1", now]],
      ["getKeptLedgerCounts", [now]],
      ...(["rank", "name", "scored", "brier", "shrunk"] as const).flatMap((sort) =>
        [
          { by: "forecaster", lowInfo: "1", minResolved: 1, k: 10, limit: 4, offset: 2 },
          { by: "outlet", lowInfo: "0", minResolved: 2, k: 2.5, limit: 3, offset: 0 },
        ].map((q) => ["getBoardPage", [{ ...q, now, sort, unscoredLimit: 3 }]] as [keyof LedgerReader, unknown[]]),
      ),
    ];
    for (const [method, args] of calls) {
      const call = (r: LedgerReader) => (r[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      let [s, p] = [await call(onSqlite), await call(onPg)];
      if (UNORDERED.has(method)) [s, p] = [unordered(s), unordered(p)];
      expectSame(p, s, `${method}(${JSON.stringify(args)})`);
    }
    const covered = new Set(calls.map(([m]) => m));
    expect(Object.keys(onSqlite).filter((k) => k !== "engine" && !covered.has(k as keyof LedgerReader))).toEqual([]);
    expect(Object.keys(onPg).sort()).toEqual(Object.keys(onSqlite).sort());
    expect([onSqlite.engine, onPg.engine]).toEqual(["sqlite", "postgres"]);
  });
});
