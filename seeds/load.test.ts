import { count, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { exportForecasts } from "@/db/queries/forecasts";
import { articles, auditLog, forecasts, outcomes } from "@/db/schema";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { listForecasts } from "@/lib/forecasts/list";
import { freshDatabase } from "@/test/db";
import { corpus } from "./data";
import { loadSeeds, SeedError } from "./load";

let db: DB;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = freshDatabase()));
afterEach(() => cleanup());

const n = (table: typeof forecasts | typeof outcomes | typeof articles) => db.select({ n: count() }).from(table).get()!.n;

describe("loadSeeds", () => {
  it("loads every forecast, article and outcome of the corpus", () => {
    const report = loadSeeds(db);
    expect(report.inserted.forecasts).toBe(corpus.forecasts.length);
    expect(n(forecasts)).toBe(corpus.forecasts.length);
    expect(n(articles)).toBe(5);
    expect(n(outcomes)).toBe(corpus.outcomes.length);
  });

  it("changes nothing when run a second time", () => {
    loadSeeds(db);
    const before = JSON.stringify(exportForecasts(db));
    const audit = db.select({ n: count() }).from(auditLog).get()!.n;
    const again = loadSeeds(db);
    expect(Object.values(again.inserted).every((v) => v === 0)).toBe(true);
    expect(JSON.stringify(exportForecasts(db))).toBe(before);
    expect(db.select({ n: count() }).from(auditLog).get()!.n).toBe(audit);
  });

  it("writes nothing when one quote is not in its article", () => {
    const broken = structuredClone(corpus);
    broken.forecasts[3]!.quote = "Dieser Satz steht in keinem Artikel.";
    expect(() => loadSeeds(db, broken)).toThrow(SeedError);
    expect(() => loadSeeds(db, broken)).toThrow(/quote not found verbatim/);
    expect(n(forecasts)).toBe(0);
    expect(n(articles)).toBe(0);
  });

  it("rejects a reference to an unknown forecaster with the forecast's key", () => {
    const broken = structuredClone(corpus);
    broken.forecasts[0]!.forecaster = "nobody-at-all";
    expect(() => loadSeeds(db, broken)).toThrow(new RegExp(`${broken.forecasts[0]!.key}: unknown forecaster nobody-at-all`));
  });

  it("stores lexicon probabilities with class, range and version, and the current outcome", () => {
    loadSeeds(db);
    const all = exportForecasts(db);
    const russtrat = all.find((f) => f.quote.includes("spätestens im Jahr 2022, ein offizielles Militärbündnis"))!;
    expect(russtrat.lexiconClass).toBe("NOT_RULED_OUT");
    expect(russtrat.probability).toBe(0.3);
    expect(russtrat.probabilityRange).toEqual([0.1, 0.5]);
    expect(russtrat.lexiconVersion).toBe("v0");
    expect(russtrat.lowInformation).toBe(true);
    expect(russtrat.deadline).toBe("2022-12-31");
    expect(russtrat.deadlineBasis).toBe("stated");
    expect(russtrat.forecaster).toMatchObject({ name: "RusStrat", kind: "institution" });
    expect(russtrat.attribution).toBe("reported");
    expect(russtrat.article.originalOutlet).toBe("RT Deutsch");
    expect(russtrat.outcome?.status).toBe("no");
    expect(russtrat.outcome?.recordedBy).toBe("Hindsight seed editor");
  });
});

describe("the outcome history", () => {
  it("refuses updates and deletes at the database level", () => {
    loadSeeds(db);
    expect(() => db.update(outcomes).set({ status: "yes" }).run()).toThrow(/append-only/);
    expect(() => db.delete(outcomes).run()).toThrow(/append-only/);
  });
});

