/**
 * Forecast reads: the list with filters and full-text search, one forecast, and the export.
 * Every row comes out in one shape (ForecastDTO), the public format of the export and the API.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { FORECAST_STATUS_FILTERS, ForecastSort, Language, OutcomeFilter, OutcomeStatus } from "@/lib/vocabulary";
import { today } from "@/lib/vocabulary/calendar";
import type { DB } from "../client";
import { articleAuthors, articles, type Evidence, events, type Forecast, forecasts, forecastTopics, outcomes, outlets, people, topics } from "../schema";
import type { Tx } from "../tx";
import { scopeFromKey, scoredIdsSql } from "./accuracy";

/** The forecast list's filters (validated in lib/forecasts/filters.ts). */
export interface ForecastFilters {
  forecaster?: string;
  /** Leaves out this forecaster's own forecasts (a person page's list of others' forecasts in their articles). */
  notForecaster?: string;
  author?: string;
  outlet?: string;
  article?: string;
  status?: (typeof FORECAST_STATUS_FILTERS)[number];
  language?: Language;
  topic?: string;
  event?: number;
  deadlineFrom?: string;
  deadlineTo?: string;
  /** A search built by lib/search/query.ts: an FTS5 MATCH over the folded trigram index, and short words to find as substrings. */
  search?: { match: string; contains: string[][] };
  outcome?: OutcomeFilter;
  /** Default: relevance with a search, else deadline. */
  sort?: ForecastSort;
  /** A scope key ("person:SLUG", ...): only the forecasts behind its accuracy figures (scoredIdsSql). */
  scored?: string;
  madeFrom?: string;
  madeTo?: string;
  lowInfo?: "0" | "1";
  page: number;
  pageSize: number;
}

const forecaster = alias(people, "forecaster");
const outlet = alias(outlets, "outlet");
const originalOutlet = alias(outlets, "original_outlet");

export interface ForecastDTO {
  id: number;
  quote: string;
  language: string;
  question: string;
  polarity: "positive" | "negative";
  resolutionCriteria: string;
  forecaster: { name: string; kind: "person" | "institution"; slug: string };
  attribution: "own" | "quoted" | "reported";
  article: {
    slug: string;
    title: string;
    outlet: string | null;
    outletSlug: string | null;
    authors: { name: string; slug: string; role: string }[];
    url: string | null;
    publishedOn: string | null;
    firstPublishedOn: string | null;
    originalOutlet: string | null;
  };
  madeOn: string;
  madeOnBasis: string;
  deadline: string | null;
  deadlineBasis: "stated" | "inferred" | "none";
  deadlineNote: string | null;
  probability: number;
  probabilityRange: [number, number] | null;
  probabilitySource: "stated" | "lexicon";
  verbalExpression: string | null;
  lexiconClass: string | null;
  lexiconVersion: string | null;
  lowInformation: boolean;
  condition: string | null;
  eventId: number | null;
  topics: string[];
  version: number;
  outcome: { status: OutcomeStatus; occurredOn: string | null; evidence: Evidence[]; note: string | null; recordedBy: string; recordedAt: string } | null;
}

const authorsJson = sql<string>`(select json_group_array(json_object('name', p.name, 'slug', p.slug, 'role', aa.role) order by aa.position, aa.person_id) from ${articleAuthors} aa join ${people} p on p.id = aa.person_id where aa.article_id = ${articles.id})`;
const topicsJson = sql<string>`(select json_group_array(t.slug order by ft.topic_id) from ${forecastTopics} ft join ${topics} t on t.id = ft.topic_id where ft.forecast_id = ${forecasts.id})`;

export function baseSelect(db: DB) {
  return db
    .select({
      f: forecasts,
      forecasterName: forecaster.name,
      forecasterKind: forecaster.kind,
      forecasterSlug: forecaster.slug,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      articleUrl: articles.url,
      publishedOn: articles.publishedOn,
      firstPublishedOn: articles.firstPublishedOn,
      outletName: outlet.name,
      outletSlug: outlet.slug,
      originalOutletName: originalOutlet.name,
      authors: authorsJson,
      topics: topicsJson,
      outcome: outcomes,
    })
    .from(forecasts)
    .innerJoin(forecaster, eq(forecaster.id, forecasts.forecasterId))
    .innerJoin(articles, eq(articles.id, forecasts.articleId))
    .leftJoin(outlet, eq(outlet.id, articles.outletId))
    .leftJoin(originalOutlet, eq(originalOutlet.id, articles.originalOutletId))
    .leftJoin(outcomes, eq(outcomes.id, forecasts.currentOutcomeId));
}

