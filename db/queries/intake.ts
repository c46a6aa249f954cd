/**
 * Writes and look-ups for adding sources (the intake form and the bulk import): find-or-create
 * outlets, people, topics and events by slug or name, insert articles and forecasts. Every
 * writer takes the caller's transaction first; the callers validate before they write.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Language } from "@/lib/vocabulary";
import { articleAuthors, articles, events, forecasts, forecastTopics, type NewForecast, outlets, people, topics } from "../schema";
import type { Tx } from "../tx";

/** Existing people, outlets, topics and events, for the intake form's choices. */
export function listIntakeChoices(db: Tx) {
  return {
    people: db.select({ slug: people.slug, name: people.name, kind: people.kind }).from(people).orderBy(asc(people.name)).all(),
    outlets: db.select({ slug: outlets.slug, name: outlets.name }).from(outlets).orderBy(asc(outlets.name)).all(),
    topics: db.select({ slug: topics.slug, name: topics.name }).from(topics).orderBy(asc(topics.name)).all(),
    events: db.select({ slug: events.slug, title: events.title }).from(events).orderBy(asc(events.title)).all(),
  };
}
export type IntakeChoices = ReturnType<typeof listIntakeChoices>;

/** Which of these slugs exist in a table with a unique slug column. */
function existingSlugs(db: Tx, table: typeof people | typeof outlets | typeof topics | typeof events | typeof articles, slugs: string[]): Set<string> {
  if (slugs.length === 0) return new Set();
  return new Set(
    db
      .select({ slug: table.slug })
      .from(table)
      .where(inArray(table.slug, [...new Set(slugs)]))
      .all()
      .map((r) => r.slug),
  );
}

export const existingPeople = (db: Tx, slugs: string[]) => existingSlugs(db, people, slugs);
export const existingOutlets = (db: Tx, slugs: string[]) => existingSlugs(db, outlets, slugs);
export const existingEvents = (db: Tx, slugs: string[]) => existingSlugs(db, events, slugs);

type SlugTable = "people" | "outlets" | "topics" | "events" | "articles";

/** Every slug in the table that starts with one of the bases (to pick the next free "base-2", "base-3"), each base as a range of the unique index. */
export function slugsStartingWithAny(db: Tx, table: SlugTable, bases: string[]): Set<string> {
  const out = new Set<string>();
  const unique = [...new Set(bases)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = JSON.stringify(unique.slice(i, i + 500));
    for (const r of db.all<{ slug: string }>(
      sql`select t.slug from json_each(${chunk}) j join ${sql.identifier(table)} t on t.slug >= j.value and t.slug < j.value || char(1114111)`,
    ))
      out.add(r.slug);
  }
  return out;
}

/** Every slug in the table that starts with `base` (to pick the next free "base-2", "base-3"). */
export function slugsStartingWith(db: Tx, table: SlugTable, base: string): Set<string> {
  return slugsStartingWithAny(db, table, [base]);
}

export function findPersonBySlug(db: Tx, slug: string) {
  return db.select({ id: people.id, slug: people.slug, name: people.name, kind: people.kind }).from(people).where(eq(people.slug, slug)).get() ?? null;
}

/** People whose name is this one, ignoring case (names are not unique, so all of them). */
export function findPeopleByName(db: Tx, name: string) {
  return db
    .select({ id: people.id, slug: people.slug, name: people.name, kind: people.kind })
    .from(people)
    .where(sql`lower(${people.name}) = lower(${name})`)
    .orderBy(asc(people.id))
    .all();
}

export function findOutletBySlug(db: Tx, slug: string) {
  return db.select({ id: outlets.id, slug: outlets.slug, name: outlets.name }).from(outlets).where(eq(outlets.slug, slug)).get() ?? null;
}

export function findOutletsByName(db: Tx, name: string) {
  return db
    .select({ id: outlets.id, slug: outlets.slug, name: outlets.name })
    .from(outlets)
    .where(sql`lower(${outlets.name}) = lower(${name})`)
    .orderBy(asc(outlets.id))
    .all();
}

