/**
 * The reads behind the public pages on PostgreSQL give what SQLite gives, for one ledger copied
 * into both engines: the forecast list under each filter, sort and page (the search has its own
 * test), one forecast and its context, the dashboard's and the due queue's reads, topics, and the
 * article, person and outlet pages and lists, compared value for value and in the same order
 * (in a database whose default collation is a language's, not code-point order).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import * as pgFeeds from "@/db/pg/queries/feeds";
import * as pgF from "@/db/pg/queries/forecasts";
import * as pgH from "@/db/pg/queries/history";
import * as pgS from "@/db/pg/queries/sources";
import * as feeds from "@/db/queries/feeds";
import * as f from "@/db/queries/forecasts";
import * as o from "@/db/queries/outcomes";
import * as r from "@/db/queries/revisions";
import { sitemapRows } from "@/db/queries/sitemap";
import * as s from "@/db/queries/sources";
import { copiedLedger } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let sqlite: DB;
let pg: PgDB;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  if (!hasPg) return;
  // A database whose default collation is English (ICU), as on a server set up with en_US.UTF-8:
  // the lists sorted by name must still come in SQLite's code-point order.
  // Names that sort differently by language and by code point (lower-case particles, accents).
  ({ sqlite, pg, cleanup } = await copiedLedger({
    icuLocale: "en",
    before: (db) => {
      for (const [slug, name] of [
        ["test-de-wit", "de Wit"],
        ["test-ozil", "Özil"],
        ["test-van-dam", "van Dam"],
      ])
        db.run(sql`insert into people (slug, name, kind) values (${slug}, ${name}, 'person')`);
      db.run(sql`insert into outlets (slug, name) values ('test-nu-nl', 'nu.nl'), ('test-ard', 'ARD')`);
      db.run(sql`insert into topics (slug, name) values ('test-economie', 'économie'), ('test-energie', 'Energie')`);
    },
  }));
}, 60_000);
afterAll(async () => {
  await cleanup?.();
});

const slugs = (table: string) => sqlite.all<{ slug: string }>(sql.raw(`select slug from ${table} order by id`)).map((r) => r.slug);

describe.skipIf(!hasPg)("the forecast reads on PostgreSQL, as on SQLite", { timeout: 30_000 }, () => {
  it("lists the same forecasts, in the same order, under every filter, sort and page", async () => {
    const one = (table: string, i = 0) => slugs(table)[i]!;
    const author = sqlite.get<{ slug: string }>(sql`select p.slug from people p join article_authors aa on aa.person_id = p.id limit 1`)!.slug;
    const event = sqlite.get<{ id: number }>(sql`select event_id as id from forecasts where event_id is not null limit 1`)!.id;
    const topic = sqlite.get<{ slug: string }>(sql`select t.slug from topics t join forecast_topics ft on ft.topic_id = t.id limit 1`)!.slug;
    const cases: Partial<Omit<f.ForecastFilters, "search">>[] = [
      {},
      { forecaster: "andrew-korybko" },
      { author },
      { outlet: one("outlets") },
      { outlet: one("outlets", 1) },
      { article: one("articles") },
      { status: "due" },
      { status: "open" },
      { status: "resolved", sort: "score" },
      { language: "de", sort: "made" },
      { language: "nl" },
      { topic },
      { event },
      { deadlineFrom: "2019-01-01", deadlineTo: "2024-12-31" },
      { outcome: "happened" },
      { outcome: "other" },
      { scored: "all" },
      { scored: "person:andrew-korybko", madeFrom: "2010-01-01", madeTo: "2030-01-01", lowInfo: "0" },
      { scored: `outlet:${one("outlets")}`, sort: "score" },
    ];
    let seen = 0;
    for (const c of cases) {
      for (const page of [1, 2]) {
        const filters = { ...c, page, pageSize: 7 } as Omit<f.ForecastFilters, "search">;
        const want = f.listForecasts(sqlite, filters);
        expect(await pgF.listForecastsPg(pg, filters), JSON.stringify(filters)).toEqual(want);
        seen += want.items.length;
      }
      expect(await pgF.exportForecastsPg(pg, c), `export ${JSON.stringify(c)}`).toEqual(f.exportForecasts(sqlite, c));
    }
    expect(seen).toBeGreaterThan(100);
  });

  it("gives each forecast, its stored row, outcome and revision history, its context, the topics, the dashboard's and the due queue's reads alike", async () => {
    const ids = sqlite.all<{ id: number }>(sql`select id from forecasts order by id`).map((r) => r.id);
    for (const id of ids) {
      expect(await pgF.getForecastByIdPg(pg, id), `forecast ${id}`).toEqual(f.getForecastById(sqlite, id));
      expect(await pgF.getForecastContextPg(pg, id), `context ${id}`).toEqual(f.getForecastContext(sqlite, id));
    }
    expect(await pgF.getForecastByIdPg(pg, 999_999)).toBeNull();
    let histories = 0;
    for (const id of ids) {
      expect(await pgH.getForecastRowPg(pg, id), `row ${id}`).toEqual(f.getForecastRow(sqlite, id));
      const outcomeHistory = o.getOutcomeHistory(sqlite, id);
      expect(await pgH.getOutcomeHistoryPg(pg, id), `outcomes ${id}`).toEqual(outcomeHistory);
      expect(await pgH.getRevisionHistoryPg(pg, id), `revisions ${id}`).toEqual(r.getRevisionHistory(sqlite, id));
      histories += outcomeHistory.length > 1 ? 1 : 0;
    }
    expect(histories).toBeGreaterThan(0); // a corrected outcome (and the retraction) are there
    expect(await pgH.forecastsWithOutcomeRecordsPg(pg, ids)).toEqual(o.forecastsWithOutcomeRecords(sqlite, ids));
    expect(await pgH.getForecastRowPg(pg, 999_999)).toBeNull();
    expect(ids.some((id) => (f.getForecastContext(sqlite, id)?.siblings.length ?? 0) > 0)).toBe(true);
    for (const now of ["2019-06-30", "2026-11-30", "2035-01-01"]) {
      expect(await pgF.getComingDuePg(pg, 5, now), `coming due ${now}`).toEqual(f.getComingDue(sqlite, 5, now));
      expect(await pgF.getDueForecastsPg(pg, now), `due ${now}`).toEqual(f.getDueForecasts(sqlite, now));
      expect(await pgF.countDueForecastsPg(pg, now)).toBe(f.countDueForecasts(sqlite, now));
      expect(await pgF.getForecastCountsPg(pg, now), `counts ${now}`).toEqual(f.getForecastCounts(sqlite, now));
    }
    expect(await pgF.getRecentlyResolvedPg(pg, 5)).toEqual(f.getRecentlyResolved(sqlite, 5));
    expect(await pgF.countForecastsPg(pg)).toBe(f.countForecasts(sqlite));
  });
});

describe.skipIf(!hasPg)("the feeds and the sitemap on PostgreSQL, as on SQLite", { timeout: 30_000 }, () => {
  it("give the same entries in the same order", async () => {
    const outlet = slugs("outlets")[0]!;
    const topic = sqlite.all<{ slug: string }>(sql.raw("select t.slug from topics t join forecast_topics ft on ft.topic_id = t.id order by t.id limit 1"))[0]!
      .slug;
    for (const scope of [{}, { forecaster: "andrew-korybko" }, { outlet }, { topic }]) {
      const want = feeds.feedNewest(sqlite, scope, 40);
      expect(want.length).toBeGreaterThan(0);
      expect(await pgFeeds.feedNewestPg(pg, scope, 40), JSON.stringify(scope)).toEqual(want);
    }
    // An outcome makes a forecast newer than the ones added after it.
    expect(feeds.feedNewest(sqlite, {}, 200).some((r) => r.recordedAt && r.recordedAt > r.addedAt)).toBe(true);
    for (const until of ["2019-01-01", "2030-01-01"]) expect(await pgFeeds.feedComingDuePg(pg, until, 25)).toEqual(feeds.feedComingDue(sqlite, until, 25));
    expect(await pgFeeds.feedResolvedPg(pg, 25)).toEqual(feeds.feedResolved(sqlite, 25));
    expect(await pgFeeds.getTopicBySlugPg(pg, topic)).toEqual(feeds.getTopicBySlug(sqlite, topic));
    expect(await pgFeeds.getTopicBySlugPg(pg, "no-such-topic")).toBeNull();
    // The sitemap promises no order (the SQLite rows come in the order its plan reads them).
    const byPath = (rows: { path: string }[]) => [...rows].sort((a, b) => (a.path < b.path ? -1 : 1));
    const sitemap = byPath(sitemapRows(sqlite));
    expect(sitemap.length).toBeGreaterThan(60);
    expect(byPath(await pgFeeds.sitemapRowsPg(pg))).toEqual(sitemap);
  });
});

describe.skipIf(!hasPg)("the article, person and outlet reads on PostgreSQL, as on SQLite", { timeout: 30_000 }, () => {
  it("gives every article, person and outlet page the same rows", async () => {
    for (const slug of slugs("articles")) expect(await pgS.getArticleBySlugPg(pg, slug), slug).toEqual(s.getArticleBySlug(sqlite, slug));
    for (const slug of slugs("people")) expect(await pgS.getPersonBySlugPg(pg, slug), slug).toEqual(s.getPersonBySlug(sqlite, slug));
    for (const slug of slugs("outlets")) expect(await pgS.getOutletBySlugPg(pg, slug), slug).toEqual(s.getOutletBySlug(sqlite, slug));
    expect(await pgS.getArticleBySlugPg(pg, "no-such-article")).toBeNull();
    expect(await pgS.getPersonBySlugPg(pg, "no-such-person")).toBeNull();
    expect(await pgS.getOutletBySlugPg(pg, "no-such-outlet")).toBeNull();
  });

  it("lists articles, people, outlets and names in the same order", async () => {
    expect(await pgS.listArticlesPg(pg)).toEqual(s.listArticles(sqlite));
    expect(await pgS.listArticlesPg(pg, 5)).toEqual(s.listArticles(sqlite, 5));
    expect(await pgS.listPeoplePg(pg)).toEqual(s.listPeople(sqlite));
    expect(await pgS.listOutletsPg(pg)).toEqual(s.listOutlets(sqlite));
    expect(await pgS.listPersonNamesPg(pg)).toEqual(s.listPersonNames(sqlite));
  });
});
