import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { exportForecasts, pageOfForecasts } from "./forecasts";
import { countListed, listArticles, listOutlets, listPeople, listSourceNames } from "./sources";

let db: DB;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
});
afterEach(() => cleanup());

describe("the source pages' lists, a page at a time", () => {
  it("pages through exactly the forecasts the whole list has, in its order, with the total", () => {
    const outlet = exportForecasts(db, {})[0]!.article.outletSlug!;
    const all = exportForecasts(db, { outlet });
    const seen = [];
    for (let page = 1; page <= Math.ceil(all.length / 2) + 1; page++) {
      const p = pageOfForecasts(db, { outlet }, page, 2);
      expect(p.total).toBe(all.length);
      seen.push(...p.items.map((f) => f.id));
    }
    expect(seen).toEqual(all.map((f) => f.id));
  });

  it("lists the forecasts of others in an author's articles, never the author's own", () => {
    const authored = exportForecasts(db, {}).flatMap((f) => f.article.authors.map((a) => a.slug));
    const author = authored.find((slug) => exportForecasts(db, { author: slug }).some((f) => f.forecaster.slug === slug)) ?? authored[0]!;
    const expected = exportForecasts(db, { author }).filter((f) => f.forecaster.slug !== author);
    const page = pageOfForecasts(db, { author, notForecaster: author }, 1, 100);
    expect(page.total).toBe(expected.length);
    expect(page.items.map((f) => f.id)).toEqual(expected.map((f) => f.id));
  });

  it("gives the newest articles first, the same as the whole list's start", () => {
    expect(listArticles(db, 3)).toEqual(listArticles(db).slice(0, 3));
  });

  it("offers as filter sources exactly the forecasters, authors and outlets the counted lists have, most forecasts first", () => {
    const people = listPeople(db);
    const bySlug = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();
    const forecasters = listSourceNames(db, "forecaster");
    expect(bySlug(forecasters)).toEqual(bySlug(people.filter((p) => p.made > 0)));
    expect(bySlug(listSourceNames(db, "author"))).toEqual(bySlug(people.filter((p) => p.articles > 0)));
    expect(bySlug(listSourceNames(db, "outlet"))).toEqual(bySlug(listOutlets(db)));
    // The kept count of a forecaster is what they made; the rows run from the most forecasts down.
    for (const f of forecasters) expect(f.forecasts).toBe(people.find((p) => p.slug === f.slug)!.made);
    expect(forecasters.map((f) => f.forecasts)).toEqual([...forecasters.map((f) => f.forecasts)].sort((a, b) => b - a));
    expect(forecasters[0]!.forecasts).toBeGreaterThan(forecasters.at(-1)!.forecasts);
  });

  it("pages the article, people and outlet lists: every row once, in the whole list's order, with their totals", () => {
    const counts = countListed(db);
    const lists = {
      articles: [listArticles(db).map((a) => a.slug), (size: number, offset: number) => listArticles(db, size, offset).map((a) => a.slug), counts.articles],
      people: [listPeople(db).map((p) => p.slug), (size: number, offset: number) => listPeople(db, { limit: size, offset }).map((p) => p.slug), counts.people],
      outlets: [
        listOutlets(db).map((o) => o.slug),
        (size: number, offset: number) => listOutlets(db, { limit: size, offset }).map((o) => o.slug),
        counts.outlets,
      ],
    } as const;
    for (const [name, [whole, page, total]] of Object.entries(lists)) {
      expect(whole.length, name).toBe(total);
      expect(whole.length, name).toBeGreaterThan(2);
      const seen: string[] = [];
      for (let offset = 0; offset < total + 2; offset += 2) seen.push(...page(2, offset));
      expect(seen, name).toEqual(whole);
    }
  });
});