export function findTopicBySlug(db: Tx, slug: string) {
  return db.select({ id: topics.id, slug: topics.slug, name: topics.name }).from(topics).where(eq(topics.slug, slug)).get() ?? null;
}

export function findEventBySlug(db: Tx, slug: string) {
  return db.select({ id: events.id, slug: events.slug, title: events.title }).from(events).where(eq(events.slug, slug)).get() ?? null;
}

export function insertPerson(tx: Tx, p: { slug: string; name: string; kind: "person" | "institution"; description?: string | null }) {
  return tx
    .insert(people)
    .values({ slug: p.slug, name: p.name, kind: p.kind, description: p.description ?? null })
    .returning({ id: people.id, slug: people.slug })
    .get();
}

export function insertOutlet(tx: Tx, o: { slug: string; name: string; site?: string | null; language?: Language | null }) {
  return tx
    .insert(outlets)
    .values({ slug: o.slug, name: o.name, site: o.site ?? null, language: o.language ?? null, description: null })
    .returning({ id: outlets.id, slug: outlets.slug })
    .get();
}

export function insertTopic(tx: Tx, t: { slug: string; name: string }) {
  return tx.insert(topics).values(t).returning({ id: topics.id, slug: topics.slug }).get();
}

export function insertEvent(tx: Tx, e: { slug: string; title: string; description?: string | null }) {
  return tx
    .insert(events)
    .values({ slug: e.slug, title: e.title, description: e.description ?? null })
    .returning({ id: events.id, slug: events.slug })
    .get();
}

export interface NewArticle {
  slug: string;
  title: string;
  outletId: number | null;
  originalOutletId: number | null;
  language: Language;
  url: string | null;
  publishedOn: string | null;
  firstPublishedOn: string | null;
  provenanceNote: string | null;
  body: string;
  sourceFile: string | null;
}

/** Inserts the article and its authors in their order. */
export function insertArticle(tx: Tx, a: NewArticle, authors: { personId: number; role: "author" | "translator" }[]) {
  const row = tx.insert(articles).values(a).returning({ id: articles.id, slug: articles.slug }).get();
  for (const [position, au] of authors.entries()) tx.insert(articleAuthors).values({ articleId: row.id, personId: au.personId, role: au.role, position }).run();
  return row;
}

/** Inserts one forecast and its topics; the caller writes the audit row. */
export function insertForecast(tx: Tx, f: Omit<NewForecast, "id" | "version" | "currentOutcomeId" | "createdAt" | "updatedAt">, topicIds: number[]) {
  const row = tx.insert(forecasts).values(f).returning({ id: forecasts.id, key: forecasts.key }).get();
  for (const topicId of new Set(topicIds)) tx.insert(forecastTopics).values({ forecastId: row.id, topicId }).run();
  return row;
}

/** Forecast keys that start with a prefix ("intake-<article>-"), to number new ones after them. */
export function forecastKeysStartingWith(db: Tx, prefix: string): Set<string> {
  return forecastKeysStartingWithAny(db, [prefix]);
}

/** Forecast keys that start with any of the prefixes (the import numbers every article's at once). */
export function forecastKeysStartingWithAny(db: Tx, prefixes: string[]): Set<string> {
  const out = new Set<string>();
  const unique = [...new Set(prefixes)];
  for (let i = 0; i < unique.length; i += 500) {
    // Each prefix as an index range (prefix up to prefix + the highest code point): LIKE 'x%' would scan the table.
    const chunk = JSON.stringify(unique.slice(i, i + 500));
    for (const r of db.all<{ key: string }>(
      sql`select f.key from json_each(${chunk}) j join forecasts f on f.key >= j.value and f.key < j.value || char(1114111)`,
    ))
      out.add(r.key);
  }
  return out;
}

