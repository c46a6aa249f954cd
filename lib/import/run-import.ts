/**
 * The bulk import, shared by the /import page (POST /api/v1/import) and `npm run import`:
 *
 * 1. parse the file (JSON or CSV in the export format);
 * 2. validate every record, in chunks, reporting progress, collecting every error with its row
 *    and field;
 * 3. check it against the database: duplicates (same article title and quote, stored or earlier
 *    in the file) are reported and skipped; rows that would contradict a stored article are errors;
 * 4. only when no row has an error, and only when asked to commit: write everything in ONE
 *    transaction, which checks step 3 again against the data as it is then.
 *
 * Any error means nothing is written. Outcomes in the file are recorded as new outcome records
 * attributed to the importing editor; the file's recordedBy and recordedAt go to the audit log.
 */

import type { DB } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import {
  authorNamesOf,
  eventIdOfForecast,
  findArticlesByTitle,
  forecastKeysStartingWith,
  forecastsByTitleAndQuote,
  insertArticle,
  insertForecast,
  outletNameById,
  titleQuoteKey,
} from "@/db/queries/intake";
import { appendOutcome } from "@/db/queries/outcomes";
import type { Tx } from "@/db/tx";
import { type Actor, authorize } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { fieldErrors } from "@/lib/http/validation";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { probabilityColumns } from "@/lib/intake/probability";
import { SourceResolver } from "@/lib/intake/sources";
import { forecastsChanged, tagsChanged } from "@/lib/ledger/forecasts-changed";
import { syncSearchIndex } from "@/lib/search/indexer";
import type { Language } from "@/lib/vocabulary";
import { today } from "@/lib/vocabulary/calendar";
import { type ImportFormat, parseImportFile, type RowError } from "./parse-file";
import { type ImportRecord, importRecordSchema } from "./record-schema";
import { topicOrder } from "./topic-order";

export const MAX_IMPORT_CHARS = 20_000_000;
/** The JSON request carrying such a file: UTF-8 takes up to 3 bytes a character, plus escaping. */
export const MAX_IMPORT_BODY_BYTES = 3 * MAX_IMPORT_CHARS + 1024 * 1024;
export const MAX_REPORTED_ERRORS = 500;
/** Between the quoted passages that make up an imported article's text. */
export const QUOTE_SEPARATOR = "\n\n[…]\n\n";

export type ImportPhase = "parse" | "validate" | "check" | "write" | "done";
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface Duplicate {
  row: number;
  message: string;
  /** The stored forecast it duplicates, or the earlier row of the file. */
  forecastId?: number;
  sameAsRow?: number;
}

export interface ImportReport {
  fileName: string | null;
  format: ImportFormat;
  rows: number;
  /** Every problem found; when there is any, nothing was (or would be) written. */
  errors: RowError[];
  /** Errors beyond MAX_REPORTED_ERRORS are counted here, not listed. */
  moreErrors: number;
  duplicates: Duplicate[];
  /** Rows that are (or would be) written. */
  toImport: number;
  newArticles: number;
  committed: boolean;
  created: { articles: number; forecasts: number; outcomes: number; people: string[]; outlets: string[]; topics: string[]; events: string[] } | null;
  forecastIds: number[];
}

export interface ImportInput {
  content: string;
  format: ImportFormat;
  fileName?: string | null;
}

export interface ImportOptions {
  /** false: validate and report only (the preview); true: write when there is no error. */
  commit: boolean;
  now?: string;
  onProgress?: (p: ImportProgress) => void;
  /** Records validated between two progress reports. */
  chunkSize?: number;
}

interface ValidRow {
  row: number;
  record: ImportRecord;
}

/** One article the import writes to: stored already, or new (made from its rows). */
interface PlannedArticle {
  title: string;
  storedId: number | null;
  rows: ValidRow[];
}

