/**
 * Saves an article from the intake form together with the forecasts the editor accepted: the
 * outlet (existing or new), new people, the article with its text, its authors, the forecasts
 * and their topics and events, and the audit log, all in ONE transaction. Every rule is
 * checked before the first write, so a rejected submission leaves the database as it was.
 */

import type { DB } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import {
  existingEvents,
  existingOutlets,
  existingPeople,
  findArticleByTitleAndBody,
  forecastKeysStartingWith,
  insertArticle,
  insertForecast,
} from "@/db/queries/intake";
import type { Tx } from "@/db/tx";
import { type Actor, authorize } from "@/lib/auth/actor";
import { AppError, type FieldError } from "@/lib/http/errors";
import { fieldErrors, unprocessable } from "@/lib/http/validation";
import { forecastsChanged, tagsChanged } from "@/lib/ledger/forecasts-changed";
import { syncSearchIndex } from "@/lib/search/indexer";
import { today } from "@/lib/vocabulary/calendar";
import { type IntakeSubmission, intakeSchema, type PersonRef, unverifiedQuotes } from "./intake-schema";
import { INTAKE_PERMISSION } from "./permission";
import { probabilityColumns } from "./probability";
import { SourceResolver } from "./sources";

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

/** Slugs the editor chose that do not exist (someone may have changed the data meanwhile). */
function unknownReferences(tx: Tx, v: IntakeSubmission): FieldError[] {
  const problems: FieldError[] = [];
  const slugOf = (ref: { slug: string } | object | null) => (ref && "slug" in ref ? ref.slug : null);
  const people = existingPeople(
    tx,
    [...v.article.authors.map((a) => slugOf(a.person)), ...v.forecasts.map((f) => slugOf(f.forecaster))].filter((s): s is string => !!s),
  );
  const outlets = existingOutlets(
    tx,
    [slugOf(v.article.outlet), slugOf(v.article.originalOutlet)].filter((s): s is string => !!s),
  );
  const events = existingEvents(
    tx,
    v.forecasts.map((f) => slugOf(f.event)).filter((s): s is string => !!s),
  );
  const outlet = slugOf(v.article.outlet);
  if (outlet && !outlets.has(outlet)) problems.push({ field: "article.outlet.slug", message: `no outlet “${outlet}”` });
  const original = slugOf(v.article.originalOutlet);
  if (original && !outlets.has(original)) problems.push({ field: "article.originalOutlet.slug", message: `no outlet “${original}”` });
  v.article.authors.forEach((a, i) => {
    const s = slugOf(a.person);
    if (s && !people.has(s)) problems.push({ field: `article.authors.${i}.person.slug`, message: `no person or institution “${s}”` });
  });
  v.forecasts.forEach((f, i) => {
    const s = slugOf(f.forecaster);
    if (s && !people.has(s)) problems.push({ field: `forecasts.${i}.forecaster.slug`, message: `no person or institution “${s}”` });
    const e = slugOf(f.event);
    if (e && !events.has(e)) problems.push({ field: `forecasts.${i}.event.slug`, message: `no shared event “${e}”` });
  });
  return problems;
}

function provenanceNote(v: IntakeSubmission, editor: Actor, now: string): string {
  const from = v.article.sourceFile ? `the file ${v.article.sourceFile}` : "pasted text";
  const language = v.article.languageDetected ? `; language ${v.article.language} detected from the text` : "";
  return `Added through the intake form by ${editor.name} on ${now} from ${from}; dates as entered by the editor${language}.`;
}

export function saveArticleWithForecasts(db: DB, actor: Actor | null, input: unknown, opts: SaveOptions = {}): SavedArticle {
  const editor = authorize(actor, INTAKE_PERMISSION);
  const now = opts.now ?? today();
  const v = parseIntake(input, now);
  const saved = db.transaction(
    (tx) => {
      const problems = unknownReferences(tx, v);
      const twin = findArticleByTitleAndBody(tx, v.article.title, v.article.body);
      if (twin) problems.push({ field: "article.title", message: `this article is already in the ledger (/articles/${twin.slug})` });
      if (problems.length) throw unprocessable(problems);

      const sources = new SourceResolver(tx);
      const must = (id: number | null, what: string) => {
        if (id === null) throw new AppError("conflict", `${what} vanished while saving; nothing was saved. Reload and try again.`);
        return id;
      };
      const person = (ref: PersonRef) => must(sources.person(ref), "A person");
      const a = v.article;
      const slug = sources.articleSlug(a.title);
      const article = insertArticle(
        tx,
        {
          slug,
          title: a.title,
          outletId: a.outlet ? must(sources.outlet(a.outlet, a.language), "The outlet") : null,
          originalOutletId: a.originalOutlet ? must(sources.outlet(a.originalOutlet), "The original outlet") : null,
          language: a.language,
          url: a.url,
          publishedOn: a.publishedOn,
          firstPublishedOn: a.firstPublishedOn,
          provenanceNote: a.provenanceNote ?? provenanceNote(v, editor, now),
          body: a.body,
          sourceFile: a.sourceFile,
        },
        // The same person listed twice is one author.
        [...new Map(a.authors.map((au) => [person(au.person), au.role])).entries()].map(([personId, role]) => ({ personId, role })),
      );

      const prefix = `intake-${slug}-`;
      const taken = forecastKeysStartingWith(tx, prefix);
      let n = 0;
      const nextKey = () => {
        let key: string;
        do key = `${prefix}${++n}`;
        while (taken.has(key));
        return key;
      };
      const saved = v.forecasts.map((f) => {
        const row = insertForecast(
          tx,
          {
            key: nextKey(),
            articleId: article.id,
            forecasterId: person(f.forecaster),
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
            eventId: f.event ? must(sources.event(f.event), "The shared event") : null,
          },
          f.topics.map((t) => sources.topic(t)),
        );
        writeAudit(tx, {
          userId: editor.id,
          action: "forecast.create",
          entityType: "forecast",
          entityId: String(row.id),
          detail: { key: row.key, article: slug, via: "intake" },
        });
        return row;
      });
      forecastsChanged(
        tx,
        saved.map((s) => s.id),
      );
      tagsChanged(tx, ["topics"]);
      writeAudit(tx, {
        userId: editor.id,
        action: "article.create",
        entityType: "article",
        entityId: String(article.id),
        detail: { slug, title: a.title, language: a.language, forecastIds: saved.map((s) => s.id), created: sources.created, via: "intake" },
      });
      return { article: { id: article.id, slug, language: a.language }, forecasts: saved };
    },
    { behavior: "immediate" },
  );
  syncSearchIndex(db);
  return saved;
}
