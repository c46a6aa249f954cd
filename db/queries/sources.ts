/** Outlets, people and institutions, and articles: the pages that list their forecasts. */
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DB } from "../client";
import { articleAuthors, articles, forecasts, outlets, people } from "../schema";

const originalOutlet = alias(outlets, "original_outlet");

export function getArticleBySlug(db: DB, slug: string) {
  const article = db
    .select({
      a: articles,
      outletName: outlets.name,
      outletSlug: outlets.slug,
      originalOutletName: originalOutlet.name,
      originalOutletSlug: originalOutlet.slug,
      originalOutletSite: originalOutlet.site,
    })
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .leftJoin(originalOutlet, eq(originalOutlet.id, articles.originalOutletId))
    .where(eq(articles.slug, slug))
    .get();
  if (!article) return null;
  const authors = db
    .select({ name: people.name, slug: people.slug, role: articleAuthors.role })
    .from(articleAuthors)
    .innerJoin(people, eq(people.id, articleAuthors.personId))
    .where(eq(articleAuthors.articleId, article.a.id))
    .orderBy(asc(articleAuthors.position))
    .all();
  return { ...article, authors };
}

/** Latest first by the date a text first appeared (or the page date). */
/** A page of a list: `limit` rows from `offset`. */
export interface ListWindow {
  limit: number;
  offset: number;
}

/** How many articles, people and outlets the lists hold (their pages' totals). */
export function countListed(db: DB) {
  return db.get<{ articles: number; people: number; outlets: number }>(
    sql`select (select count(*) from ${articles}) as articles, (select count(*) from ${people}) as people, (select count(*) from ${outlets}) as outlets`,
  )!;
}

export function listArticles(db: DB, limit?: number, offset = 0) {
  const q = db
    .select({
      slug: articles.slug,
      title: articles.title,
      language: articles.language,
      publishedOn: articles.publishedOn,
      firstPublishedOn: articles.firstPublishedOn,
      outletName: outlets.name,
      outletSlug: outlets.slug,
      forecasts: sql<number>`(select count(*) from ${forecasts} f where f.article_id = "articles"."id")`,
      firstMadeOn: sql<string>`(select min(f.made_on) from ${forecasts} f where f.article_id = "articles"."id")`,
      authors: sql<
        string | null
      >`(select group_concat(p.name, ', ') from ${articleAuthors} aa join ${people} p on p.id = aa.person_id where aa.article_id = "articles"."id")`,
    })
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId));
  const order = [
    desc(sql`coalesce(${articles.publishedOn}, (select min(f.made_on) from ${forecasts} f where f.article_id = "articles"."id"))`),
    asc(articles.id),
  ];
  if (!limit) return q.orderBy(...order).all();
  // The newest few are picked by id first, so the counts and authors above are worked out for
  // those rows only, not for every article before the sort (the dashboard: 20 ms -> 2 ms at 20k
  // articles). Articles with a date on the page come from its index, newest first; the few
  // without one are dated by their earliest forecast (a scan of all articles took 12 ms at 32k).
  const newest = sql`(select id from (
      select * from (select a.id, a.published_on as d from ${articles} a where a.published_on is not null order by a.published_on desc, a.id limit ${limit + offset})
      union all
      select a.id, (select min(f.made_on) from ${forecasts} f where f.article_id = a.id) as d from ${articles} a where a.published_on is null
    ) order by d desc, id limit ${limit} offset ${offset})`;
  return q
    .where(sql`${articles.id} in ${newest}`)
    .orderBy(...order)
    .all();
}

export function getPersonBySlug(db: DB, slug: string) {
  const person = db.select().from(people).where(eq(people.slug, slug)).get();
  if (!person) return null;
  const made = db.select({ n: sql<number>`count(*)` }).from(forecasts).where(eq(forecasts.forecasterId, person.id)).get()?.n ?? 0;
  const publishedFromOthers =
    db
      .select({ n: sql<number>`count(*)` })
      .from(forecasts)
      .innerJoin(articleAuthors, eq(articleAuthors.articleId, forecasts.articleId))
      .where(and(eq(articleAuthors.personId, person.id), ne(forecasts.forecasterId, person.id)))
      .get()?.n ?? 0;
  const authored = db
    .select({ slug: articles.slug, title: articles.title, publishedOn: articles.publishedOn })
    .from(articleAuthors)
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(eq(articleAuthors.personId, person.id))
    .all();
  return { person, made, publishedFromOthers, authored };
}

