/**
 * Forecast reads on PostgreSQL, the twin of db/queries/forecasts.ts: the list with its filters and
 * search, one forecast, the export, the dashboard and due-queue reads, every row in the public
 * ForecastDTO shape. Search (forecasts_search, db/pg/migrations/0007) matches each long word's
 * folds as substrings through the trigram index and short words by substring on those rows, as
 * SQLite's FTS5 trigram index does; its relevance order weighs the fields as SQLite's bm25 does
 * (names twice, details half) with a bonus for whole-word full-text matches (see searchRank).
 * test/pg/forecasts.test.ts and test/pg/search.test.ts hold both engines to the same results.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { today } from "@/lib/vocabulary/calendar";
import type { ForecastDTO, ForecastFilters } from "../../queries/forecasts";
import type { PgTx } from "../client";
import { articleAuthors, articles, events, forecasts, forecastTopics, outlets, people, topics } from "../schema";
import { scopeFromKey, scoredIdsSqlPg } from "./accuracy";
import { baseSelect, toDTO } from "./forecast-dto";
import { searchCondition, searchRank } from "./search-match";

/** The list filters; the search comes as each long word's folds and the short words (lib/search/query.ts SearchTerms). */
export type PgForecastFilters = Omit<ForecastFilters, "search"> & { search?: { long: string[][]; contains: string[][] } };

const Y = sql`(${forecasts.outcomeStatus} = 'yes')::int`;
/** The forecast's own Brier score when resolved yes or no, else null (db/queries/forecasts.ts brierSql). */
const brierSql = sql`case when ${forecasts.outcomeStatus} in ('yes', 'no') then (${forecasts.probability} - ${Y}) * (${forecasts.probability} - ${Y}) end`;

function sortOf(filters: Partial<PgForecastFilters>) {
  return filters.sort ?? (filters.search ? "relevance" : "deadline");
}

const isRanked = (filters: Partial<PgForecastFilters>) => sortOf(filters) === "relevance" && Boolean(filters.search);

function withRank<Q extends ReturnType<typeof baseSelect>>(query: Q, filters: Partial<PgForecastFilters>): Q {
  if (!isRanked(filters) || !filters.search) return query;
  return query.innerJoin(searchRank(filters.search), sql`hits.rid = ${forecasts.id}`) as unknown as Q;
}

function orderFor(filters: Partial<PgForecastFilters>): SQL[] {
  const sort = sortOf(filters);
  if (sort === "relevance" && filters.search) return [sql`hits.rank desc`, asc(forecasts.id)];
  if (sort === "made") return [desc(forecasts.madeOn), desc(forecasts.id)];
  // "nulls last" is SQLite's "x is null, x" in one key, so the deadline order can walk forecasts_deadline_idx.
  if (sort === "score") return [sql`${brierSql} asc nulls last`, asc(forecasts.id)];
  return [sql`${forecasts.deadline} asc nulls last`, asc(forecasts.id)];
}