interface Plan {
  errors: RowError[];
  duplicates: Duplicate[];
  articles: PlannedArticle[];
  /** File event id -> a stored event that a duplicate row of that id already points at. */
  storedEvents: Map<number, number>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function validateRecords(records: unknown[], now: string, report: (done: number) => void, chunkSize: number) {
  const schema = importRecordSchema(now);
  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  for (let i = 0; i < records.length; i++) {
    const parsed = schema.safeParse(records[i]);
    if (parsed.success) valid.push({ row: i + 1, record: parsed.data });
    else for (const f of fieldErrors(parsed.error)) errors.push({ row: i + 1, field: f.field === "input" ? "record" : f.field, message: f.message });
    if ((i + 1) % chunkSize === 0) {
      report(i + 1);
      // Let the progress line go out (and other requests run) before the next chunk.
      await yieldToEventLoop();
    }
  }
  report(records.length);
  return { valid, errors };
}

const ARTICLE_FIELDS = ["outlet", "authors", "url", "publishedOn", "firstPublishedOn", "originalOutlet"] as const;
type ArticleMeta = Pick<ImportRecord["article"], (typeof ARTICLE_FIELDS)[number]>;

function show(v: unknown): string {
  if (v === null || v === undefined) return "empty";
  return Array.isArray(v) ? (v.length ? v.join(", ") : "no authors") : `“${String(v)}”`;
}

function storedMeta(tx: Tx, a: ReturnType<typeof findArticlesByTitle>[number]): ArticleMeta {
  return {
    outlet: outletNameById(tx, a.outletId),
    authors: authorNamesOf(tx, a.id),
    url: a.url,
    publishedOn: a.publishedOn,
    firstPublishedOn: a.firstPublishedOn,
    originalOutlet: outletNameById(tx, a.originalOutletId),
  };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Step 3: duplicates, consistency within the file and with stored articles. Synchronous, so it can run inside the write transaction. */
function planImport(tx: Tx, rows: ValidRow[]): Plan {
  const errors: RowError[] = [];
  const duplicates: Duplicate[] = [];
  const storedEvents = new Map<number, number>();
  const stored = forecastsByTitleAndQuote(
    tx,
    rows.map((r) => r.record.article.title),
  );
  const firstRowOf = new Map<string, number>();
  const groups = new Map<string, { first: ValidRow; kept: ValidRow[] }>();

  for (const r of rows) {
    const { title } = r.record.article;
    let group = groups.get(title);
    if (!group) groups.set(title, (group = { first: r, kept: [] }));
    else {
      for (const f of ARTICLE_FIELDS) {
        if (!sameValue(r.record.article[f], group.first.record.article[f])) {
          errors.push({
            row: r.row,
            field: `article.${f}`,
            message: `${show(r.record.article[f])} differs from row ${group.first.row} (${show(group.first.record.article[f])}) for the same article title`,
          });
        }
      }
    }
    const key = titleQuoteKey(title, r.record.quote);
    const storedId = stored.get(key);
    const earlier = firstRowOf.get(key);
    if (storedId !== undefined) {
      duplicates.push({ row: r.row, forecastId: storedId, message: `already stored as forecast #${storedId} (same article title and quote); skipped` });
      if (r.record.eventId !== null && !storedEvents.has(r.record.eventId)) {
        const eventId = eventIdOfForecast(tx, storedId);
        if (eventId !== null) storedEvents.set(r.record.eventId, eventId);
      }
    } else if (earlier !== undefined) {
      duplicates.push({ row: r.row, sameAsRow: earlier, message: `same article title and quote as row ${earlier}; skipped` });
    } else {
      firstRowOf.set(key, r.row);
      group.kept.push(r);
    }
  }

  const articles: PlannedArticle[] = [];
  for (const [title, { kept }] of groups) {
    if (kept.length === 0) continue;
    const matches = findArticlesByTitle(tx, title);
    const language = matches[0]?.language ?? kept[0]!.record.language;
    for (const r of kept) {
      if (r.record.language !== language)
        errors.push({ row: r.row, field: "language", message: `“${r.record.language}” differs from the article's language (${language})` });
    }
    if (matches.length > 1) {
      for (const r of kept)
        errors.push({
          row: r.row,
          field: "article.title",
          message: `${matches.length} stored articles have this title; the import cannot tell which one is meant`,
        });
      continue;
    }
    const match = matches[0];
    if (match) {
      const meta = storedMeta(tx, match);
      const first = kept[0]!;
      for (const f of ARTICLE_FIELDS) {
        if (!sameValue(first.record.article[f], meta[f])) {
          errors.push({
            row: first.row,
            field: `article.${f}`,
            message: `${show(first.record.article[f])}, but the stored article with this title (/articles/${match.slug}) has ${show(meta[f])}`,
          });
        }
      }
      for (const r of kept) {
        if (!match.body.includes(r.record.quote))
          errors.push({ row: r.row, field: "quote", message: `not found verbatim in the stored article “${title}” (/articles/${match.slug})` });
      }
    }
    articles.push({ title, storedId: match?.id ?? null, rows: kept });
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { errors, duplicates, articles, storedEvents };
}

class ImportRejected extends Error {
  constructor(readonly errors: RowError[]) {
    super("import rejected");
  }
}

/** Step 4, inside one transaction. */
function writeImport(tx: Tx, editor: Actor, rows: ValidRow[], input: ImportInput, now: string) {
  const plan = planImport(tx, rows);
  if (plan.errors.length) throw new ImportRejected(plan.errors);
  const sources = new SourceResolver(tx);
  const file = input.fileName ?? "an uploaded file";
  const forecastIds: number[] = [];
  let outcomesWritten = 0;
  let articlesWritten = 0;
  const eventIds = new Map(plan.storedEvents);
  // New topics first, in an order that keeps each record's topic order on the next export.
  for (const slug of topicOrder(plan.articles.flatMap((a) => a.rows.map((r) => r.record.topics)))) sources.topic({ slug, name: null });

  for (const planned of plan.articles) {
    const first = planned.rows[0]!.record;
    let articleId = planned.storedId;
    let slug: string;
    if (articleId === null) {
      const a = first.article;
      slug = sources.articleSlug(a.title);
      const language: Language = first.language;
      const inserted = insertArticle(
        tx,
        {
          slug,
          title: a.title,
          outletId: a.outlet ? sources.outlet({ name: a.outlet, site: null }, language) : null,
          originalOutletId: a.originalOutlet ? sources.outlet({ name: a.originalOutlet, site: null }) : null,
          language,
          url: a.url,
          publishedOn: a.publishedOn,
          firstPublishedOn: a.firstPublishedOn,
          provenanceNote: `Imported by ${editor.name} on ${now} from ${file} (the export format). The file carries the quoted passages, not the full text: the text kept here is those passages. Author roles, made-on notes and descriptions are not part of the format.`,
          body: planned.rows.map((r) => r.record.quote).join(QUOTE_SEPARATOR),
          sourceFile: input.fileName ?? null,
        },
        [...new Set(a.authors.map((name) => sources.personNamed(name)))].map((personId) => ({ personId, role: "author" as const })),
      );
      articleId = inserted.id;
      articlesWritten++;
    } else {
      slug = findArticlesByTitle(tx, planned.title)[0]!.slug;
    }
    const prefix = `import-${slug}-`;
    const taken = forecastKeysStartingWith(tx, prefix);
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
          eventId = sources.event(
            { title: `Shared event ${r.eventId} of ${file}: ${r.question}` },
            `Created by the import of ${file}: the forecasts that share event ${r.eventId} in that file.`,
          )!;
          eventIds.set(r.eventId, eventId);
        }
      }
      const f = insertForecast(
        tx,
        {
          key,
          articleId,
          forecasterId: sources.person(r.forecaster)!,
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
          ...probabilityColumns(r.probability),
          condition: r.condition,
          eventId,
        },
        r.topics.map((slug) => sources.topic({ slug, name: null })),
      );
      writeAudit(tx, {
        userId: editor.id,
        action: "forecast.create",
        entityType: "forecast",
        entityId: String(f.id),
        detail: { key, article: slug, via: "import", file, row },
      });
      if (r.outcome) {
        const o = r.outcome;
        appendOutcome(tx, {
          forecastId: f.id,
          status: o.status,
          occurredOn: o.occurredOn,
          evidence: o.evidence,
          note: o.note,
          reason: null,
          recordedBy: editor.id,
          auditDetail: { via: "import", file, row, fileRecordedBy: o.recordedBy ?? null, fileRecordedAt: o.recordedAt ?? null },
        });
        outcomesWritten++;
      }
      ids.push(f.id);
    }
    if (planned.storedId === null) {
      writeAudit(tx, {
        userId: editor.id,
        action: "article.create",
        entityType: "article",
        entityId: String(articleId),
        detail: { slug, title: planned.title, forecastIds: ids, via: "import", file },
      });
    }
    forecastIds.push(...ids);
  }
  forecastsChanged(tx, forecastIds);
  tagsChanged(tx, ["topics"]);
  writeAudit(tx, {
    userId: editor.id,
    action: "import.commit",
    entityType: "import",
    entityId: input.fileName ?? "upload",
    detail: {
      file,
      format: input.format,
      rows: rows.length,
      forecasts: forecastIds.length,
      duplicates: plan.duplicates.length,
      articles: articlesWritten,
      outcomes: outcomesWritten,
      created: sources.created,
    },
  });
  return { plan, forecastIds, created: { articles: articlesWritten, forecasts: forecastIds.length, outcomes: outcomesWritten, ...sources.created } };
}

