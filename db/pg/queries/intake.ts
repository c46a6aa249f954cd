/**
 * Adding sources on PostgreSQL: the twins of db/queries/intake.ts's look-ups and inserts (the
 * intake form's find-or-create of outlets, people, topics and events, the article with its
 * authors, the forecasts with their topics). The callers validate before they write.
 */
import { and, asc, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import type { Language } from "@/lib/vocabulary";
import type { NewArticle } from "../../queries/intake";
import type { NewForecast } from "../../schema";
import type { PgTx } from "../client";
import { articleAuthors, articles, events, forecasts, forecastTopics, outlets, people, topics } from "../schema";

const TABLES = { people, outlets, topics, events, articles };
type SlugTable = keyof typeof TABLES;

/** Which of these slugs exist in the table. */
export async function existingSlugsPg(db: PgTx, table: SlugTable, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const t = TABLES[table];
  return new Set(
    (
      await db
        .select({ slug: t.slug })
        .from(t)
        .where(inArray(t.slug, [...new Set(slugs)]))
    ).map((r) => r.slug),
  );
}

/** Every slug in the table that starts with `base`. */
export async function slugsStartingWithPg(db: PgTx, table: SlugTable, base: string): Promise<Set<string>> {
  const t = TABLES[table];
  return new Set(
    (
      await db
        .select({ slug: t.slug })
        .from(t)
        .where(like(t.slug, `${base}%`))
    ).map((r) => r.slug),
  );
}

export async function findPersonBySlugPg(db: PgTx, slug: string) {
  return (await db.select({ id: people.id, kind: people.kind }).from(people).where(eq(people.slug, slug)))[0] ?? null;
}

/**
 * SQLite's lower() folds ASCII letters only (without ICU); PostgreSQL's folds every letter. The same
 * ASCII-only folding here makes both engines take the same names for the same record.
 */
const asciiLower = (v: SQL | string) => sql`translate(${v}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;

/** People of this name ignoring (ASCII) case, oldest first. */
export async function findPeopleByNamePg(db: PgTx, name: string) {
  return db
    .select({ id: people.id, kind: people.kind })
    .from(people)
    .where(sql`${asciiLower(sql`${people.name}`)} = ${asciiLower(name)}`)
    .orderBy(asc(people.id));
}

/**
 * The slugs in the table that are one of these bases or a base with a number appended ("base-2",
 * "base-3": the only slugs uniqueSlug asks about), in one pass (the bulk import's preload). Both
 * comparisons are equalities against the whole list (hashed by PostgreSQL), so the table is read
 * once whatever the number of bases: `slug LIKE ANY (base || '%')` tried every base on every row,
 * 0.7 s for 1,000 new articles against 30,000 stored, with the ledger's write lock held.
 */
export async function takenSlugsOfBasesPg(db: PgTx, table: SlugTable, bases: string[]): Promise<Set<string>> {
  if (bases.length === 0) return new Set();
  const t = TABLES[table];
  const list = sql.param([...new Set(bases)]);
  const { rows } = await db.execute<{ slug: string }>(
    sql`select ${t.slug} as slug from ${t} where ${t.slug} = any(${list}::text[]) or regexp_replace(${t.slug}, '-[0-9]+$', '') = any(${list}::text[])`,
  );
  return new Set(rows.map((r) => r.slug));
}

/** The people or outlets named any of these names ignoring (ASCII) case, oldest first (the bulk import's preload; db/queries/intake.ts findByNames). */
export async function findByNamesPg(db: PgTx, table: "people" | "outlets", names: string[]): Promise<{ id: number; name: string; kind: string | null }[]> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return [];
  const t = table === "people" ? people : outlets;
  const kind = table === "people" ? sql`${people.kind}` : sql`null`;
  const { rows } = await db.execute<{ id: number; name: string; kind: string | null }>(
    sql`select ${t.id} as id, ${t.name} as name, ${kind} as kind from ${t}
      where ${asciiLower(sql`${t.name}`)} in (select ${asciiLower(sql`x`)} from unnest(${sql.param(unique)}::text[]) x) order by ${t.id}`,
  );
  return rows;
}

export async function findOutletBySlugPg(db: PgTx, slug: string) {
  return (await db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)))[0] ?? null;
}

export async function findOutletsByNamePg(db: PgTx, name: string) {
  return db
    .select({ id: outlets.id })
    .from(outlets)
    .where(sql`${asciiLower(sql`${outlets.name}`)} = ${asciiLower(name)}`)
    .orderBy(asc(outlets.id));
}

export async function findTopicBySlugPg(db: PgTx, slug: string) {
  return (await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug)))[0] ?? null;
}

export async function findEventBySlugPg(db: PgTx, slug: string) {
  return (await db.select({ id: events.id }).from(events).where(eq(events.slug, slug)))[0] ?? null;
}

export async function insertPersonPg(tx: PgTx, p: { slug: string; name: string; kind: "person" | "institution" }) {
  return (await tx.insert(people).values({ slug: p.slug, name: p.name, kind: p.kind, description: null }).returning({ id: people.id }))[0]!;
}

export async function insertOutletPg(tx: PgTx, o: { slug: string; name: string; site?: string | null; language?: Language | null }) {
  return (
    await tx
      .insert(outlets)
      .values({ slug: o.slug, name: o.name, site: o.site ?? null, language: o.language ?? null, description: null })
      .returning({ id: outlets.id })
  )[0]!;
}

export async function insertTopicPg(tx: PgTx, t: { slug: string; name: string }) {
  return (await tx.insert(topics).values(t).returning({ id: topics.id }))[0]!;
}

export async function insertEventPg(tx: PgTx, e: { slug: string; title: string; description: string | null }) {
  return (await tx.insert(events).values(e).returning({ id: events.id }))[0]!;
}

/** The article and its authors in their order. */
export async function insertArticlePg(tx: PgTx, a: NewArticle, authors: { personId: number; role: "author" | "translator" }[]) {
  const row = (await tx.insert(articles).values(a).returning({ id: articles.id, slug: articles.slug }))[0]!;
  for (const [position, au] of authors.entries()) await tx.insert(articleAuthors).values({ articleId: row.id, personId: au.personId, role: au.role, position });
  return row;
}

/** One forecast and its topics; the caller writes the audit row. */
export async function insertForecastPg(tx: PgTx, f: Omit<NewForecast, "id" | "version" | "currentOutcomeId" | "createdAt" | "updatedAt">, topicIds: number[]) {
  const row = (await tx.insert(forecasts).values(f).returning({ id: forecasts.id, key: forecasts.key }))[0]!;
  for (const topicId of new Set(topicIds)) await tx.insert(forecastTopics).values({ forecastId: row.id, topicId });
  return row;
}

export async function forecastKeysStartingWithPg(db: PgTx, prefix: string): Promise<Set<string>> {
  return new Set(
    (
      await db
        .select({ key: forecasts.key })
        .from(forecasts)
        .where(like(forecasts.key, `${prefix}%`))
    ).map((r) => r.key),
  );
}

export async function findArticleByTitleAndBodyPg(db: PgTx, title: string, body: string) {
  return (
    (
      await db
        .select({ id: articles.id, slug: articles.slug })
        .from(articles)
        .where(and(eq(articles.title, title), eq(articles.body, body)))
    )[0] ?? null
  );
}