/** The filters as one condition; `ranked`: the relevance join already keeps only the matches, so the search is not tested twice. */
export function whereForPg(filters: Partial<PgForecastFilters>, now = today(), ranked = false): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (filters.forecaster) conds.push(sql`${forecasts.forecasterId} = (select id from ${people} where slug = ${filters.forecaster})`);
  if (filters.notForecaster) conds.push(sql`${forecasts.forecasterId} <> (select id from ${people} where slug = ${filters.notForecaster})`);
  if (filters.article) conds.push(sql`${forecasts.articleId} = (select id from ${articles} where slug = ${filters.article})`);
  if (filters.outlet)
    conds.push(sql`${forecasts.articleId} in (select id from ${articles} where outlet_id = (select id from ${outlets} where slug = ${filters.outlet})
      union all select id from ${articles} where original_outlet_id = (select id from ${outlets} where slug = ${filters.outlet}))`);
  if (filters.author)
    conds.push(
      sql`${forecasts.articleId} in (select aa.article_id from ${articleAuthors} aa where aa.person_id = (select id from ${people} where slug = ${filters.author}))`,
    );
  if (filters.language) conds.push(eq(forecasts.language, filters.language));
  if (filters.topic)
    conds.push(
      sql`exists (select 1 from ${forecastTopics} ft join ${topics} t on t.id = ft.topic_id where ft.forecast_id = ${forecasts.id} and t.slug = ${filters.topic})`,
    );
  if (filters.event) conds.push(eq(forecasts.eventId, filters.event));
  if (filters.deadlineFrom) conds.push(gte(forecasts.deadline, filters.deadlineFrom));
  if (filters.deadlineTo) conds.push(lte(forecasts.deadline, filters.deadlineTo));
  if (filters.status === "resolved") conds.push(isNotNull(forecasts.currentOutcomeId));
  if (filters.status === "due") conds.push(and(isNull(forecasts.currentOutcomeId), lt(forecasts.deadline, now)));
  if (filters.status === "open") conds.push(and(isNull(forecasts.currentOutcomeId), or(isNull(forecasts.deadline), gte(forecasts.deadline, now))));
  if (filters.outcome === "happened") conds.push(eq(forecasts.outcomeStatus, "yes"));
  if (filters.outcome === "not-happened") conds.push(eq(forecasts.outcomeStatus, "no"));
  if (filters.outcome === "other") conds.push(sql`${forecasts.outcomeStatus} in ('ambiguous', 'annulled', 'condition_not_met')`);
  if (filters.outcome === "open") conds.push(isNull(forecasts.outcomeStatus));
  if (filters.search && !ranked) conds.push(sql`${forecasts.id} in (${searchCondition(filters.search)})`);
  if (filters.scored) {
    const accuracyFilters = {
      from: filters.madeFrom,
      to: filters.madeTo,
      language: filters.language,
      topic: filters.topic,
      lowInfo: filters.lowInfo ?? "1",
      bins: "decile",
    } as const;
    conds.push(sql`${forecasts.id} in (${scoredIdsSqlPg(scopeFromKey(filters.scored), accuracyFilters, now)})`);
  }
  return and(...conds);
}

/**
 * Runs a query that searches with sequential scans discouraged for its transaction: the planner
 * prices a LIKE on a search document (about 800 characters) like one on a short value, so it
 * scans every document instead of using the trigram index, which `npm run bench:search -- --engine
 * postgres` measured at 4 to 10 times slower for words found in a quarter of the ledger, and no
 * faster for a trigram found in every document.
 */
async function searching<T>(db: PgTx, filters: Partial<PgForecastFilters>, run: (tx: PgTx) => Promise<T>): Promise<T> {
  if (!filters.search) return run(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return run(tx);
  });
}

export async function listForecastsPg(db: PgTx, filters: PgForecastFilters) {
  return searching(db, filters, async (tx) => {
    const where = whereForPg(filters);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(forecasts).where(where);
    const total = count?.n ?? 0;
    const order = orderFor(filters);
    const offset = (filters.page - 1) * filters.pageSize;
    let rows: Awaited<ReturnType<typeof baseSelect>>;
    if (isRanked(filters)) {
      rows = await withRank(baseSelect(tx), filters)
        .where(whereForPg(filters, today(), true))
        .orderBy(...order)
        .limit(filters.pageSize)
        .offset(offset);
    } else {
      // As db/queries/forecasts.ts listForecasts: the page's ids on forecasts alone first, then the
      // joins for those rows only (page 500 at 200,000 forecasts: 370 ms -> 55 ms; the first page 40 ms either way).
      const ids = await tx
        .select({ id: forecasts.id })
        .from(forecasts)
        .where(where)
        .orderBy(...order)
        .limit(filters.pageSize)
        .offset(offset);
      rows = ids.length
        ? await baseSelect(tx)
            .where(
              inArray(
                forecasts.id,
                ids.map((r) => r.id),
              ),
            )
            .orderBy(...order)
        : [];
    }
    return { total, page: filters.page, pageSize: filters.pageSize, pages: Math.max(1, Math.ceil(total / filters.pageSize)), items: rows.map(toDTO) };
  });
}

