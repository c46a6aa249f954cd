/**
 * One forecast row on PostgreSQL in the public ForecastDTO shape (db/queries/forecasts.ts
 * baseSelect and toDTO on SQLite): the forecast with its forecaster, article, outlets, authors in
 * byline order, topics in topic-id order and current outcome.
 */
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ForecastDTO } from "../../queries/forecasts";
import type { PgTx } from "../client";
import { articleAuthors, articles, forecasts, forecastTopics, outcomes, outlets, people, topics } from "../schema";

const forecaster = alias(people, "forecaster");
const outlet = alias(outlets, "outlet");
const originalOutlet = alias(outlets, "original_outlet");

const authorsJson = sql<
  ForecastDTO["article"]["authors"]
>`coalesce((select json_agg(json_build_object('name', p.name, 'slug', p.slug, 'role', aa.role) order by aa.position, aa.person_id)
  from ${articleAuthors} aa join ${people} p on p.id = aa.person_id where aa.article_id = ${articles.id}), '[]'::json)`;
const topicsJson = sql<string[]>`coalesce((select json_agg(t.slug order by ft.topic_id)
  from ${forecastTopics} ft join ${topics} t on t.id = ft.topic_id where ft.forecast_id = ${forecasts.id}), '[]'::json)`;

export function baseSelect(db: PgTx) {
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

type BaseRow = Awaited<ReturnType<typeof baseSelect>>[number];

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
      authors: r.authors,
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
    topics: r.topics,
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
