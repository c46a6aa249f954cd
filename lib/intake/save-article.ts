/**
 * Saves an article from the intake form together with the forecasts the editor accepted: the
 * outlet (existing or new), new people, the article with its text, its authors, the forecasts
 * and their topics and events, and the audit log, all in ONE transaction. Every rule is
 * checked before the first write, so a rejected submission leaves the database as it was.
 */

import type { DB } from "@/db/client";
import { type AuditInput, writeAudit } from "@/db/queries/audit";
import {
  existingEvents,
  existingOutlets,
  existingPeople,
  findArticleByTitleAndBody,
  forecastKeysStartingWith,
  insertArticle,
  insertForecast,
} from "@/db/queries/intake";
import { type Actor, authorize } from "@/lib/auth/actor";
import { AppError, type FieldError } from "@/lib/http/errors";
import { fieldErrors, unprocessable } from "@/lib/http/validation";
import { forecastsChanged, tagsChanged } from "@/lib/ledger/forecasts-changed";
import { indexAfterCommit } from "@/lib/search/indexer";
import { today } from "@/lib/vocabulary/calendar";
import { type IntakeSubmission, intakeSchema, type PersonRef, unverifiedQuotes } from "./intake-schema";
import { INTAKE_PERMISSION } from "./permission";
import { probabilityColumns } from "./probability";
import { type Created, SourceResolver } from "./sources";

export interface SavedArticle {
  article: { id: number; slug: string; language: string };
  forecasts: { id: number; key: string }[];
}

export interface SaveOptions {
  /** Today's date (YYYY-MM-DD), for tests; defaults to the real date in UTC. */
  now?: string;
}

/** Parses a submission or throws a 422 naming every wrong field ("forecasts.2.question"). */
export function parseIntake(input: unknown, now: string): IntakeSubmission {
  const parsed = intakeSchema(now).safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  for (const q of unverifiedQuotes(input)) if (!fields.some((f) => f.field === q.field && f.message === q.message)) fields.push(q);
  throw unprocessable(fields);
}

const slugOf = (ref: { slug: string } | object | null) => (ref && "slug" in ref ? ref.slug : null);
const present = (xs: (string | null)[]) => xs.filter((s): s is string => !!s);

/** The slugs a submission points at, by table (to look up which exist). */
export function referencedSlugs(v: IntakeSubmission) {
  return {
    people: present([...v.article.authors.map((a) => slugOf(a.person)), ...v.forecasts.map((f) => slugOf(f.forecaster))]),
    outlets: present([slugOf(v.article.outlet), slugOf(v.article.originalOutlet)]),
    events: present(v.forecasts.map((f) => slugOf(f.event))),
  };
}

/** Slugs the editor chose that do not exist (someone may have changed the data meanwhile). */
export function referenceProblems(v: IntakeSubmission, existing: { people: Set<string>; outlets: Set<string>; events: Set<string> }): FieldError[] {
  const problems: FieldError[] = [];
  const outlet = slugOf(v.article.outlet);
  if (outlet && !existing.outlets.has(outlet)) problems.push({ field: "article.outlet.slug", message: `no outlet “${outlet}”` });
  const original = slugOf(v.article.originalOutlet);
  if (original && !existing.outlets.has(original)) problems.push({ field: "article.originalOutlet.slug", message: `no outlet “${original}”` });
  v.article.authors.forEach((a, i) => {
    const s = slugOf(a.person);
    if (s && !existing.people.has(s)) problems.push({ field: `article.authors.${i}.person.slug`, message: `no person or institution “${s}”` });
  });
  v.forecasts.forEach((f, i) => {
    const s = slugOf(f.forecaster);
    if (s && !existing.people.has(s)) problems.push({ field: `forecasts.${i}.forecaster.slug`, message: `no person or institution “${s}”` });
    const e = slugOf(f.event);
    if (e && !existing.events.has(e)) problems.push({ field: `forecasts.${i}.event.slug`, message: `no shared event “${e}”` });
  });
  return problems;
}

export function twinProblem(twin: { slug: string }): FieldError {
  return { field: "article.title", message: `this article is already in the ledger (/articles/${twin.slug})` };
}

export function vanished(what: string): AppError {
  return new AppError("conflict", `${what} vanished while saving; nothing was saved. Reload and try again.`);
}

export function provenanceNote(v: IntakeSubmission, editor: Actor, now: string): string {
  const from = v.article.sourceFile ? `the file ${v.article.sourceFile}` : "pasted text";
  const language = v.article.languageDetected ? `; language ${v.article.language} detected from the text` : "";
  return `Added through the intake form by ${editor.name} on ${now} from ${from}; dates as entered by the editor${language}.`;
}

/** The next free forecast key "intake-<article>-<n>" after the taken ones. */
export function keyMaker(prefix: string, taken: Set<string>): () => string {
  let n = 0;
  return () => {
    let key: string;
    do key = `${prefix}${++n}`;
    while (taken.has(key));
    return key;
  };
}