export async function getForecastByIdPg(db: PgTx, id: number): Promise<ForecastDTO | null> {
  const [row] = await baseSelect(db).where(eq(forecasts.id, id));
  return row ? toDTO(row) : null;
}

/** Every forecast matching the filters (no pagination), for the export: in id order unless sorted or searched. */
export async function exportForecastsPg(db: PgTx, filters: Partial<PgForecastFilters> = {}): Promise<ForecastDTO[]> {
  const order = filters.sort || filters.search ? orderFor(filters) : [asc(forecasts.id)];
  const rows = await searching(db, filters, (tx) =>
    withRank(baseSelect(tx), filters)
      .where(whereForPg(filters, today(), isRanked(filters)))
      .orderBy(...order),
  );
  return rows.map(toDTO);
}

/** The detail page's extras: article provenance, the shared event and its other forecasts. */
export async function getForecastContextPg(db: PgTx, id: number) {
  const [f] = await db
    .select({ eventId: forecasts.eventId, madeOnNote: forecasts.madeOnNote, provenanceNote: articles.provenanceNote, body: articles.body })
    .from(forecasts)
    .innerJoin(articles, eq(articles.id, forecasts.articleId))
    .where(eq(forecasts.id, id));
  if (!f) return null;
  const event = f.eventId ? ((await db.select().from(events).where(eq(events.id, f.eventId)))[0] ?? null) : null;
  const siblings = f.eventId ? (await exportForecastsPg(db, { event: f.eventId })).filter((s) => s.id !== id) : [];
  return { madeOnNote: f.madeOnNote, provenanceNote: f.provenanceNote, body: f.body, event, siblings };
}

/** Topics with their forecast counts, by name in code-point order (SQLite's BINARY collation, whatever the database's locale). */
/** Dashboard: forecasts due soonest among the open ones, and those resolved most recently. */
export async function getComingDuePg(db: PgTx, limit = 5, now = today()) {
  const rows = await baseSelect(db)
    .where(and(isNull(forecasts.currentOutcomeId), gte(forecasts.deadline, now)))
    .orderBy(asc(forecasts.deadline), asc(forecasts.id))
    .limit(limit);
  return rows.map(toDTO);
}

export async function getRecentlyResolvedPg(db: PgTx, limit = 5) {
  return (await baseSelect(db).where(isNotNull(forecasts.currentOutcomeId)).orderBy(desc(forecasts.currentOutcomeId)).limit(limit)).map(toDTO);
}

export async function getForecastCountsPg(db: PgTx, now = today()) {
  const { rows } = await db.execute<{ total: number; resolved: number; due: number; open: number; forecasters: number; articles: number }>(sql`
    select count(*)::int as total,
      (count(*) filter (where outcome_status is not null))::int as resolved,
      (count(*) filter (where outcome_status is null and deadline < ${now}))::int as due,
      (count(*) filter (where outcome_status is null and (deadline is null or deadline >= ${now})))::int as open,
      (select count(*)::int from ${people} p where exists (select 1 from ${forecasts} x where x.forecaster_id = p.id)) as forecasters,
      (select count(*)::int from ${articles} a where exists (select 1 from ${forecasts} x where x.article_id = a.id)) as articles
    from ${forecasts}`);
  return rows[0]!;
}

/** The due queue: past their deadline with no current outcome, oldest deadline first. */
export async function getDueForecastsPg(db: PgTx, now = today()): Promise<ForecastDTO[]> {
  const rows = await baseSelect(db)
    .where(and(isNull(forecasts.currentOutcomeId), lt(forecasts.deadline, now)))
    .orderBy(asc(forecasts.deadline), asc(forecasts.id));
  return rows.map(toDTO);
}

export async function countDueForecastsPg(db: PgTx, now = today()): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)` })
    .from(forecasts)
    .where(and(isNull(forecasts.currentOutcomeId), lt(forecasts.deadline, now)));
  return Number(r?.n ?? 0);
}

/** How many forecasts the ledger holds (the health check's answer). */
export async function countForecastsPg(db: PgTx): Promise<number> {
  return (await db.execute<{ n: number }>(sql`select count(*)::int as n from forecasts`)).rows[0]?.n ?? 0;
}
