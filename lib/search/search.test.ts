/** Search over the seed corpus: compound parts, umlaut spellings, names, titles and outlets; the outcome filter and the orders. */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { exportForecasts as allForecasts } from "@/db/queries/forecasts";
import { forecasts, people } from "@/db/schema";
import { brierTerm } from "@/lib/scoring/brier";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { forecastFiltersSchema, parseForecastFilters } from "../forecasts/filters";
import { exportForecasts, listForecasts } from "../forecasts/list";
import { rebuildSearchIndex } from "./indexer";

let db: DB;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
});
afterAll(() => cleanup());

const search = (q: string, extra: Record<string, unknown> = {}) => listForecasts(db, forecastFiltersSchema.parse({ q, pageSize: "100", ...extra }));
const all = () => allForecasts(db);

describe("search", () => {
  it("finds a part of a compound word whichever way the umlaut is written", () => {
    const expected = all()
      .filter((f) => /bündnis/i.test(f.quote))
      .map((f) => f.id)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const q of ["Bündnis", "Bundnis", "Buendnis", "bündnis"]) {
      const ids = search(q).items.map((f) => f.id);
      for (const id of expected) expect(ids, q).toContain(id);
    }
  });

  it("treats ß and ss alike", () => {
    const ids = search("auszuschliessen").items.map((f) => f.id);
    expect(ids).toEqual(
      all()
        .filter((f) => /auszuschließen/.test(f.quote + f.question))
        .map((f) => f.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(search("auszuschließen").items.map((f) => f.id)).toEqual(ids);
  });

  it("searches forecaster and author names, article titles and outlets", () => {
    const korybko = all().filter((f) => f.forecaster.name.includes("Korybko") || f.article.authors.some((a) => a.name.includes("Korybko")));
    expect(korybko.length).toBe(14);
    expect(search("Korybko").total).toBe(14);
    const outlet = all().find((f) => f.article.outlet)!.article.outlet!;
    expect(search(outlet).total).toBe(all().filter((f) => f.article.outlet === outlet || f.article.originalOutlet === outlet).length);
    const title = all()[0]!.article.title;
    const word = title.split(/\s+/).find((w) => w.length > 6)!;
    expect(search(word).items.map((f) => f.id)).toEqual(
      expect.arrayContaining(
        all()
          .filter((f) => f.article.title === title)
          .map((f) => f.id),
      ),
    );
  });

  it("requires every word", () => {
    const both = search("Korybko Bündnis").items;
    for (const f of both) expect(`${f.quote} ${f.question} ${f.forecaster.name} ${f.article.title}`.toLowerCase()).toMatch(/bündnis|bundnis/);
  });

  it("refuses a query it cannot use with a 400 naming why", () => {
    for (const q of ["EU", "?!", "a b"]) {
      const parsed = parseForecastFilters({ q });
      expect(parsed.ok, q).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]!.field).toBe("q");
    }
    expect(parseForecastFilters({ sort: "relevance" }).ok).toBe(false);
  });

  it("keeps the index current when a person is renamed", () => {
    const person = db.select().from(people).where(eq(people.slug, "andrew-korybko")).get()!;
    db.update(people).set({ name: "Andrej Korybkö" }).where(eq(people.id, person.id)).run();
    expect(search("Korybkoe").total).toBe(14);
    db.update(people).set({ name: person.name }).where(eq(people.id, person.id)).run();
    expect(search("Korybkoe").total).toBe(0);
  });

  it("rebuilds the whole index", () => {
    const before = search("Bündnis").total;
    db.run(sql`delete from forecasts_search`);
    expect(rebuildSearchIndex(db)).toBe(all().length);
    expect(search("Bündnis").total).toBe(before);
  });

  it("rebuilds the whole index in small batches (search:reindex --batch)", () => {
    const before = search("Bündnis").total;
    db.run(sql`delete from forecasts_search`);
    expect(rebuildSearchIndex(db, 7)).toBe(all().length);
    expect(search("Bündnis").total).toBe(before);
    expect(db.get<{ n: number }>(sql`select count(*) as n from search_dirty`)?.n).toBe(0);
  });
});

describe("outcome filter and orders", () => {
  it("splits forecasts by outcome", () => {
    const f = (outcome: string) => exportForecasts(db, { outcome: outcome as "open" });
    const happened = f("happened");
    const notHappened = f("not-happened");
    const other = f("other");
    const open = f("open");
    expect(happened.length + notHappened.length + other.length + open.length).toBe(all().length);
    expect(happened.every((x) => x.outcome?.status === "yes")).toBe(true);
    expect(notHappened.every((x) => x.outcome?.status === "no")).toBe(true);
    expect(other.every((x) => x.outcome && !["yes", "no"].includes(x.outcome.status))).toBe(true);
    expect(open.every((x) => x.outcome === null)).toBe(true);
  });

  it("sorts by score (the forecast's own Brier score, best first), made-on date and relevance", () => {
    const byScore = exportForecasts(db, { sort: "score" });
    const scores = byScore
      .filter((x) => x.outcome && ["yes", "no"].includes(x.outcome.status))
      .map((x) => brierTerm(x.probability, x.outcome!.status === "yes" ? 1 : 0));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(byScore.slice(0, scores.length).every((x) => x.outcome && ["yes", "no"].includes(x.outcome.status))).toBe(true);
    const made = exportForecasts(db, { sort: "made" }).map((x) => x.madeOn);
    expect(made).toEqual([...made].sort().reverse());
    // relevance: a forecast with the word in its quote and question comes before one with it only in a title
    const ranked = search("Militärbündnis").items;
    expect(ranked[0]!.quote.toLowerCase()).toContain("militärbündnis");
  });

  it("refreshes nothing stale: a forecast changed through SQL is found under its new words", () => {
    const id = all()[3]!.id;
    db.update(forecasts).set({ question: "Will the Straßenbahnverbindung open?" }).where(eq(forecasts.id, id)).run();
    expect(search("strassenbahn").items.map((x) => x.id)).toEqual([id]);
  });
});
