/**
 * Loads the reviewed seed corpus (seeds/data) into the database through the same write paths the
 * app uses. Everything is validated first; then one transaction writes it all, so a bad record
 * leaves the database as it was. Loading again changes nothing: records are matched on their
 * slug or key, and an existing forecast is never overwritten (editors may have corrected it).
 */

import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/db/client";
import { appendOutcome } from "@/db/queries/outcomes";
import { articleAuthors, articles, events, forecasts, forecastTopics, outcomes, outlets, people, topics, users } from "@/db/schema";
import { forecastsChanged, tagsChanged } from "@/lib/ledger/forecasts-changed";
import { LEXICON, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { syncSearchIndex } from "@/lib/search/indexer";
import { locateQuote, plainText } from "@/lib/text/plain-text";
import { corpus as defaultCorpus } from "./data";
import { seedArticle, seedEvent, seedForecast, seedOutcome, seedOutlet, seedPerson, seedTopic } from "./schema";
import { SEED_EDITOR } from "./seed-editor";

export const TEXTS_DIR = path.join(process.cwd(), "seeds", "texts");

const corpusSchema = z.object({
  outlets: z.array(seedOutlet),
  people: z.array(seedPerson),
  articles: z.array(seedArticle),
  events: z.array(seedEvent),
  topics: z.array(seedTopic),
  forecasts: z.array(seedForecast),
  outcomes: z.array(seedOutcome),
});
export type Corpus = z.infer<typeof corpusSchema>;

export class SeedError extends Error {}

export interface LoadReport {
  inserted: Record<"outlets" | "people" | "articles" | "events" | "topics" | "forecasts" | "outcomes", number>;
}

/** Validates the corpus: schemas, references, and every quote verbatim in its article. */
export function validateCorpus(input: unknown, readText: (file: string) => string = (f) => fs.readFileSync(path.join(TEXTS_DIR, f), "utf8")): Corpus {
  const parsed = corpusSchema.safeParse(input);
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  }
  const c = parsed.data;
  const problems: string[] = [];
  const slugs = (xs: { slug: string }[]) => new Set(xs.map((x) => x.slug));
  const outletSlugs = slugs(c.outlets),
    personSlugs = slugs(c.people),
    eventSlugs = slugs(c.events),
    topicSlugs = slugs(c.topics);
  const bodies = new Map(c.articles.map((a) => [a.slug, plainText(readText(a.sourceFile))]));
  for (const a of c.articles) {
    if (a.outlet && !outletSlugs.has(a.outlet)) problems.push(`article ${a.slug}: unknown outlet ${a.outlet}`);
    if (a.originalOutlet && !outletSlugs.has(a.originalOutlet)) problems.push(`article ${a.slug}: unknown original outlet ${a.originalOutlet}`);
    for (const au of a.authors) if (!personSlugs.has(au.person)) problems.push(`article ${a.slug}: unknown author ${au.person}`);
  }
  const keys = new Set<string>();
  for (const f of c.forecasts) {
    if (keys.has(f.key)) problems.push(`forecast ${f.key}: duplicate key`);
    keys.add(f.key);
    const body = bodies.get(f.article);
    if (body === undefined) problems.push(`forecast ${f.key}: unknown article ${f.article}`);
    else if (!locateQuote(body, f.quote)) problems.push(`forecast ${f.key}: quote not found verbatim in ${f.article}`);
    if (!personSlugs.has(f.forecaster)) problems.push(`forecast ${f.key}: unknown forecaster ${f.forecaster}`);
    if (f.event && !eventSlugs.has(f.event)) problems.push(`forecast ${f.key}: unknown event ${f.event}`);
    for (const t of f.topics) if (!topicSlugs.has(t)) problems.push(`forecast ${f.key}: unknown topic ${t}`);
  }
  for (const o of c.outcomes) if (!keys.has(o.forecast)) problems.push(`outcome: unknown forecast ${o.forecast}`);
  if (problems.length) throw new SeedError(problems.join("\n"));
  return c;
}

function probabilityFields(p: Corpus["forecasts"][number]["probability"]) {
  if (p.source === "stated") {
    return {
      probability: p.value,
      probabilityLow: p.value,
      probabilityHigh: p.value,
      probabilitySource: "stated" as const,
      verbalExpression: p.expression,
      lexiconClass: null,
      lexiconVersion: null,
      lowInformation: false,
    };
  }
  const e = LEXICON[p.class];
  return {
    probability: e.p,
    probabilityLow: e.lo,
    probabilityHigh: e.hi,
    probabilitySource: "lexicon" as const,
    verbalExpression: p.expression,
    lexiconClass: p.class,
    lexiconVersion: LEXICON_VERSION,
    lowInformation: e.lowInformation,
  };
}

