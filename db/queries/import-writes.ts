/**
 * The bulk import's writes (lib/import/write-import.ts): the same rows the intake's writers and
 * appendOutcome write (db/queries/intake.ts, outcomes.ts, audit.ts), through statements prepared
 * once per import instead of a query built per row. Call inside the import's transaction.
 *
 * Forecasts, their topics, outcomes and audit entries are buffered and go in ROWS_PER_INSERT at a
 * time through multi-row INSERTs (about a third less work for SQLite than one statement a row).
 * So that nothing has to wait for SQLite to hand out an id, forecasts and outcomes get theirs here,
 * the ids SQLite's AUTOINCREMENT would give them in the same order (nextIds), and each forecast's
 * current outcome is pointed at by one UPDATE at the end (finish) instead of one per outcome.
 */

import type Database from "better-sqlite3";
import type { Language } from "@/lib/vocabulary";
import type { DB } from "../client";
import type { Evidence, NewForecast } from "../schema";
import { batchedInsert, ROWS_PER_INSERT } from "./batched-insert";
import type { NewArticle } from "./intake";

export type ImportForecast = Omit<NewForecast, "id" | "version" | "currentOutcomeId" | "createdAt" | "updatedAt" | "outcomeStatus" | "outcomeOccurredOn">;

export interface ImportOutcome {
  status: string;
  occurredOn: string | null;
  evidence: Evidence[];
  note: string | null;
}

const FORECAST_COLUMNS = [
  "key",
  "article_id",
  "forecaster_id",
  "attribution",
  "quote",
  "language",
  "question",
  "polarity",
  "resolution_criteria",
  "made_on",
  "made_on_basis",
  "made_on_note",
  "deadline",
  "deadline_basis",
  "deadline_note",
  "probability",
  "probability_low",
  "probability_high",
  "probability_source",
  "verbal_expression",
  "lexicon_class",
  "lexicon_version",
  "low_information",
  "condition",
  "event_id",
] as const;

/** The id SQLite's AUTOINCREMENT gives the next row of this table: past both the highest id and the highest ever handed out. */
function nextId(c: Database.Database, table: "forecasts" | "outcomes"): number {
  const row = c
    .prepare(`select max(coalesce((select seq from sqlite_sequence where name = ?), 0), coalesce((select max(id) from ${table}), 0)) + 1 as id`)
    .get(table) as { id: number };
  return row.id;
}