export function listPeople(db: DB, window?: ListWindow) {
  const q = db
    .select({
      slug: people.slug,
      name: people.name,
      kind: people.kind,
      made: sql<number>`(select count(*) from ${forecasts} f where f.forecaster_id = "people"."id")`,
      resolved: sql<number>`(select count(*) from ${forecasts} f where f.forecaster_id = "people"."id" and f.current_outcome_id is not null)`,
      articles: sql<number>`(select count(*) from ${articleAuthors} aa where aa.person_id = "people"."id")`,
    })
    .from(people)
    .orderBy(asc(people.name), asc(people.id));
  return (window ? q.limit(window.limit).offset(window.offset) : q).all();
}

export function getOutletBySlug(db: DB, slug: string) {
  const outlet = db.select().from(outlets).where(eq(outlets.slug, slug)).get();
  if (!outlet) return null;
  // With the outlet each article's forecasts count for instead, when it republished someone else's (docs/scoring.md 2.11).
  const published = db
    .select({
      slug: articles.slug,
      title: articles.title,
      publishedOn: articles.publishedOn,
      firstPublishedOn: articles.firstPublishedOn,
      forecasts: sql<number>`(select count(*) from ${forecasts} f where f.article_id = "articles"."id")`,
      originalSlug: sql<string | null>`(select o.slug from ${outlets} o where o.id = "articles"."original_outlet_id" and o.id <> ${outlet.id})`,
      originalName: sql<string | null>`(select o.name from ${outlets} o where o.id = "articles"."original_outlet_id" and o.id <> ${outlet.id})`,
    })
    .from(articles)
    .where(eq(articles.outletId, outlet.id))
    .all();
  const original = db
    .select({ slug: articles.slug, title: articles.title, publishedOn: articles.publishedOn, firstPublishedOn: articles.firstPublishedOn })
    .from(articles)
    .where(eq(articles.originalOutletId, outlet.id))
    .all();
  return { outlet, published, original };
}

const outletArticles = sql`(select a.id from articles a where a.outlet_id = "outlets"."id" union select a.id from articles a where a.original_outlet_id = "outlets"."id")`;

export function listOutlets(db: DB, window?: ListWindow) {
  const q = db
    .select({
      slug: outlets.slug,
      name: outlets.name,
      site: outlets.site,
      language: outlets.language,
      // Its own articles and those it is the original outlet of, each half on its index (an "or" scanned every article per outlet).
      articles: sql<number>`(select count(*) from ${outletArticles} as oa)`,
      forecasts: sql<number>`(select count(*) from ${forecasts} f where f.article_id in ${outletArticles})`,
    })
    .from(outlets)
    .orderBy(asc(outlets.name), asc(outlets.id));
  return (window ? q.limit(window.limit).offset(window.offset) : q).all();
}

/** The sources the forecast list filters by: forecasters, authors (of articles) and outlets. */
export const SOURCE_KINDS = ["forecaster", "author", "outlet"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One source a list filter can name, with the kept count it is ordered by (kept_totals: no counting per request). */
export type SourceName = {
  slug: string;
  name: string;
  forecasts: number;
};

/** The kept scope whose total orders each kind (docs/scoring.md 6.1): made / of others published / counted for the outlet. */
const KEPT_SCOPE: Record<SourceKind, string> = { forecaster: "forecaster", author: "published-by", outlet: "outlet" };

/**
 * Every source of one kind the forecast list can filter by (forecasters: people with forecasts;
 * authors: people with articles; every outlet), most forecasts first, then by name. The count is
 * the kept total of its scope (db/queries/kept-sums.ts; 0 before the sums are built), read with
 * the name: one index probe per source, nothing counted. The names are matched by
 * lib/forecasts/source-match.ts (folded as the search folds).
 */
export function listSourceNames(db: DB, kind: SourceKind): SourceName[] {
  const kept = sql`left join kept_totals kt on kt.scope_kind = ${KEPT_SCOPE[kind]} and kt.scope_id = s.id`;
  const order = sql`order by forecasts desc, s.name, s.id`;
  if (kind === "outlet") return db.all<SourceName>(sql`select s.slug, s.name, coalesce(kt.total, 0) as forecasts from ${outlets} s ${kept} ${order}`);
  const has =
    kind === "forecaster"
      ? sql`exists (select 1 from ${forecasts} f where f.forecaster_id = s.id)`
      : sql`exists (select 1 from ${articleAuthors} aa where aa.person_id = s.id)`;
  return db.all<SourceName>(sql`select s.slug, s.name, coalesce(kt.total, 0) as forecasts from ${people} s ${kept} where ${has} ${order}`);
}

/** Every person's and institution's name and kind: what the extraction assistant matches speakers against. */
export function listPersonNames(db: DB) {
  return db.select({ name: people.name, kind: people.kind }).from(people).all();
}