export function loadSeeds(db: DB, input: unknown = defaultCorpus, readText?: (file: string) => string): LoadReport {
  const c = validateCorpus(input, readText);
  const read = readText ?? ((f: string) => fs.readFileSync(path.join(TEXTS_DIR, f), "utf8"));
  const inserted: LoadReport["inserted"] = { outlets: 0, people: 0, articles: 0, events: 0, topics: 0, forecasts: 0, outcomes: 0 };

  db.transaction((tx) => {
    tx.insert(users)
      .values({ ...SEED_EDITOR, emailVerified: false })
      .onConflictDoNothing()
      .run();

    const ids = <T extends { slug: string; id: number }>(rows: T[]) => new Map(rows.map((r) => [r.slug, r.id]));
    for (const o of c.outlets) inserted.outlets += tx.insert(outlets).values(o).onConflictDoNothing().run().changes;
    for (const p of c.people) inserted.people += tx.insert(people).values(p).onConflictDoNothing().run().changes;
    for (const t of c.topics) inserted.topics += tx.insert(topics).values(t).onConflictDoNothing().run().changes;
    for (const e of c.events) inserted.events += tx.insert(events).values(e).onConflictDoNothing().run().changes;
    const outletId = ids(tx.select({ slug: outlets.slug, id: outlets.id }).from(outlets).all());
    const personId = ids(tx.select({ slug: people.slug, id: people.id }).from(people).all());
    const topicId = ids(tx.select({ slug: topics.slug, id: topics.id }).from(topics).all());
    const eventId = ids(tx.select({ slug: events.slug, id: events.id }).from(events).all());

    for (const a of c.articles) {
      const res = tx
        .insert(articles)
        .values({
          slug: a.slug,
          title: a.title,
          outletId: a.outlet ? outletId.get(a.outlet)! : null,
          language: a.language,
          url: a.url,
          publishedOn: a.publishedOn,
          firstPublishedOn: a.firstPublishedOn,
          originalOutletId: a.originalOutlet ? outletId.get(a.originalOutlet)! : null,
          provenanceNote: a.provenanceNote,
          body: plainText(read(a.sourceFile)),
          sourceFile: a.sourceFile,
        })
        .onConflictDoNothing()
        .run();
      if (res.changes === 0) continue;
      inserted.articles++;
      const articleId = Number(res.lastInsertRowid);
      for (const [position, au] of a.authors.entries()) {
        tx.insert(articleAuthors)
          .values({ articleId, personId: personId.get(au.person)!, role: au.role, position })
          .run();
      }
    }
    const changed = new Set<number>();
    const articleId = ids(tx.select({ slug: articles.slug, id: articles.id }).from(articles).all());
    const languageOf = new Map(c.articles.map((a) => [a.slug, a.language]));

    for (const f of c.forecasts) {
      const res = tx
        .insert(forecasts)
        .values({
          key: f.key,
          articleId: articleId.get(f.article)!,
          forecasterId: personId.get(f.forecaster)!,
          attribution: f.attribution,
          quote: f.quote,
          language: languageOf.get(f.article)!,
          question: f.question,
          polarity: f.polarity,
          resolutionCriteria: f.resolutionCriteria,
          madeOn: f.madeOn,
          madeOnBasis: f.madeOnBasis,
          madeOnNote: f.madeOnNote,
          deadline: f.deadline,
          deadlineBasis: f.deadlineBasis,
          deadlineNote: f.deadlineNote,
          ...probabilityFields(f.probability),
          condition: f.condition,
          eventId: f.event ? eventId.get(f.event)! : null,
        })
        .onConflictDoNothing()
        .run();
      if (res.changes === 0) continue;
      inserted.forecasts++;
      const forecastId = Number(res.lastInsertRowid);
      changed.add(forecastId);
      for (const t of f.topics)
        tx.insert(forecastTopics)
          .values({ forecastId, topicId: topicId.get(t)! })
          .run();
    }

    const forecastIds = new Map(
      tx
        .select({ key: forecasts.key, id: forecasts.id })
        .from(forecasts)
        .where(
          inArray(
            forecasts.key,
            c.outcomes.map((o) => o.forecast),
          ),
        )
        .all()
        .map((r) => [r.key, r.id]),
    );
    for (const o of c.outcomes) {
      const forecastId = forecastIds.get(o.forecast)!;
      // One seed record per forecast: skip when the seed editor has already recorded one.
      const already = tx
        .select({ id: outcomes.id })
        .from(outcomes)
        .where(and(eq(outcomes.forecastId, forecastId), eq(outcomes.recordedBy, SEED_EDITOR.id)))
        .get();
      if (already) continue;
      changed.add(forecastId);
      appendOutcome(tx, {
        forecastId,
        status: o.status,
        occurredOn: o.occurredOn,
        evidence: o.evidence,
        note: o.note,
        reason: null,
        recordedBy: SEED_EDITOR.id,
      });
      inserted.outcomes++;
    }
    if (changed.size) {
      forecastsChanged(tx, changed);
      tagsChanged(tx, ["topics"]);
    }
  });
  syncSearchIndex(db);
  return { inserted };
}