type Submitted = IntakeSubmission["forecasts"][number];

/** The forecast's columns from the submission, once its article, forecaster and event are known. */
export function forecastColumns(
  f: Submitted,
  a: IntakeSubmission["article"],
  ids: { key: string; articleId: number; forecasterId: number; eventId: number | null },
) {
  return {
    ...ids,
    attribution: f.attribution,
    quote: f.quote,
    language: a.language,
    question: f.question,
    polarity: f.polarity,
    resolutionCriteria: f.resolutionCriteria,
    madeOn: f.madeOn,
    madeOnBasis: f.madeOnBasis,
    madeOnNote: f.madeOnNote,
    deadline: f.deadline,
    deadlineBasis: f.deadlineBasis,
    deadlineNote: f.deadlineNote,
    ...probabilityColumns(f.probability),
    condition: f.condition,
  };
}

/** The article's columns (slug and source ids resolved by the caller). */
export function articleColumns(
  v: IntakeSubmission,
  editor: Actor,
  now: string,
  ids: { slug: string; outletId: number | null; originalOutletId: number | null },
) {
  const a = v.article;
  return {
    ...ids,
    title: a.title,
    language: a.language,
    url: a.url,
    publishedOn: a.publishedOn,
    firstPublishedOn: a.firstPublishedOn,
    provenanceNote: a.provenanceNote ?? provenanceNote(v, editor, now),
    body: a.body,
    sourceFile: a.sourceFile,
  };
}

export function forecastAudit(editor: Actor, row: { id: number; key: string }, slug: string): AuditInput {
  return {
    userId: editor.id,
    action: "forecast.create",
    entityType: "forecast",
    entityId: String(row.id),
    detail: { key: row.key, article: slug, via: "intake" },
  };
}

export function articleAudit(editor: Actor, articleId: number, v: IntakeSubmission, slug: string, saved: { id: number }[], created: Created): AuditInput {
  const a = v.article;
  return {
    userId: editor.id,
    action: "article.create",
    entityType: "article",
    entityId: String(articleId),
    detail: { slug, title: a.title, language: a.language, forecastIds: saved.map((s) => s.id), created, via: "intake" },
  };
}

export function saveArticleWithForecasts(db: DB, actor: Actor | null, input: unknown, opts: SaveOptions = {}): SavedArticle {
  const editor = authorize(actor, INTAKE_PERMISSION);
  const now = opts.now ?? today();
  const v = parseIntake(input, now);
  const saved = db.transaction(
    (tx) => {
      const slugs = referencedSlugs(v);
      const problems = referenceProblems(v, {
        people: existingPeople(tx, slugs.people),
        outlets: existingOutlets(tx, slugs.outlets),
        events: existingEvents(tx, slugs.events),
      });
      const twin = findArticleByTitleAndBody(tx, v.article.title, v.article.body);
      if (twin) problems.push(twinProblem(twin));
      if (problems.length) throw unprocessable(problems);

      const sources = new SourceResolver(tx);
      const must = (id: number | null, what: string) => {
        if (id === null) throw vanished(what);
        return id;
      };
      const person = (ref: PersonRef) => must(sources.person(ref), "A person");
      const a = v.article;
      const slug = sources.articleSlug(a.title);
      const article = insertArticle(
        tx,
        articleColumns(v, editor, now, {
          slug,
          outletId: a.outlet ? must(sources.outlet(a.outlet, a.language), "The outlet") : null,
          originalOutletId: a.originalOutlet ? must(sources.outlet(a.originalOutlet), "The original outlet") : null,
        }),
        // The same person listed twice is one author.
        [...new Map(a.authors.map((au) => [person(au.person), au.role])).entries()].map(([personId, role]) => ({ personId, role })),
      );

      const nextKey = keyMaker(`intake-${slug}-`, forecastKeysStartingWith(tx, `intake-${slug}-`));
      const saved = v.forecasts.map((f) => {
        const row = insertForecast(
          tx,
          forecastColumns(f, a, {
            key: nextKey(),
            articleId: article.id,
            forecasterId: person(f.forecaster),
            eventId: f.event ? must(sources.event(f.event), "The shared event") : null,
          }),
          f.topics.map((t) => sources.topic(t)),
        );
        writeAudit(tx, forecastAudit(editor, row, slug));
        return row;
      });
      forecastsChanged(
        tx,
        saved.map((s) => s.id),
      );
      tagsChanged(tx, ["topics"]);
      writeAudit(tx, articleAudit(editor, article.id, v, slug, saved, sources.created));
      return { article: { id: article.id, slug, language: a.language }, forecasts: saved };
    },
    { behavior: "immediate" },
  );
  indexAfterCommit(db);
  return saved;
}
