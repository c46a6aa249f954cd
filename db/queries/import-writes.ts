/**
 * The bulk import's writes (lib/import/write-import.ts): the same rows the intake's writers and
 * appendOutcome write (db/queries/intake.ts, outcomes.ts, audit.ts), through statements prepared
 * once per import instead of a query built per row. Call inside the import's transaction.
 */
import type { Language } from "@/lib/vocabulary";
import type { DB } from "../client";
import type { Evidence, NewForecast } from "../schema";
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

export function importWriter(db: DB) {
  const c = db.$client;
  const article = c.prepare(`insert into articles (slug, title, outlet_id, original_outlet_id, language, url, published_on, first_published_on,
    provenance_note, body, source_file) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const author = c.prepare("insert into article_authors (article_id, person_id, role, position) values (?, ?, ?, ?)");
  const forecast = c.prepare(`insert into forecasts (${FORECAST_COLUMNS.join(", ")}) values (${FORECAST_COLUMNS.map(() => "?").join(", ")})`);
  const topic = c.prepare("insert or ignore into forecast_topics (forecast_id, topic_id) values (?, ?)");
  const outcome =
    c.prepare(`insert into outcomes (forecast_id, status, occurred_on, evidence, note, reason, supersedes_id, retraction, version, recorded_by, recorded_by_name)
    values (?, ?, ?, ?, ?, null, null, 0, ?, ?, ?)`);
  const current = c.prepare(
    "update forecasts set current_outcome_id = ?, outcome_status = ?, outcome_occurred_on = ?, version = ?, updated_at = ? where id = ?",
  );
  const audit = c.prepare("insert into audit_log (user_id, action, entity_type, entity_id, detail) values (?, ?, ?, ?, ?)");
  const recorderName = c.prepare("select name from user where id = ?").pluck();
  const person = c.prepare("insert into people (slug, name, kind, description) values (?, ?, ?, ?)");
  const outlet = c.prepare("insert into outlets (slug, name, site, language, description) values (?, ?, ?, ?, null)");
  const event = c.prepare("insert into events (slug, title, description) values (?, ?, ?)");
  const inserted = (slug: string, r: { lastInsertRowid: number | bigint }) => ({ id: Number(r.lastInsertRowid), slug });

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

    /** Inserts one forecast and its topics; returns its id. */
    forecast(f: ImportForecast, topicIds: number[]): number {
      const id = Number(
        forecast.run(
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
        ).lastInsertRowid,
      );
      for (const t of topicIds) topic.run(id, t);
      return id;
    },

    /**
     * The first outcome record of a forecast just inserted (version 1): as appendOutcome writes it,
     * with its audit entry; returns the outcome's id.
     */
    firstOutcome(forecastId: number, o: ImportOutcome, recordedBy: string, auditDetail: Record<string, unknown>): number {
      const version = 2;
      const name = recorderName.get(recordedBy) as string | undefined;
      if (name === undefined) throw new Error(`account ${recordedBy} does not exist`);
      const id = Number(outcome.run(forecastId, o.status, o.occurredOn, JSON.stringify(o.evidence), o.note, version, recordedBy, name).lastInsertRowid);
      current.run(id, o.status, o.occurredOn, version, Date.now(), forecastId);
      audit.run(
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
      );
      return id;
    },

    audit(userId: string | null, action: string, entityType: string, entityId: string, detail: Record<string, unknown>) {
      audit.run(userId, action, entityType, entityId, JSON.stringify(detail));
    },
  };
}