export type BaseRow = Awaited<ReturnType<ReturnType<typeof baseSelect>["all"]>>[number];

export function toDTO(r: BaseRow): ForecastDTO {
  const f = r.f;
  return {
    id: f.id,
    quote: f.quote,
    language: f.language,
    question: f.question,
    polarity: f.polarity,
    resolutionCriteria: f.resolutionCriteria,
    forecaster: { name: r.forecasterName, kind: r.forecasterKind, slug: r.forecasterSlug },
    attribution: f.attribution,
    article: {
      slug: r.articleSlug,
      title: r.articleTitle,
      outlet: r.outletName,
      outletSlug: r.outletSlug,
      authors: JSON.parse(r.authors) as ForecastDTO["article"]["authors"],
      url: r.articleUrl,
      publishedOn: r.publishedOn,
      firstPublishedOn: r.firstPublishedOn,
      originalOutlet: r.originalOutletName,
    },
    madeOn: f.madeOn,
    madeOnBasis: f.madeOnBasis,
    deadline: f.deadline,
    deadlineBasis: f.deadlineBasis,
    deadlineNote: f.deadlineNote,
    probability: f.probability,
    probabilityRange: f.probabilityLow !== null && f.probabilityHigh !== null ? [f.probabilityLow, f.probabilityHigh] : null,
    probabilitySource: f.probabilitySource,
    verbalExpression: f.verbalExpression,
    lexiconClass: f.lexiconClass,
    lexiconVersion: f.lexiconVersion,
    lowInformation: f.lowInformation,
    condition: f.condition,
    eventId: f.eventId,
    topics: JSON.parse(r.topics) as string[],
    version: f.version,
    outcome: r.outcome
      ? {
          status: r.outcome.status,
          occurredOn: r.outcome.occurredOn,
          evidence: r.outcome.evidence,
          note: r.outcome.note,
          recordedBy: r.outcome.recordedByName,
          recordedAt: r.outcome.recordedAt.toISOString(),
        }
      : null,
  };
}

/** The forecast's own Brier score when resolved yes or no (lib/scoring/brier.ts brierTerm), else null. */
const brierSql = sql`case when ${forecasts.outcomeStatus} in ('yes', 'no') then (${forecasts.probability} - (${forecasts.outcomeStatus} = 'yes')) * (${forecasts.probability} - (${forecasts.outcomeStatus} = 'yes')) end`;

const SEARCH_COLUMNS = sql.raw(`quote || ' ' || question || ' ' || details || ' ' || names || ' ' || titles`);

function searchCondition(search: NonNullable<ForecastFilters["search"]>): SQL {
  // Short words (under three characters) cannot use the trigram index: they are checked by
  // substring on the rows the longer words found. Words are letters and digits only (no LIKE wildcards).
  const shorts = search.contains.map(
    (forms) =>
      sql`(${sql.join(
        forms.map((f) => sql`${SEARCH_COLUMNS} like ${`%${f}%`}`),
        sql` or `,
      )})`,
  );
  const extra = shorts.length ? sql` and ${sql.join(shorts, sql` and `)}` : sql``;
  return sql`${forecasts.id} in (select rowid from forecasts_search where forecasts_search match ${search.match}${extra})`;
}

/** The matching forecasts with their bm25 rank (lower is better); weights: quote, question, details, names, titles. Joined once, not per row. */
function rankedHits(search: NonNullable<ForecastFilters["search"]>): SQL {
  return sql`(select rowid as rid, bm25(forecasts_search, 1.0, 1.0, 0.5, 2.0, 1.0) as rank from forecasts_search where forecasts_search match ${search.match}) as hits`;
}

/** With a search ordered by relevance, join the ranked hits (the order needs their rank). */
function withRank<Q extends ReturnType<typeof baseSelect>>(query: Q, filters: Partial<ForecastFilters>): Q {
  const sort = filters.sort ?? (filters.search ? "relevance" : "deadline");
  if (sort !== "relevance" || !filters.search) return query;
  return query.innerJoin(rankedHits(filters.search), sql`hits.rid = ${forecasts.id}`) as unknown as Q;
}

