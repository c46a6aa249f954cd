/**
 * Step 4 of the bulk import on PostgreSQL (write-import.ts on SQLite), inside one transaction
 * under the ledger write lock (runImportPg): the plan is made again from facts gathered in the
 * transaction (the same rules, plan-import.ts planFromFacts), names are resolved as the intake
 * resolves them (SourceResolverPg), the forecasts, their topics, outcomes and audit rows go in as
 * multi-row inserts (db/pg/queries/import.ts), and the kept sums and cache tags move once for all
 * the new forecasts (forecastsChangedPg). The insert triggers mark the search documents; the
 * caller folds them after the commit. Any error rolls the whole file back.
 */
import type { PgTx } from "@/db/pg/client";
import {
  findArticlesByTitlesPg,
  forecastKeysStartingWithAnyPg,
  forecastsByTitleAndQuotePg,
  insertArticlesPg,
  insertAuditRowsPg,
  insertFirstOutcomesPg,
  insertForecastsPg,
  insertForecastTopicsPg,
} from "@/db/pg/queries/import";
import type { Actor } from "@/lib/auth/actor";
import { SourceResolverPg } from "@/lib/intake/sources-pg";
import { forecastsChangedPg, tagsChangedPg } from "@/lib/ledger/forecasts-changed-pg";
import { markPhase } from "./phase-times";
import { type Plan, type PlanFacts, planFromFacts, type ValidRow } from "./plan-import";
import { topicOrder } from "./topic-order";
import {
  articleCreateDetail,
  fileLabel,
  forecastCreateDetail,
  importArticleColumns,
  importCommitDetail,
  importForecastColumns,
  outcomeAuditDetail,
  proceedWith,
  sharedEventNote,
  sharedEventTitle,
  type WriteInput,
} from "./write-import";

/** plan-import.ts gatherPlanFacts on PostgreSQL: two set queries for the whole file. */
export async function gatherPlanFactsPg(tx: PgTx, rows: ValidRow[]): Promise<PlanFacts> {
  const titles = rows.map((r) => r.record.article.title);
  const forecasts = await forecastsByTitleAndQuotePg(tx, titles);
  const articles: PlanFacts["articles"] = new Map();
  for (const [title, matches] of await findArticlesByTitlesPg(tx, titles))
    articles.set(
      title,
      matches.map((a) => ({
        id: a.id,
        slug: a.slug,
        body: a.body,
        language: a.language,
        meta: {
          outlet: a.outlet,
          authors: a.authors,
          url: a.url,
          publishedOn: a.publishedOn,
          firstPublishedOn: a.firstPublishedOn,
          originalOutlet: a.originalOutlet,
        },
      })),
    );
  return { forecasts, articles };
}

type Audit = Parameters<typeof insertAuditRowsPg>[1][number];