function capped(errors: RowError[]): { errors: RowError[]; moreErrors: number } {
  return { errors: errors.slice(0, MAX_REPORTED_ERRORS), moreErrors: Math.max(0, errors.length - MAX_REPORTED_ERRORS) };
}

/**
 * Validates an import file and, with `commit`, writes it. Throws 401/403 for a caller without
 * the editor role; every problem with the file comes back in the report, never as a throw.
 */
export async function runImport(db: DB, actor: Actor | null, input: ImportInput, opts: ImportOptions): Promise<ImportReport> {
  const editor = authorize(actor, INTAKE_PERMISSION);
  const now = opts.now ?? today();
  const progress = opts.onProgress ?? (() => {});
  const chunkSize = opts.chunkSize ?? 200;
  const base = { fileName: input.fileName ?? null, format: input.format, committed: false, created: null, forecastIds: [] as number[] };
  if (input.content.length > MAX_IMPORT_CHARS) {
    throw new AppError("unprocessable", "The file is too large to import at once.", [
      { field: "file", message: `at most ${MAX_IMPORT_CHARS.toLocaleString("en")} characters; split it into several files` },
    ]);
  }

  progress({ phase: "parse", done: 0, total: 0 });
  const parsed = parseImportFile(input.content, input.format);
  const total = parsed.records.length;
  if (parsed.errors.some((e) => e.row === null) || (total === 0 && parsed.errors.length === 0)) {
    const errors = parsed.errors.length ? parsed.errors : [{ row: null, field: "file", message: "the file holds no records" }];
    progress({ phase: "done", done: 0, total });
    return { ...base, rows: total, ...capped(errors), duplicates: [], toImport: 0, newArticles: 0 };
  }

  const { valid, errors: rowErrors } = await validateRecords(parsed.records, now, (done) => progress({ phase: "validate", done, total }), chunkSize);
  progress({ phase: "check", done: 0, total });
  const plan = planImport(db, valid);
  // Cell errors (bad JSON in a cell) and schema errors come first, then the database checks.
  const errors = [...parsed.errors, ...rowErrors, ...plan.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const toImport = plan.articles.reduce((n, a) => n + a.rows.length, 0);
  const newArticles = plan.articles.filter((a) => a.storedId === null).length;
  progress({ phase: "check", done: total, total });
  const report: ImportReport = { ...base, rows: total, ...capped(errors), duplicates: plan.duplicates, toImport, newArticles };
  if (errors.length || !opts.commit || toImport === 0) {
    progress({ phase: "done", done: total, total });
    return report;
  }

  progress({ phase: "write", done: 0, total: toImport });
  try {
    const written = db.transaction((tx) => writeImport(tx, editor, valid, input, now), { behavior: "immediate" });
    syncSearchIndex(db);
    progress({ phase: "write", done: toImport, total: toImport });
    progress({ phase: "done", done: total, total });
    return {
      ...report,
      duplicates: written.plan.duplicates,
      toImport: written.forecastIds.length,
      committed: true,
      created: written.created,
      forecastIds: written.forecastIds,
    };
  } catch (err) {
    // Someone changed the ledger between the check and the write: report as a check would.
    if (err instanceof ImportRejected) return { ...report, ...capped(err.errors), committed: false };
    throw err;
  }
}
