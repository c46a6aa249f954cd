/**
 * Outlets, people and institutions, and articles on PostgreSQL: the twin of db/queries/sources.ts.
 * Where SQLite's query names no order, this one names the order SQLite's plan gives (the primary
 * key or rowid order of the table it walks), names sort in code-point order (SQLite's BINARY
 * collation) whatever the database's locale, and descending dates put a missing one last as
 * SQLite does; test/pg/forecasts.test.ts compares both engines' answers for one ledger.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ListWindow, SourceKind, SourceName } from "../../queries/sources";
import type { PgTx } from "../client";
import { articleAuthors, articles, forecasts, outlets, people } from "../schema";

const originalOutlet = alias(outlets, "original_outlet");
const byName = (column: unknown) => sql`${column} collate "C"`;

export async function getArticleBySlugPg(db: PgTx, slug: string) {
  const [article] = await db
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
    .where(eq(articles.slug, slug));
  if (!article) return null;
  const authors = await db
    .select({ name: people.name, slug: people.slug, role: articleAuthors.role })
    .from(articleAuthors)
    .innerJoin(people, eq(people.id, articleAuthors.personId))
    .where(eq(articleAuthors.articleId, article.a.id))
    .orderBy(asc(articleAuthors.position), asc(articleAuthors.personId));
  return { ...article, authors };
}

/** Latest first by the date a text first appeared (or the page date). */
/** db/queries/sources.ts countListed. */
export async function countListedPg(db: PgTx) {
  const { rows } = await db.execute<{ articles: number; people: number; outlets: number }>(
    sql`select (select count(*)::int from ${articles}) as articles, (select count(*)::int from ${people}) as people, (select count(*)::int from ${outlets}) as outlets`,
  );
  return rows[0]!;
}

export async function listArticlesPg(db: PgTx, limit?: number, offset = 0) {
  const q = db
    .select({
      slug: articles.slug,
      title: articles.title,
      language: articles.language,
      publishedOn: articles.publishedOn,
      firstPublishedOn: articles.firstPublishedOn,
      outletName: outlets.name,
      outletSlug: outlets.slug,
      forecasts: sql<number>`(select count(*)::int from ${forecasts} f where f.article_id = "articles"."id")`,
      firstMadeOn: sql<string>`(select min(f.made_on)::text from ${forecasts} f where f.article_id = "articles"."id")`,
      authors: sql<
        string | null
      >`(select string_agg(p.name, ', ' order by aa.person_id) from ${articleAuthors} aa join ${people} p on p.id = aa.person_id where aa.article_id = "articles"."id")`,
    })
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId));
  const order = [
    sql`coalesce(${articles.publishedOn}, (select min(f.made_on) from ${forecasts} f where f.article_id = "articles"."id")) desc nulls last`,
    asc(articles.id),
  ];
  if (!limit) return await q.orderBy(...order);
  // As on SQLite: the newest few picked by id first, so the counts and authors above are worked
  // out for those rows only (the dashboard at 20k articles: 340 ms -> a few ms), those with a date
  // on the page from its index, the few without one dated by their earliest forecast.
  const newest = sql`(select id from (
      (select a.id, a.published_on as d from ${articles} a where a.published_on is not null order by a.published_on desc, a.id limit ${limit + offset})
      union all
      select a.id, (select min(f.made_on) from ${forecasts} f where f.article_id = a.id) as d from ${articles} a where a.published_on is null
    ) n order by d desc nulls last, id limit ${limit} offset ${offset})`;
  return await q.where(sql`${articles.id} in ${newest}`).orderBy(...order);
}

export async function getPersonBySlugPg(db: PgTx, slug: string) {
  const [person] = await db.select().from(people).where(eq(people.slug, slug));
  if (!person) return null;
  const [made] = await db.select({ n: sql<number>`count(*)::int` }).from(forecasts).where(eq(forecasts.forecasterId, person.id));
  const [fromOthers] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(forecasts)
    .innerJoin(articleAuthors, eq(articleAuthors.articleId, forecasts.articleId))
    .where(and(eq(articleAuthors.personId, person.id), ne(forecasts.forecasterId, person.id)));
  const authored = await db
    .select({ slug: articles.slug, title: articles.title, publishedOn: articles.publishedOn })
    .from(articleAuthors)
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(eq(articleAuthors.personId, person.id))
    .orderBy(asc(articleAuthors.articleId));
  return { person, made: made?.n ?? 0, publishedFromOthers: fromOthers?.n ?? 0, authored };
}

