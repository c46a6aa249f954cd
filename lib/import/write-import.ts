/**
 * Step 4 of the bulk import (lib/import/run-import.ts), inside its one transaction: the plan is
 * checked again, every name of the file is resolved with a few set queries (SourceResolver.preload),
 * the rows go in through statements prepared once (db/queries/import-writes.ts), and the kept
 * sums and cache tags move once for all the new forecasts (forecastsChanged: set-based SQL over
 * the staged ids, one tag bump). The search index is marked by the insert triggers and folded
 * after the commit (syncSearchIndex, in batches). Any error rolls the whole file back.
 */

import type { DB } from "@/db/client";
import { approximateRows, withDeferredIndexes } from "@/db/queries/bulk";
import { type ImportForecast, importWriter } from "@/db/queries/import-writes";
import { forecastKeysStartingWithAny } from "@/db/queries/intake";
import type { Tx } from "@/db/tx";
import type { Actor } from "@/lib/auth/actor";
import { probabilityColumns } from "@/lib/intake/probability";
import { type Created, SourceResolver } from "@/lib/intake/sources";
import { forecastsChanged, tagsChanged } from "@/lib/ledger/forecasts-changed";
import type { Language } from "@/lib/vocabulary";
import type { RowError } from "./parse-file";
import { markPhase } from "./phase-times";
import { type Plan, type PlannedArticle, planImport, type ValidRow } from "./plan-import";
import type { ImportRecord } from "./record-schema";
import { topicOrder } from "./topic-order";

/** Between the quoted passages that make up an imported article's text. */
export const QUOTE_SEPARATOR = "\n\n[…]\n\n";

/** The plan made in the write transaction refuses the file (errors), or leaves nothing to write: rolled back. */
export class ImportRejected extends Error {
  readonly errors: RowError[];
  constructor(readonly plan: Plan) {
    super("import rejected");
    this.errors = plan.errors;
  }
}

/** Throws ImportRejected unless the plan has rows to write and no error; else tells the caller (its progress). */
export function proceedWith(plan: Plan, planned?: (plan: Plan) => void) {
  if (plan.errors.length || !plan.articles.some((a) => a.rows.length > 0)) throw new ImportRejected(plan);
  planned?.(plan);
}

export interface WriteInput {
  format: string;
  fileName?: string | null;
}

/**
 * What both engines write for an import (this file on SQLite, write-import-pg.ts on PostgreSQL):
 * the new article's columns, each forecast's columns and the audit entries' details.
 */
export const fileLabel = (input: WriteInput) => input.fileName ?? "an uploaded file";
export const sharedEventTitle = (file: string, r: ImportRecord) => `Shared event ${r.eventId} of ${file}: ${r.question}`;
export const sharedEventNote = (file: string, r: ImportRecord) => `Created by the import of ${file}: the forecasts that share event ${r.eventId} in that file.`;

export function importArticleColumns(
  planned: PlannedArticle,
  slug: string,
  editor: Actor,
  now: string,
  input: WriteInput,
  outletId: (name: string, language: Language | null) => number,
) {
  const first = planned.rows[0]!.record;
  const a = first.article;
  const language: Language = first.language;
  return {
    slug,
    title: a.title,
    outletId: a.outlet ? outletId(a.outlet, language) : null,
    originalOutletId: a.originalOutlet ? outletId(a.originalOutlet, null) : null,
    language,
    url: a.url,
    publishedOn: a.publishedOn,
    firstPublishedOn: a.firstPublishedOn,
    provenanceNote: `Imported by ${editor.name} on ${now} from ${fileLabel(input)} (the export format). The file carries the quoted passages, not the full text: the text kept here is those passages. Author roles, made-on notes and descriptions are not part of the format.`,
    body: planned.rows.map((r) => r.record.quote).join(QUOTE_SEPARATOR),
    sourceFile: input.fileName ?? null,
  };
}

