import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { exportForecasts, pageOfForecasts } from "./forecasts";
import { countListed, listArticles, listFilterChoices, listOutlets, listPeople } from "./sources";

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

  it("offers as filter choices exactly the forecasters, authors and outlets the counted lists have", () => {
    const choices = listFilterChoices(db);
    const people = listPeople(db);
    const pick = (rows: { slug: string; name: string }[]) => rows.map((r) => ({ slug: r.slug, name: r.name }));
    expect(choices.forecasters).toEqual(pick(people.filter((p) => p.made > 0)));
    expect(choices.authors).toEqual(pick(people.filter((p) => p.articles > 0)));
    expect(choices.outlets).toEqual(pick(listOutlets(db)));
    expect(choices.forecasters.length).toBeGreaterThan(5);
    expect(choices.authors.length).toBeGreaterThan(2);
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
