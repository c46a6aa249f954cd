/**
 * The bulk import's look-ups and batched writes on PostgreSQL (lib/import/plan-facts-pg.ts,
 * write-import-pg.ts): the twins of db/queries/intake.ts's set look-ups for the import and of
 * db/queries/import-writes.ts's rows, as multi-row inserts. Call inside the import's transaction.
 */
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Language } from "@/lib/vocabulary";
import { titleQuoteKey } from "../../queries/intake";
import type { Evidence } from "../../schema";
import type { PgTx } from "../client";
import { articleAuthors, articles, auditLog, forecasts, forecastTopics, outcomes, outlets, people, users } from "../schema";
import { insertByColumns } from "./unnest-insert";

const CHUNK = 1000;
/**
 * Rows per multi-row INSERT: at most about 4,000 parameters a statement. drizzle builds a
 * statement's SQL on the server's thread at ~10 us a parameter, and the import runs in the
 * server's process on PostgreSQL: 1,000 forecasts of ~30 columns held the thread ~300 ms per
 * statement, and /api/health waited behind it (p99 ~400 ms during a 10,000-row import).
 */
const rowsPerInsert = (columns: number) => Math.max(1, Math.floor(4000 / columns));

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Stored forecasts by (article title, quote) for these titles: the first (lowest id) of each, with its event. */
export async function forecastsByTitleAndQuotePg(db: PgTx, titles: string[]): Promise<Map<string, { id: number; eventId: number | null }>> {
  const out = new Map<string, { id: number; eventId: number | null }>();
  for (const chunk of chunks([...new Set(titles)])) {
    const rows = await db
      .select({ title: articles.title, quote: forecasts.quote, id: forecasts.id, eventId: forecasts.eventId })
      .from(forecasts)
      .innerJoin(articles, eq(articles.id, forecasts.articleId))
      .where(inArray(articles.title, chunk))
      .orderBy(asc(forecasts.id));
    for (const r of rows) {
      const key = titleQuoteKey(r.title, r.quote);
      if (!out.has(key)) out.set(key, { id: r.id, eventId: r.eventId });
    }
  }
  return out;
}

export interface StoredArticleRow {
  id: number;
  slug: string;
  title: string;
  body: string;
  url: string | null;
  publishedOn: string | null;
  firstPublishedOn: string | null;
  language: Language;
  outlet: string | null;
  originalOutlet: string | null;
  authors: string[];
}

/** Stored articles with exactly these titles (oldest first), with their outlet names and authors in order. */
export async function findArticlesByTitlesPg(db: PgTx, titles: string[]): Promise<Map<string, StoredArticleRow[]>> {
  const out = new Map<string, StoredArticleRow[]>();
  for (const chunk of chunks([...new Set(titles)])) {
    const rows = await db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        body: articles.body,
        url: articles.url,
        publishedOn: articles.publishedOn,
        firstPublishedOn: articles.firstPublishedOn,
        language: articles.language,
        outlet: sql<string | null>`(select o.name from ${outlets} o where o.id = ${articles.outletId})`,
        originalOutlet: sql<string | null>`(select o.name from ${outlets} o where o.id = ${articles.originalOutletId})`,
        authors: sql<string[]>`coalesce((select array_agg(p.name order by aa.position) from ${articleAuthors} aa
          join ${people} p on p.id = aa.person_id where aa.article_id = ${articles.id}), '{}')`,
      })
      .from(articles)
      .where(inArray(articles.title, chunk))
      .orderBy(asc(articles.id));
    for (const r of rows) {
      const list = out.get(r.title) ?? [];
      list.push({ ...r, language: r.language as Language });
      out.set(r.title, list);
    }
  }
  return out;
}

/**
 * The stored keys that are one of these prefixes followed by a number (the keys the import could
 * collide with), in one pass over the table: a range per prefix, as on SQLite, depends on the
 * collation here.
 */
export async function forecastKeysStartingWithAnyPg(db: PgTx, prefixes: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (prefixes.length === 0) return out;
  const { rows } = await db.execute<{ key: string }>(
    sql`select key from ${forecasts} where regexp_replace(key, '[0-9]+$', '') = any(${sql.param([...new Set(prefixes)])}::text[])`,
  );
  for (const r of rows) out.add(r.key);
  return out;
}