export function importForecastColumns(
  r: ImportRecord,
  file: string,
  ids: { key: string; articleId: number; forecasterId: number; eventId: number | null },
): ImportForecast {
  // Written out rather than spread: an object literal with two spreads is about 30 times slower to build in V8 (measured: 35 us a row).
  const p = probabilityColumns(r.probability);
  return {
    key: ids.key,
    articleId: ids.articleId,
    forecasterId: ids.forecasterId,
    eventId: ids.eventId,
    attribution: r.attribution,
    quote: r.quote,
    language: r.language,
    question: r.question,
    polarity: r.polarity,
    resolutionCriteria: r.resolutionCriteria,
    madeOn: r.madeOn,
    madeOnBasis: r.madeOnBasis,
    madeOnNote: r.madeOnBasis === "inferred" ? `Imported from ${file}; the export format does not carry the note on how this date was inferred.` : null,
    deadline: r.deadline,
    deadlineBasis: r.deadlineBasis,
    deadlineNote: r.deadlineNote,
    probability: p.probability,
    probabilityLow: p.probabilityLow,
    probabilityHigh: p.probabilityHigh,
    probabilitySource: p.probabilitySource,
    verbalExpression: p.verbalExpression,
    lexiconClass: p.lexiconClass,
    lexiconVersion: p.lexiconVersion,
    lowInformation: p.lowInformation,
    condition: r.condition,
  };
}

export const forecastCreateDetail = (key: string, slug: string, file: string, row: number) => ({ key, article: slug, via: "import", file, row });
export const articleCreateDetail = (slug: string, title: string, forecastIds: number[], file: string) => ({
  slug,
  title,
  forecastIds,
  via: "import",
  file,
});
export const outcomeAuditDetail = (o: NonNullable<ImportRecord["outcome"]>, file: string, row: number) => ({
  via: "import",
  file,
  row,
  fileRecordedBy: o.recordedBy ?? null,
  fileRecordedAt: o.recordedAt ?? null,
});
export function importCommitDetail(
  input: WriteInput,
  rows: number,
  plan: Plan,
  written: { forecasts: number; articles: number; outcomes: number },
  created: Created,
) {
  return {
    file: fileLabel(input),
    format: input.format,
    rows,
    forecasts: written.forecasts,
    duplicates: plan.duplicates.length,
    articles: written.articles,
    outcomes: written.outcomes,
    created,
  };
}

/** The tables whose secondary indexes and AFTER triggers a large import drops and rebuilds (db/queries/bulk.ts). */
const DEFERRED_TABLES = ["forecasts", "outcomes", "forecast_topics", "article_authors"] as const;

/**
 * Rebuild the indexes at the end rather than maintain them row by row? Maintaining costs about
 * six times as much per new row as rebuilding costs per stored row (measured on the development
 * machine: ~35 us against ~6 us a row for the nine forecast indexes), so a file that adds at
 * least a fifth of the stored forecasts is written with the indexes deferred. Small files never
 * are: the gain is small, and a schema change makes every other connection prepare its
 * statements again.
 */
export const MIN_ROWS_TO_DEFER_INDEXES = 2000;

export function shouldDeferIndexes(newRows: number, storedRows: number): boolean {
  return newRows >= MIN_ROWS_TO_DEFER_INDEXES && newRows * 5 >= storedRows;
}