function orderFor(filters: Partial<ForecastFilters>): SQL[] {
  const sort = filters.sort ?? (filters.search ? "relevance" : "deadline");
  if (sort === "relevance" && filters.search) return [sql`hits.rank`, asc(forecasts.id)];
  if (sort === "made") return [desc(forecasts.madeOn), desc(forecasts.id)];
  if (sort === "score") return [sql`${brierSql} is null`, asc(brierSql), asc(forecasts.id)];
  return [sql`${forecasts.deadline} is null`, asc(forecasts.deadline), asc(forecasts.id)];
}

export function whereFor(filters: Partial<ForecastFilters>, now = today()): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  // Slugs are resolved in subqueries so the planner can drive the search from the indexed id columns.
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
  if (filters.search) conds.push(searchCondition(filters.search));
  if (filters.scored) {
    const accuracyFilters = {
      from: filters.madeFrom,
      to: filters.madeTo,
      language: filters.language,
      topic: filters.topic,
      lowInfo: filters.lowInfo ?? "1",
      bins: "decile",
    } as const;
    conds.push(sql`${forecasts.id} in (${scoredIdsSql(scopeFromKey(filters.scored), accuracyFilters, now)})`);
  }
  return and(...conds);
}

export function listForecasts(db: DB, filters: ForecastFilters) {
  const where = whereFor(filters);
  // whereFor only reads forecasts columns, so the count needs no joins.
  const countQuery = db.select({ n: sql<number>`count(*)` }).from(forecasts).where(where);
  const total = countQuery.get()?.n ?? 0;
  const order = orderFor(filters);
  const offset = (filters.page - 1) * filters.pageSize;
  let rows: BaseRow[];
  if (filters.search && (filters.sort ?? "relevance") === "relevance") {
    rows = withRank(baseSelect(db), filters)
      .where(where)
      .orderBy(...order)
      .limit(filters.pageSize)
      .offset(offset)
      .all();
  } else {
    // The page's ids first, on forecasts alone (every order but relevance reads only its columns), so
    // the joins and each row's authors and topics are worked out for the page's rows only, not for
    // every match before the sort (the unfiltered list at 200,000 forecasts: 1.1 s -> 0.07 s).
    const ids = db
      .select({ id: forecasts.id })
      .from(forecasts)
      .where(where)
      .orderBy(...order)
      .limit(filters.pageSize)
      .offset(offset)
      .all();
    rows = ids.length
      ? baseSelect(db)
          .where(
            inArray(
              forecasts.id,
              ids.map((r) => r.id),
            ),
          )
          .orderBy(...order)
          .all()
      : [];
  }
  return { total, page: filters.page, pageSize: filters.pageSize, pages: Math.max(1, Math.ceil(total / filters.pageSize)), items: rows.map(toDTO) };
}

export function getForecastById(db: DB, id: number): ForecastDTO | null {
  const row = baseSelect(db).where(eq(forecasts.id, id)).get();
  return row ? toDTO(row) : null;
}