/** New articles in multi-row inserts, then their authors in their order; the articles' ids in the order given. */
export async function insertArticlesPg(tx: PgTx, rows: { columns: typeof articles.$inferInsert; authors: number[] }[]): Promise<number[]> {
  const ids: number[] = [];
  for (const chunk of chunks(rows, rowsPerInsert(16))) {
    const got = await tx
      .insert(articles)
      .values(chunk.map((r) => r.columns))
      .returning({ id: articles.id, slug: articles.slug });
    const bySlug = new Map(got.map((g) => [g.slug, g.id]));
    for (const r of chunk) ids.push(bySlug.get(r.columns.slug)!);
  }
  const authors = rows.flatMap((r, i) => r.authors.map((personId, position) => ({ articleId: ids[i]!, personId, role: "author" as const, position })));
  for (const chunk of chunks(authors, 5000)) await insertByColumns(tx, articleAuthors, chunk, []);
  return ids;
}

type ForecastInsert = typeof forecasts.$inferInsert;

/** Forecasts in one insert of column arrays per chunk (unnest-insert.ts); their ids in the order given. */
export async function insertForecastsPg(tx: PgTx, rows: ForecastInsert[]): Promise<number[]> {
  const ids: number[] = [];
  for (const chunk of chunks(rows, 2000)) {
    const got = (await insertByColumns(tx, forecasts, chunk, ["id", "key"])) as { id: number; key: string }[];
    // Match on the unique key rather than rely on the order RETURNING gives.
    const byKey = new Map(got.map((g) => [g.key, Number(g.id)]));
    for (const r of chunk) ids.push(byKey.get(r.key)!);
  }
  return ids;
}

export async function insertForecastTopicsPg(tx: PgTx, rows: { forecastId: number; topicId: number }[]) {
  for (const chunk of chunks(rows, rowsPerInsert(2))) await tx.insert(forecastTopics).values(chunk).onConflictDoNothing();
}

export async function insertAuditRowsPg(
  tx: PgTx,
  rows: { userId: string | null; action: string; entityType: string; entityId: string; detail: Record<string, unknown> }[],
) {
  for (const chunk of chunks(rows, 5000)) await insertByColumns(tx, auditLog, chunk, []);
}

export interface FirstOutcome {
  forecastId: number;
  outcome: { status: (typeof outcomes.$inferInsert)["status"]; occurredOn: string | null; evidence: Evidence[]; note: string | null };
  detail: Record<string, unknown>;
}

/**
 * The first outcome record of forecasts just inserted (version 2, superseding nothing), as
 * appendOutcomePg writes one: the records, each forecast's pointer and version, and (returned for
 * the caller to insert with its others) the audit rows.
 */
export async function insertFirstOutcomesPg(tx: PgTx, rows: FirstOutcome[], recordedBy: string) {
  if (rows.length === 0) return [];
  const recorder = (await tx.select({ name: users.name }).from(users).where(eq(users.id, recordedBy)))[0];
  if (!recorder) throw new Error(`account ${recordedBy} does not exist`);
  const version = 2;
  const audits: { userId: string; action: string; entityType: string; entityId: string; detail: Record<string, unknown> }[] = [];
  for (const chunk of chunks(rows, rowsPerInsert(12))) {
    const got = await tx
      .insert(outcomes)
      .values(
        chunk.map((r) => ({
          forecastId: r.forecastId,
          status: r.outcome.status,
          occurredOn: r.outcome.occurredOn,
          evidence: r.outcome.evidence,
          note: r.outcome.note,
          reason: null,
          supersedesId: null,
          retraction: false,
          version,
          recordedBy,
          recordedByName: recorder.name,
        })),
      )
      .returning({ id: outcomes.id, forecastId: outcomes.forecastId });
    const idOf = new Map(got.map((g) => [g.forecastId, g.id]));
    await tx.execute(sql`update ${forecasts} f set current_outcome_id = o.id, outcome_status = o.status, outcome_occurred_on = o.occurred_on,
      version = ${version}, updated_at = now() from ${outcomes} o where o.id = any(${sql.param(got.map((g) => g.id))}::int[]) and f.id = o.forecast_id`);
    for (const r of chunk)
      audits.push({
        userId: recordedBy,
        action: "outcome.record",
        entityType: "forecast",
        entityId: String(r.forecastId),
        detail: {
          outcomeId: idOf.get(r.forecastId)!,
          status: r.outcome.status,
          occurredOn: r.outcome.occurredOn,
          evidence: r.outcome.evidence.length,
          supersedesId: null,
          reason: null,
          version,
          ...r.detail,
        },
      });
  }
  return audits;
}

/** The account `npm run import --as EMAIL` attributes the writes to (db/queries/users.ts getUserByEmail). */
export async function getUserByEmailPg(db: PgTx, email: string) {
  return (
    (await db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.email, email.toLowerCase())))[0] ??
    null
  );
}