export function writeImport(
  db: DB,
  tx: Tx,
  editor: Actor,
  rows: ValidRow[],
  input: WriteInput,
  now: string,
  opts: { deferIndexes?: boolean; planned?: (plan: Plan) => void } = {},
) {
  const plan = planImport(tx, rows);
  markPhase("check again");
  proceedWith(plan, opts.planned);
  const write = importWriter(db);
  const sources = new SourceResolver(tx, write.sources);
  const file = fileLabel(input);
  const records = plan.articles.flatMap((a) => a.rows.map((r) => r.record));
  const newArticles = plan.articles.filter((a) => a.storedId === null);
  sources.preload({
    people: records.flatMap((r) => [r.forecaster.name, ...r.article.authors]),
    outlets: records.flatMap((r) => [r.article.outlet, r.article.originalOutlet].filter((o): o is string => o !== null)),
    articleTitles: newArticles.map((a) => a.title),
    eventTitles: records.filter((r) => r.eventId !== null).map((r) => sharedEventTitle(file, r)),
  });
  markPhase("names");
  const forecastIds: number[] = [];
  let outcomesWritten = 0;
  let articlesWritten = 0;
  const eventIds = new Map(plan.storedEvents);
  // New topics first, in an order that keeps each record's topic order on the next export.
  for (const slug of topicOrder(records.map((r) => r.topics))) sources.topic({ slug, name: null });

  // Article slugs first (in file order, as they were always chosen), then every article's forecast keys at once.
  const slugs = plan.articles.map((planned) => planned.storedSlug ?? sources.articleSlug(planned.title));
  const taken = forecastKeysStartingWithAny(
    tx,
    slugs.map((slug) => `import-${slug}-`),
  );

  const toWrite = plan.articles.reduce((n, a) => n + a.rows.length, 0);
  const writeRows = () =>
    plan.articles.forEach((planned, i) => {
      const first = planned.rows[0]!.record;
      const slug = slugs[i]!;
      let articleId = planned.storedId;
      if (articleId === null) {
        const a = first.article;
        articleId = write.article(
          importArticleColumns(planned, slug, editor, now, input, (name, language) => sources.outlet({ name, site: null }, language)!),
          [...new Set(a.authors.map((name) => sources.personNamed(name)))].map((personId) => ({ personId, role: "author" as const })),
        );
        articlesWritten++;
      }
      const prefix = `import-${slug}-`;
      let n = 0;
      const ids: number[] = [];
      for (const { row, record: r } of planned.rows) {
        let key: string;
        do key = `${prefix}${++n}`;
        while (taken.has(key));
        let eventId: number | null = null;
        if (r.eventId !== null) {
          eventId = eventIds.get(r.eventId) ?? null;
          if (eventId === null) {
            eventId = sources.event({ title: sharedEventTitle(file, r) }, sharedEventNote(file, r))!;
            eventIds.set(r.eventId, eventId);
          }
        }
        const id = write.forecast(importForecastColumns(r, file, { key, articleId, forecasterId: sources.person(r.forecaster)!, eventId }), [
          ...new Set(r.topics.map((slug) => sources.topic({ slug, name: null }))),
        ]);
        write.audit(editor.id, "forecast.create", "forecast", String(id), forecastCreateDetail(key, slug, file, row));
        if (r.outcome) {
          const o = r.outcome;
          write.firstOutcome(
            id,
            { status: o.status, occurredOn: o.occurredOn, evidence: o.evidence, note: o.note },
            editor.id,
            outcomeAuditDetail(o, file, row),
          );
          outcomesWritten++;
        }
        ids.push(id);
      }
      if (planned.storedId === null) {
        write.audit(editor.id, "article.create", "article", String(articleId), articleCreateDetail(slug, planned.title, ids, file));
      }
      forecastIds.push(...ids);
    });
  const writeAll = () => {
    writeRows();
    write.finish();
    markPhase("rows");
  };
  if (opts.deferIndexes ?? shouldDeferIndexes(toWrite, approximateRows(tx, "forecasts"))) withDeferredIndexes(tx, DEFERRED_TABLES, writeAll, () => forecastIds);
  else writeAll();
  markPhase("indexes");
  // The kept sums and every page's cache tag, once for the whole file.
  forecastsChanged(tx, forecastIds);
  tagsChanged(tx, ["topics"]);
  markPhase("kept sums and tags");
  write.audit(
    editor.id,
    "import.commit",
    "import",
    input.fileName ?? "upload",
    importCommitDetail(input, rows.length, plan, { forecasts: forecastIds.length, articles: articlesWritten, outcomes: outcomesWritten }, sources.created),
  );
  write.flush();
  return { plan, forecastIds, created: { articles: articlesWritten, forecasts: forecastIds.length, outcomes: outcomesWritten, ...sources.created } };
}
