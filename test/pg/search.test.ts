/**
 * Search on PostgreSQL held to SQLite's behaviour (lib/search/search.test.ts's cases, on one ledger
 * copied into both engines): compound parts, umlaut spellings, ß/ss, names, titles and outlets,
 * every word required, the same refusals, the index kept current after writes, the outcome filter
 * and the orders. Each search is run on both engines and must find the same forecasts.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { pendingSearchSourcesPg, writeSearchDocsPg } from "@/db/pg/queries/search";
import { exportForecasts as allForecasts } from "@/db/queries/forecasts";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { exportForecasts, listForecasts } from "@/lib/forecasts/list";
import { exportForecastsPg, listForecastsPg } from "@/lib/forecasts/list-pg";
import { AppError } from "@/lib/http/errors";
import { brierTerm } from "@/lib/scoring/brier";
import { foldSearchSource } from "@/lib/search/indexer";
import { rebuildSearchIndexPg, syncSearchIndexPg } from "@/lib/search/indexer-pg";
import { copiedLedger } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let sqlite: DB;
let pg: PgDB;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  if (!hasPg) return;
  ({ sqlite, pg, cleanup } = await copiedLedger());
}, 60_000);
afterAll(async () => {
  await cleanup?.();
});

const filters = (q: string, extra: Record<string, unknown> = {}) => forecastFiltersSchema.parse({ q, pageSize: "100", ...extra });
/** Searches PostgreSQL, and checks that SQLite finds the same forecasts (as a set: the relevance orders differ). */
async function search(q: string, extra: Record<string, unknown> = {}) {
  const onPg = await listForecastsPg(pg, filters(q, extra));
  const onSqlite = listForecasts(sqlite, filters(q, extra));
  expect(onPg.total, `total for "${q}"`).toBe(onSqlite.total);
  expect(onPg.items.map((f) => f.id).sort(), `forecasts for "${q}"`).toEqual(onSqlite.items.map((f) => f.id).sort());
  return onPg;
}
const all = () => allForecasts(sqlite);
const pgQuery = (text: string) => pg.$client.query(text);