describe("listForecasts filters", () => {
  // The schema reads query strings: numbers are given as the URL would carry them.
  const filters = (raw: Record<string, unknown>) => forecastFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)])));
  it("filters by status, language, topic and search, and counts past-due forecasts", () => {
    loadSeeds(db);
    const all = listForecasts(db, filters({ pageSize: 100 }));
    const resolved = listForecasts(db, filters({ status: "resolved", pageSize: 100 }));
    const open = listForecasts(db, filters({ status: "open", pageSize: 100 }));
    const due = listForecasts(db, filters({ status: "due", pageSize: 100 }));
    expect(resolved.total + open.total + due.total).toBe(all.total);
    expect(resolved.items.every((f) => f.outcome !== null)).toBe(true);
    expect(due.items.every((f) => f.outcome === null && f.deadline !== null && f.deadline < new Date().toISOString().slice(0, 10))).toBe(true);
    const nl = listForecasts(db, filters({ language: "nl", pageSize: 100 }));
    expect(nl.total).toBe(corpus.forecasts.filter((f) => f.article.startsWith(corpus.articles.find((a) => a.language === "nl")!.slug)).length);
    const search = listForecasts(db, filters({ q: "Militärbündnis" }));
    expect(search.total).toBeGreaterThan(0);
    expect(search.items.every((f) => /militärbündnis/i.test(f.quote + f.question + f.resolutionCriteria + (f.condition ?? "") + f.article.title))).toBe(true);
    // diacritics-insensitive: "militarbundnis" finds the same forecasts
    expect(listForecasts(db, filters({ q: "militarbundnis" })).total).toBe(search.total);
    // punctuation cannot break the FTS syntax
    expect(() => listForecasts(db, filters({ q: 'NEAR( "unbalanced' }))).not.toThrow();
  });

  it("paginates without overlap", () => {
    loadSeeds(db);
    const p1 = listForecasts(db, filters({ pageSize: 10, page: 1 }));
    const p2 = listForecasts(db, filters({ pageSize: 10, page: 2 }));
    expect(p1.items).toHaveLength(10);
    expect(new Set([...p1.items, ...p2.items].map((f) => f.id)).size).toBe(20);
    expect(p1.pages).toBe(Math.ceil(corpus.forecasts.length / 10));
  });

  it("keeps the search index in step when a forecast's text changes", () => {
    loadSeeds(db);
    const id = db.select({ id: forecasts.id }).from(forecasts).limit(1).get()!.id;
    db.update(forecasts).set({ question: "Will zyzzyva happen?" }).where(eq(forecasts.id, id)).run();
    expect(listForecasts(db, filters({ q: "zyzzyva" })).items.map((f) => f.id)).toEqual([id]);
    expect(db.get<{ n: number }>(sql`select count(*) as n from forecasts_search where forecasts_search match '"zyzzyva"'`)!.n).toBe(1);
  });
});

describe("source listings", () => {
  it("count each person's own forecasts and each author's articles", async () => {
    const { listPeople } = await import("@/db/queries/sources");
    loadSeeds(db);
    const people = listPeople(db);
    for (const p of people) {
      expect(p.made, p.slug).toBe(corpus.forecasts.filter((f) => f.forecaster === p.slug).length);
      expect(p.articles, p.slug).toBe(corpus.articles.filter((a) => a.authors.some((au) => au.person === p.slug)).length);
    }
  });

  it("filter by author and topic", () => {
    loadSeeds(db);
    const rupp = listForecasts(db, forecastFiltersSchema.parse({ author: "rainer-rupp", pageSize: "100" }));
    const ruppArticles = corpus.articles.filter((a) => a.authors.some((au) => au.person === "rainer-rupp")).map((a) => a.slug);
    expect(rupp.total).toBe(corpus.forecasts.filter((f) => ruppArticles.includes(f.article)).length);
    const topic = corpus.topics[0]!.slug;
    expect(listForecasts(db, forecastFiltersSchema.parse({ topic, pageSize: "100" })).total).toBe(
      corpus.forecasts.filter((f) => f.topics.includes(topic)).length,
    );
  });
});