export async function writeImportPg(tx: PgTx, editor: Actor, rows: ValidRow[], input: WriteInput, now: string, planned?: (plan: Plan) => void) {
  const plan = planFromFacts(rows, await gatherPlanFactsPg(tx, rows));
  proceedWith(plan, planned);
  markPhase("check again");
  const sources = new SourceResolverPg(tx);
  const file = fileLabel(input);
  const records = plan.articles.flatMap((a) => a.rows.map((r) => r.record));
  const eventIds = new Map(plan.storedEvents);
  // The names, slugs and titles of the whole file in a few set queries (as writeImport on SQLite).
  await sources.preload({
    people: records.flatMap((r) => [r.forecaster.name, ...r.article.authors]),
    outlets: records.flatMap((r) => [r.article.outlet, r.article.originalOutlet].filter((o): o is string => o !== null)),
    articleTitles: plan.articles.filter((a) => a.storedId === null).map((a) => a.title),
    eventTitles: records.filter((r) => r.eventId !== null).map((r) => sharedEventTitle(file, r)),
  });
  // New topics first, in an order that keeps each record's topic order on the next export.
  for (const slug of topicOrder(records.map((r) => r.topics))) await sources.topic({ slug, name: null });

  // Article slugs first (in file order, as on SQLite), then every article's forecast keys at once.
  const slugs: string[] = [];
  for (const planned of plan.articles) slugs.push(planned.storedSlug ?? (await sources.articleSlug(planned.title)));
  const taken = await forecastKeysStartingWithAnyPg(
    tx,
    slugs.map((slug) => `import-${slug}-`),
  );

  // Names are resolved in the same order as on SQLite (so new records get the same slugs); the forecasts are inserted together after.
  const articleIds: number[] = [];
  const newArticles: { index: number; columns: ReturnType<typeof importArticleColumns>; authors: number[] }[] = [];
  const forecastRows: ReturnType<typeof importForecastColumns>[] = [];
  const topicIds: number[][] = [];
  const meta: { row: number; slug: string; article: number; outcome: ValidRow["record"]["outcome"] }[] = [];
  for (const [i, planned] of plan.articles.entries()) {
    const slug = slugs[i]!;
    const articleId = planned.storedId;
    if (articleId === null) {
      const first = planned.rows[0]!.record;
      const outletIds = new Map<string, number>();
      for (const [name, language] of [
        [first.article.outlet, first.language],
        [first.article.originalOutlet, null],
      ] as const)
        if (name) outletIds.set(`${name}\u0000${language}`, (await sources.outlet({ name, site: null }, language))!);
      const authors: number[] = [];
      for (const name of first.article.authors) authors.push(await sources.personNamed(name));
      const columns = importArticleColumns(planned, slug, editor, now, input, (name, language) => outletIds.get(`${name}\u0000${language}`)!);
      newArticles.push({ index: i, columns, authors: [...new Set(authors)] });
    }
    // A new article's id is known once the articles are inserted together, below.
    articleIds.push(articleId ?? 0);
    const prefix = `import-${slug}-`;
    let n = 0;
    for (const { row, record: r } of planned.rows) {
      let key: string;
      do key = `${prefix}${++n}`;
      while (taken.has(key));
      let eventId: number | null = null;
      if (r.eventId !== null) {
        eventId = eventIds.get(r.eventId) ?? null;
        if (eventId === null) {
          eventId = (await sources.event({ title: sharedEventTitle(file, r) }, sharedEventNote(file, r)))!;
          eventIds.set(r.eventId, eventId);
        }
      }
      const forecasterId = (await sources.person(r.forecaster))!;
      forecastRows.push(importForecastColumns(r, file, { key, articleId: articleId ?? 0, forecasterId, eventId }));
      const topics: number[] = [];
      for (const t of r.topics) topics.push(await sources.topic({ slug: t, name: null }));
      topicIds.push([...new Set(topics)]);
      meta.push({ row, slug, article: i, outcome: r.outcome });
    }
  }

  markPhase("names");
  const newIds = await insertArticlesPg(tx, newArticles);
  newArticles.forEach((a, j) => {
    articleIds[a.index] = newIds[j]!;
  });
  forecastRows.forEach((f, j) => {
    f.articleId = articleIds[meta[j]!.article]!;
  });
  const articlesWritten = newArticles.length;
  const forecastIds = await insertForecastsPg(tx, forecastRows);
  await insertForecastTopicsPg(
    tx,
    forecastIds.flatMap((forecastId, i) => topicIds[i]!.map((topicId) => ({ forecastId, topicId }))),
  );
  const audits: Audit[] = forecastIds.map((id, i) => ({
    userId: editor.id,
    action: "forecast.create",
    entityType: "forecast",
    entityId: String(id),
    detail: forecastCreateDetail(forecastRows[i]!.key, meta[i]!.slug, file, meta[i]!.row),
  }));
  const outcomes = forecastIds.flatMap((forecastId, i) => {
    const o = meta[i]!.outcome;
    return o
      ? [
          {
            forecastId,
            outcome: { status: o.status, occurredOn: o.occurredOn, evidence: o.evidence, note: o.note },
            detail: outcomeAuditDetail(o, file, meta[i]!.row),
          },
        ]
      : [];
  });
  audits.push(...(await insertFirstOutcomesPg(tx, outcomes, editor.id)));
  for (const [i, planned] of plan.articles.entries()) {
    if (planned.storedId !== null) continue;
    const ids = forecastIds.filter((_, j) => meta[j]!.article === i);
    audits.push({
      userId: editor.id,
      action: "article.create",
      entityType: "article",
      entityId: String(articleIds[i]),
      detail: articleCreateDetail(slugs[i]!, planned.title, ids, file),
    });
  }
  markPhase("rows");
  // The kept sums and every page's cache tag, once for the whole file.
  await forecastsChangedPg(tx, forecastIds);
  await tagsChangedPg(tx, ["topics"]);
  markPhase("kept sums and tags");
  const written = { forecasts: forecastIds.length, articles: articlesWritten, outcomes: outcomes.length };
  audits.push({
    userId: editor.id,
    action: "import.commit",
    entityType: "import",
    entityId: input.fileName ?? "upload",
    detail: importCommitDetail(input, rows.length, plan, written, sources.created),
  });
  await insertAuditRowsPg(tx, audits);
  return { plan, forecastIds, created: { ...written, ...sources.created } };
}