/** What the import compares of a stored article. */
const COMPARED_ARTICLE = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  body: articles.body,
  url: articles.url,
  publishedOn: articles.publishedOn,
  firstPublishedOn: articles.firstPublishedOn,
  language: articles.language,
  outletId: articles.outletId,
  originalOutletId: articles.originalOutletId,
};

/** Stored articles with exactly this title, with what the import compares. */
export function findArticlesByTitle(db: Tx, title: string) {
  return db.select(COMPARED_ARTICLE).from(articles).where(eq(articles.title, title)).orderBy(asc(articles.id)).all();
}

/**
 * Stored articles with any of these titles, by title: one pass over the articles for all titles
 * (titles have no index; the set is looked up per row, a JSON array bound as one parameter).
 */
export function findArticlesByTitles(db: Tx, titles: string[]): Map<string, ReturnType<typeof findArticlesByTitle>> {
  const out = new Map<string, ReturnType<typeof findArticlesByTitle>>();
  if (!titles.length) return out;
  const rows = db
    .select(COMPARED_ARTICLE)
    .from(articles)
    .where(sql`${articles.title} in (select value from json_each(${JSON.stringify([...new Set(titles)])}))`)
    .orderBy(asc(articles.id))
    .all();
  for (const r of rows) out.set(r.title, [...(out.get(r.title) ?? []), r]);
  return out;
}

/**
 * People or outlets whose name equals one of these ignoring case as SQLite's lower() does (ASCII
 * only), by id, in one pass: the import resolves every name of a file at once.
 */
export function findByNames(db: Tx, table: "people" | "outlets", names: string[]): { id: number; slug: string; name: string; kind: string | null }[] {
  const unique = [...new Set(names)];
  if (!unique.length) return [];
  const kind = table === "people" ? sql`kind` : sql`null`;
  return db.all(
    sql`select id, slug, name, ${kind} as kind from ${sql.identifier(table)} where lower(name) in (select lower(value) from json_each(${JSON.stringify(unique)})) order by id`,
  );
}

/** An article with this title and exactly this text, if one is stored (the same article added twice). */
export function findArticleByTitleAndBody(db: Tx, title: string, body: string) {
  return (
    db
      .select({ id: articles.id, slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.title, title), eq(articles.body, body)))
      .get() ?? null
  );
}

export function outletNameById(db: Tx, id: number | null): string | null {
  if (id === null) return null;
  return db.select({ name: outlets.name }).from(outlets).where(eq(outlets.id, id)).get()?.name ?? null;
}

export function authorNamesOf(db: Tx, articleId: number): string[] {
  return db
    .select({ name: people.name })
    .from(articleAuthors)
    .innerJoin(people, eq(people.id, articleAuthors.personId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position))
    .all()
    .map((r) => r.name);
}

/** Stored forecasts by (article title, quote), for the titles given: the import's duplicate check. */
export function forecastsByTitleAndQuote(db: Tx, titles: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!titles.length) return out;
  // One pass over the articles for all titles (as findArticlesByTitles), then their forecasts by the
  // article index: CROSS JOIN keeps SQLite to that order (left to itself it scans every forecast).
  const rows = db.all<{ title: string; quote: string; id: number }>(sql`select a.title, f.quote, f.id
    from articles a cross join forecasts f on f.article_id = a.id
    where a.title in (select value from json_each(${JSON.stringify([...new Set(titles)])}))`);
  for (const r of rows) if (!out.has(titleQuoteKey(r.title, r.quote))) out.set(titleQuoteKey(r.title, r.quote), r.id);
  return out;
}

/** The identity of a forecast for duplicate detection: its article's title and its quote. */
export function titleQuoteKey(title: string, quote: string): string {
  return `${title.trim()}\u0000${quote.trim()}`;
}

/** The event a stored forecast is about (to join new forecasts of the same file event to it). */
export function eventIdOfForecast(db: Tx, forecastId: number): number | null {
  return db.select({ eventId: forecasts.eventId }).from(forecasts).where(eq(forecasts.id, forecastId)).get()?.eventId ?? null;
}