describe.skipIf(!hasPg)("search on PostgreSQL, as on SQLite", { timeout: 30_000 }, () => {
  it("indexes the copied ledger on the first search (the copy's inserts marked every forecast)", async () => {
    expect((await pgQuery("select count(*)::int as n from search_dirty")).rows[0].n).toBeGreaterThanOrEqual(all().length);
    expect(await syncSearchIndexPg(pg)).toBeGreaterThanOrEqual(all().length);
    expect((await pgQuery("select count(*)::int as n from forecasts_search")).rows[0].n).toBe(all().length);
    expect((await pgQuery("select count(*)::int as n from search_dirty")).rows[0].n).toBe(0);
  });

  it("finds a part of a compound word whichever way the umlaut is written", async () => {
    const expected = all()
      .filter((f) => /bündnis/i.test(f.quote))
      .map((f) => f.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const q of ["Bündnis", "Bundnis", "Buendnis", "bündnis"]) {
      const ids = (await search(q)).items.map((f) => f.id);
      for (const id of expected) expect(ids, q).toContain(id);
    }
  });

  it("treats ß and ss alike", async () => {
    const ids = (await search("auszuschliessen")).items.map((f) => f.id).sort();
    expect(ids).toEqual(
      all()
        .filter((f) => /auszuschließen/.test(f.quote + f.question))
        .map((f) => f.id)
        .sort(),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect((await search("auszuschließen")).items.map((f) => f.id).sort()).toEqual(ids);
  });

  it("searches forecaster and author names, article titles and outlets", async () => {
    expect((await search("Korybko")).total).toBe(14);
    const outlet = all().find((f) => f.article.outlet)!.article.outlet!;
    expect((await search(outlet)).total).toBe(all().filter((f) => f.article.outlet === outlet || f.article.originalOutlet === outlet).length);
    const title = all()[0]!.article.title;
    const word = title.split(/\s+/).find((w) => w.length > 6)!;
    expect((await search(word)).items.map((f) => f.id)).toEqual(
      expect.arrayContaining(
        all()
          .filter((f) => f.article.title === title)
          .map((f) => f.id),
      ),
    );
  });

  it("requires every word, short words included", async () => {
    const both = (await search("Korybko Bündnis")).items;
    for (const f of both) expect(`${f.quote} ${f.question} ${f.forecaster.name} ${f.article.title}`.toLowerCase()).toMatch(/bündnis|bundnis/);
    const withShort = await search("EU Bündnis");
    expect(withShort.total).toBeLessThan((await search("Bündnis")).total + 1);
  });

  it("refuses a query it cannot use with a 400 naming why", async () => {
    for (const q of ["EU", "?!", "a b"]) {
      const err = await listForecastsPg(pg, { q, page: 1, pageSize: 20 }).catch((e: unknown) => e);
      expect(err, q).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(400);
    }
  });

  it("keeps the index current when a person is renamed", async () => {
    const { name } = (await pgQuery("select name from people where slug = 'andrew-korybko'")).rows[0];
    await pg.execute(sql`update people set name = 'Andrej Korybkö' where slug = 'andrew-korybko'`);
    expect((await listForecastsPg(pg, filters("Korybkoe"))).total).toBe(14);
    await pg.execute(sql`update people set name = ${name} where slug = 'andrew-korybko'`);
    expect((await listForecastsPg(pg, filters("Korybkoe"))).total).toBe(0);
  });

  it("rebuilds the whole index", async () => {
    const before = (await search("Bündnis")).total;
    await pgQuery("delete from forecasts_search");
    expect(await rebuildSearchIndexPg(pg)).toBe(all().length);
    expect((await search("Bündnis")).total).toBe(before);
  });

  it("keeps a mark that a write adds while the indexer works (only the marks it read are deleted)", async () => {
    const id = all()[5]!.id;
    await pgQuery(`update forecasts set question = question where id = ${id}`);
    const original = (await pgQuery(`select question from forecasts where id = ${id}`)).rows[0].question as string;
    await pg.transaction(async (tx) => {
      const read = await pendingSearchSourcesPg(tx, 100); // what the indexer read
      // Meanwhile another connection changes the forecast and commits.
      await pgQuery(`update forecasts set question = 'Will the Seilbahnverbindung open?' where id = ${id}`);
      await writeSearchDocsPg(tx, read.marks, read.sources.map(foldSearchSource));
    });
    expect((await pgQuery(`select count(*)::int as n from search_dirty where forecast_id = ${id}`)).rows[0].n).toBe(1);
    expect((await listForecastsPg(pg, filters("seilbahn"))).items.map((f) => f.id)).toEqual([id]);
    await pg.execute(sql`update forecasts set question = ${original} where id = ${id}`);
    expect((await listForecastsPg(pg, filters("seilbahn"))).total).toBe(0);
  });
});

describe.skipIf(!hasPg)("search with two app instances on one PostgreSQL", { timeout: 30_000 }, () => {
  it("finds a write made through one instance when searching through the other, both indexing at once", async () => {
    const url = new URL(pg.$client.options.connectionString!);
    const other = openPostgres(url.toString(), { max: 3 });
    try {
      const ids = all()
        .slice(10, 30)
        .map((f) => f.id);
      const before = all().slice(10, 30);
      // Instance A writes (many marks); instances A and B search at once right after the commit.
      await pg.transaction(async (tx) => {
        for (const id of ids) await tx.execute(sql`update forecasts set condition = ${`Gondelbahnprojekt ${id}`} where id = ${id}`);
      });
      const [a, b] = await Promise.all([listForecastsPg(pg, filters("gondelbahn")), listForecastsPg(other, filters("gondelbahn"))]);
      expect(a.items.map((f) => f.id).sort((x, y) => x - y)).toEqual(ids);
      expect(b.items.map((f) => f.id).sort((x, y) => x - y)).toEqual(ids);
      expect((await pgQuery("select count(*)::int as n from search_dirty")).rows[0].n).toBe(0);
      await pg.transaction(async (tx) => {
        for (const f of before) await tx.execute(sql`update forecasts set condition = ${f.condition} where id = ${f.id}`);
      });
      expect((await listForecastsPg(other, filters("gondelbahn"))).total).toBe(0);
    } finally {
      await closePostgres(other);
    }
  });
});

describe.skipIf(!hasPg)("search as the app's role", { timeout: 30_000 }, () => {
  it("a login role in hindsight_app marks, indexes and searches (privileges on the search tables)", async () => {
    const role = `hindsight_web_${process.pid}`;
    await pgQuery(`create role ${role} login in role hindsight_app`);
    const url = new URL(pg.$client.options.connectionString!);
    url.username = role;
    const app = openPostgres(url.toString(), { max: 2 });
    try {
      const id = all()[7]!.id;
      await app.execute(sql`update forecasts set question = 'Will the Zahnradbahnstrecke reopen?' where id = ${id}`);
      expect((await listForecastsPg(app, filters("zahnradbahn"))).items.map((f) => f.id)).toEqual([id]);
      await app.execute(sql`update forecasts set question = ${all()[7]!.question} where id = ${id}`);
      expect((await listForecastsPg(app, filters("zahnradbahn"))).total).toBe(0);
      expect(await rebuildSearchIndexPg(app)).toBe(all().length);
    } finally {
      await closePostgres(app);
      await pgQuery(`drop role ${role}`);
    }
  });
});

describe.skipIf(!hasPg)("outcome filter and orders on PostgreSQL, as on SQLite", { timeout: 30_000 }, () => {
  it("splits forecasts by outcome, into the same forecasts as SQLite", async () => {
    const f = async (outcome: string) => {
      const onPg = await exportForecastsPg(pg, { outcome: outcome as "open" });
      expect(onPg).toEqual(exportForecasts(sqlite, { outcome: outcome as "open" }));
      return onPg;
    };
    const happened = await f("happened");
    const notHappened = await f("not-happened");
    const other = await f("other");
    const open = await f("open");
    expect(happened.length + notHappened.length + other.length + open.length).toBe(all().length);
    expect(happened.every((x) => x.outcome?.status === "yes")).toBe(true);
    expect(notHappened.every((x) => x.outcome?.status === "no")).toBe(true);
    expect(other.every((x) => x.outcome && !["yes", "no"].includes(x.outcome.status))).toBe(true);
    expect(open.every((x) => x.outcome === null)).toBe(true);
  });

  it("sorts by score and made-on date exactly as SQLite, and by relevance with the quote first", async () => {
    const byScore = await exportForecastsPg(pg, { sort: "score" });
    expect(byScore.map((x) => x.id)).toEqual(exportForecasts(sqlite, { sort: "score" }).map((x) => x.id));
    const scores = byScore
      .filter((x) => x.outcome && ["yes", "no"].includes(x.outcome.status))
      .map((x) => brierTerm(x.probability, x.outcome!.status === "yes" ? 1 : 0));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const made = await exportForecastsPg(pg, { sort: "made" });
    expect(made.map((x) => x.id)).toEqual(exportForecasts(sqlite, { sort: "made" }).map((x) => x.id));
    const ranked = (await search("Militärbündnis")).items;
    expect(ranked[0]!.quote.toLowerCase()).toContain("militärbündnis");
    const names = (await search("Korybko")).items;
    expect(names[0]!.forecaster.name).toContain("Korybko");
  });

  it("refreshes nothing stale: a forecast changed through SQL is found under its new words", async () => {
    const id = all()[3]!.id;
    await pgQuery(`update forecasts set question = 'Will the Straßenbahnverbindung open?' where id = ${id}`);
    expect((await listForecastsPg(pg, filters("strassenbahn"))).items.map((x) => x.id)).toEqual([id]);
  });
});