/** One page of the forecasts matching the filters, in the export's order (by id), and how many match: the source pages' lists. */
export function pageOfForecasts(db: DB, filters: Partial<ForecastFilters>, page: number, pageSize: number): { total: number; items: ForecastDTO[] } {
  const where = whereFor(filters);
  const total = db.select({ n: sql<number>`count(*)` }).from(forecasts).where(where).get()?.n ?? 0;
  const items = baseSelect(db)
    .where(where)
    .orderBy(asc(forecasts.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(toDTO);
  return { total, items };
}

/** Every forecast matching the filters (no pagination), for the export. */
export function exportForecasts(db: DB, filters: Partial<ForecastFilters> = {}): ForecastDTO[] {
  const order = filters.sort || filters.search ? orderFor(filters) : [asc(forecasts.id)];
  return withRank(baseSelect(db), filters)
    .where(whereFor(filters))
    .orderBy(...order)
    .all()
    .map(toDTO);
}

/** The detail page's extras: article provenance, the shared event and its other forecasts. */
export function getForecastContext(db: DB, id: number) {
  const f = db
    .select({
      articleId: forecasts.articleId,
      eventId: forecasts.eventId,
      madeOnNote: forecasts.madeOnNote,
      provenanceNote: articles.provenanceNote,
      body: articles.body,
    })
    .from(forecasts)
    .innerJoin(articles, eq(articles.id, forecasts.articleId))
    .where(eq(forecasts.id, id))
    .get();
  if (!f) return null;
  const event = f.eventId ? (db.select().from(events).where(eq(events.id, f.eventId)).get() ?? null) : null;
  const siblings = f.eventId ? exportForecasts(db, { event: f.eventId }).filter((s) => s.id !== id) : [];
  return { madeOnNote: f.madeOnNote, provenanceNote: f.provenanceNote, body: f.body, event, siblings };
}

/** Every topic's slug and name, by name: the accuracy panel's topic filter (no counts, so no scan of forecast_topics). */
export function listTopicNames(db: DB) {
  return db.select({ slug: topics.slug, name: topics.name }).from(topics).orderBy(asc(topics.name)).all();
}

/** Dashboard: forecasts due soonest among the open ones, and those resolved most recently. */
export function getComingDue(db: DB, limit = 5, now = today()) {
  // The unary + keeps SQLite off the outcome index (every open forecast, then a sort: 90 ms at
  // 200k forecasts) and on the deadline index, which yields the first few in order (0.03 ms).
  return baseSelect(db)
    .where(and(sql`+${forecasts.currentOutcomeId} is null`, gte(forecasts.deadline, now)))
    .orderBy(asc(forecasts.deadline))
    .limit(limit)
    .all()
    .map(toDTO);
}

export function getRecentlyResolved(db: DB, limit = 5) {
  return baseSelect(db).where(isNotNull(forecasts.currentOutcomeId)).orderBy(desc(forecasts.currentOutcomeId)).limit(limit).all().map(toDTO);
}

export function getForecastCounts(db: DB, now = today()) {
  // outcome_status and deadline are both in forecasts_scoring_idx, so this scans the index, not the table;
  // the distinct counts probe the forecaster and article indexes once per person / article.
  return db.get<{ total: number; resolved: number; due: number; open: number; forecasters: number; articles: number }>(sql`
    select count(*) as total,
      coalesce(sum(outcome_status is not null), 0) as resolved,
      coalesce(sum(outcome_status is null and deadline < ${now}), 0) as due,
      coalesce(sum(outcome_status is null and (deadline is null or deadline >= ${now})), 0) as open,
      (select count(*) from ${people} p where exists (select 1 from ${forecasts} x where x.forecaster_id = p.id)) as forecasters,
      (select count(*) from ${articles} a where exists (select 1 from ${forecasts} x where x.article_id = a.id)) as articles
    from ${forecasts}`)!;
}

/** The due queue: past their deadline with no current outcome, oldest deadline first. */
export function getDueForecasts(db: DB, now = today()): ForecastDTO[] {
  return baseSelect(db)
    .where(and(isNull(forecasts.currentOutcomeId), lt(forecasts.deadline, now)))
    .orderBy(asc(forecasts.deadline), asc(forecasts.id))
    .all()
    .map(toDTO);
}

export function countDueForecasts(db: DB, now = today()): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(forecasts)
      .where(and(isNull(forecasts.currentOutcomeId), lt(forecasts.deadline, now)))
      .get()?.n ?? 0
  );
}

/** The stored row, for the write paths (version checks, corrections); null when there is none. */
export function getForecastRow(db: Tx, id: number): Forecast | null {
  return db.select().from(forecasts).where(eq(forecasts.id, id)).get() ?? null;
}

/** The article text a forecast's quote must appear in verbatim. */
export function getForecastArticleBody(db: Tx, id: number): string | null {
  return (
    db.select({ body: articles.body }).from(forecasts).innerJoin(articles, eq(articles.id, forecasts.articleId)).where(eq(forecasts.id, id)).get()?.body ?? null
  );
}

/** How many forecasts the ledger holds (the health check's answer). */
export function countForecasts(db: DB): number {
  return db.get<{ n: number }>(sql`select count(*) as n from forecasts`)?.n ?? 0;
}