export function importWriter(db: DB) {
  const c = db.$client;
  const article = c.prepare(`insert into articles (slug, title, outlet_id, original_outlet_id, language, url, published_on, first_published_on,
    provenance_note, body, source_file) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const author = c.prepare("insert into article_authors (article_id, person_id, role, position) values (?, ?, ?, ?)");
  const forecasts = batchedInsert(c, `insert into forecasts (id, ${FORECAST_COLUMNS.join(", ")})`, FORECAST_COLUMNS.length + 1);
  const topics = batchedInsert(c, "insert or ignore into forecast_topics (forecast_id, topic_id)", 2);
  const outcomes = batchedInsert(
    c,
    "insert into outcomes (id, forecast_id, status, occurred_on, evidence, note, reason, supersedes_id, retraction, version, recorded_by, recorded_by_name)",
    12,
  );
  const audits = batchedInsert(c, "insert into audit_log (user_id, action, entity_type, entity_id, detail)", 5);
  const recorderName = c.prepare("select name from user where id = ?").pluck();
  const names = new Map<string, string>();
  const person = c.prepare("insert into people (slug, name, kind, description) values (?, ?, ?, ?)");
  const outlet = c.prepare("insert into outlets (slug, name, site, language, description) values (?, ?, ?, ?, null)");
  const event = c.prepare("insert into events (slug, title, description) values (?, ?, ?)");
  const inserted = (slug: string, r: { lastInsertRowid: number | bigint }) => ({ id: Number(r.lastInsertRowid), slug });
  let nextForecastId = nextId(c, "forecasts");
  const firstOutcomeId = nextId(c, "outcomes");
  let nextOutcomeId = firstOutcomeId;
  let pending = 0;

  /** Writes what is buffered, in the order the foreign keys need: forecasts before their topics and outcomes. */
  const flush = (all: boolean) => {
    forecasts.flush(true);
    topics.flush(all);
    outcomes.flush(all);
    audits.flush(all);
    pending = 0;
  };

  return {
    /** New people, outlets and events (lib/intake/sources.ts SourceInserts): the rows insertPerson, insertOutlet and insertEvent write. */
    sources: {
      person: (_tx: unknown, p: { slug: string; name: string; kind: "person" | "institution"; description?: string | null }) =>
        inserted(p.slug, person.run(p.slug, p.name, p.kind, p.description ?? null)),
      outlet: (_tx: unknown, o: { slug: string; name: string; site?: string | null; language?: Language | null }) =>
        inserted(o.slug, outlet.run(o.slug, o.name, o.site ?? null, o.language ?? null)),
      event: (_tx: unknown, e: { slug: string; title: string; description?: string | null }) =>
        inserted(e.slug, event.run(e.slug, e.title, e.description ?? null)),
    },

    /** Inserts the article and its authors in their order; returns its id. */
    article(a: NewArticle & { language: Language }, authors: { personId: number; role: "author" | "translator" }[]): number {
      const id = Number(
        article.run(
          a.slug,
          a.title,
          a.outletId,
          a.originalOutletId,
          a.language,
          a.url,
          a.publishedOn,
          a.firstPublishedOn,
          a.provenanceNote,
          a.body,
          a.sourceFile,
        ).lastInsertRowid,
      );
      for (const [position, au] of authors.entries()) author.run(id, au.personId, au.role, position);
      return id;
    },

    /** Buffers one forecast and its topics; returns the id it will have. */
    forecast(f: ImportForecast, topicIds: number[]): number {
      const id = nextForecastId++;
      forecasts.push([
        id,
        f.key,
        f.articleId,
        f.forecasterId,
        f.attribution,
        f.quote,
        f.language,
        f.question,
        f.polarity,
        f.resolutionCriteria,
        f.madeOn,
        f.madeOnBasis,
        f.madeOnNote ?? null,
        f.deadline ?? null,
        f.deadlineBasis,
        f.deadlineNote ?? null,
        f.probability,
        f.probabilityLow ?? null,
        f.probabilityHigh ?? null,
        f.probabilitySource,
        f.verbalExpression ?? null,
        f.lexiconClass ?? null,
        f.lexiconVersion ?? null,
        f.lowInformation ? 1 : 0,
        f.condition ?? null,
        f.eventId ?? null,
      ]);
      for (const t of topicIds) topics.push([id, t]);
      if (++pending === ROWS_PER_INSERT * 4) flush(false);
      return id;
    },

    /**
     * The first outcome record of a forecast just buffered (version 1): as appendOutcome writes it,
     * with its audit entry; returns the outcome's id. The forecast points at it in finish().
     */
    firstOutcome(forecastId: number, o: ImportOutcome, recordedBy: string, auditDetail: Record<string, unknown>): number {
      const version = 2;
      let name = names.get(recordedBy);
      if (name === undefined) {
        name = recorderName.get(recordedBy) as string | undefined;
        if (name === undefined) throw new Error(`account ${recordedBy} does not exist`);
        names.set(recordedBy, name);
      }
      const id = nextOutcomeId++;
      outcomes.push([id, forecastId, o.status, o.occurredOn, JSON.stringify(o.evidence), o.note, null, null, 0, version, recordedBy, name]);
      audits.push([
        recordedBy,
        "outcome.record",
        "forecast",
        String(forecastId),
        JSON.stringify({
          outcomeId: id,
          status: o.status,
          occurredOn: o.occurredOn,
          evidence: o.evidence.length,
          supersedesId: null,
          reason: null,
          version,
          ...auditDetail,
        }),
      ]);
      return id;
    },

    audit(userId: string | null, action: string, entityType: string, entityId: string, detail: Record<string, unknown>) {
      audits.push([userId, action, entityType, entityId, JSON.stringify(detail)]);
    },

    /** Writes every buffered row. */
    flush: () => flush(true),

    /** Writes everything buffered and points each forecast with an outcome at it (version 2, as appendOutcome leaves it). */
    finish() {
      flush(true);
      if (nextOutcomeId > firstOutcomeId)
        c.prepare(`update forecasts set current_outcome_id = o.id, outcome_status = o.status, outcome_occurred_on = o.occurred_on, version = o.version,
          updated_at = ? from outcomes o where o.id >= ? and o.forecast_id = forecasts.id`).run(Date.now(), firstOutcomeId);
    },
  };
}