export async function listPeoplePg(db: PgTx, window?: ListWindow) {
  const q = db
    .select({
      slug: people.slug,
      name: people.name,
      kind: people.kind,
      made: sql<number>`(select count(*)::int from ${forecasts} f where f.forecaster_id = "people"."id")`,
      resolved: sql<number>`(select count(*)::int from ${forecasts} f where f.forecaster_id = "people"."id" and f.current_outcome_id is not null)`,
      articles: sql<number>`(select count(*)::int from ${articleAuthors} aa where aa.person_id = "people"."id")`,
    })
    .from(people)
    .orderBy(byName(people.name), asc(people.id));
  return window ? await q.limit(window.limit).offset(window.offset) : await q;
}

export async function getOutletBySlugPg(db: PgTx, slug: string) {
  const [outlet] = await db.select().from(outlets).where(eq(outlets.slug, slug));
  if (!outlet) return null;
  const published = await db
    .select({
      slug: articles.slug,
      title: articles.title,
      publishedOn: articles.publishedOn,
      firstPublishedOn: articles.firstPublishedOn,
      forecasts: sql<number>`(select count(*)::int from ${forecasts} f where f.article_id = "articles"."id")`,
      originalSlug: sql<string | null>`(select o.slug from ${outlets} o where o.id = "articles"."original_outlet_id" and o.id <> ${outlet.id})`,
      originalName: sql<string | null>`(select o.name from ${outlets} o where o.id = "articles"."original_outlet_id" and o.id <> ${outlet.id})`,
    })
    .from(articles)
    .where(eq(articles.outletId, outlet.id))
    .orderBy(asc(articles.id));
  const original = await db
    .select({ slug: articles.slug, title: articles.title, publishedOn: articles.publishedOn, firstPublishedOn: articles.firstPublishedOn })
    .from(articles)
    .where(eq(articles.originalOutletId, outlet.id))
    .orderBy(asc(articles.id));
  return { outlet, published, original };
}

const outletArticles = sql`(select a.id from articles a where a.outlet_id = "outlets"."id" union select a.id from articles a where a.original_outlet_id = "outlets"."id")`;

export async function listOutletsPg(db: PgTx, window?: ListWindow) {
  const q = db
    .select({
      slug: outlets.slug,
      name: outlets.name,
      site: outlets.site,
      language: outlets.language,
      // Its own articles and those it is the original outlet of, each half on its index (an "or" scanned every article per outlet).
      articles: sql<number>`(select count(*)::int from ${outletArticles} as oa)`,
      forecasts: sql<number>`(select count(*)::int from ${forecasts} f where f.article_id in ${outletArticles})`,
    })
    .from(outlets)
    .orderBy(byName(outlets.name), asc(outlets.id));
  return window ? await q.limit(window.limit).offset(window.offset) : await q;
}

const KEPT_SCOPE: Record<SourceKind, string> = { forecaster: "forecaster", author: "published-by", outlet: "outlet" };

/** db/queries/sources.ts listSourceNames: one kind's sources, most forecasts (kept totals) first, then by name. */
export async function listSourceNamesPg(db: PgTx, kind: SourceKind): Promise<SourceName[]> {
  const kept = sql`left join kept_totals kt on kt.scope_kind = ${KEPT_SCOPE[kind]} and kt.scope_id = s.id`;
  const cols = sql`s.slug, s.name, coalesce(kt.total, 0)::int as forecasts`;
  const order = sql`order by forecasts desc, s.name collate "C", s.id`;
  if (kind === "outlet") return (await db.execute<SourceName>(sql`select ${cols} from ${outlets} s ${kept} ${order}`)).rows;
  const has =
    kind === "forecaster"
      ? sql`exists (select 1 from ${forecasts} f where f.forecaster_id = s.id)`
      : sql`exists (select 1 from ${articleAuthors} aa where aa.person_id = s.id)`;
  return (await db.execute<SourceName>(sql`select ${cols} from ${people} s ${kept} where ${has} ${order}`)).rows;
}

/** Every person's and institution's name and kind (what the extraction assistant matches speakers against). */
export async function listPersonNamesPg(db: PgTx) {
  return db.select({ name: people.name, kind: people.kind }).from(people).orderBy(asc(people.id));
}
