/**
 * The bulk import (prepared statements, names resolved in sets, kept sums and tags once, the
 * search index in bulk) writes exactly what the import wrote row by row before it: the same
 * rows in every table, the same search hits, kept sums equal to the row-by-row ones and to a
 * rebuild; a failure in the middle leaves nothing; and an editor's outcome write that meets the
 * import's write lock gets 503 with Retry-After after its bounded wait, never 500.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DB, openDatabase } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { exportForecasts } from "@/db/queries/forecasts";
import { findArticlesByTitle, forecastKeysStartingWith, insertArticle, insertForecast } from "@/db/queries/intake";
import { dumpKeptSums, getPastBefore, rebuildKeptSums } from "@/db/queries/kept-sums";
import { appendOutcome } from "@/db/queries/outcomes";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { type ExportRecord, formatRecords, toExportRecord } from "@/lib/export/format";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { listForecasts } from "@/lib/forecasts/list";
import { errorResponse } from "@/lib/http/errors";
import { probabilityColumns } from "@/lib/intake/probability";
import { SourceResolver } from "@/lib/intake/sources";
import { forecastsChanged, tagsChanged } from "@/lib/ledger/forecasts-changed";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { searchDocument } from "@/lib/search/fold";
import { today } from "@/lib/vocabulary/calendar";
import { syntheticRecords } from "@/scripts/synthetic-import";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { parseImportFile } from "./parse-file";
import { planImport, type ValidRow } from "./plan-import";
import { importRecordSchema } from "./record-schema";
import { runImport } from "./run-import";
import { topicOrder } from "./topic-order";
import { QUOTE_SEPARATOR } from "./write-import";

vi.mock("server-only", () => ({}));

const NOW = today();
const IMPORTER: Actor = { id: "importer", name: "Importing Editor", email: "importer@test.invalid", role: "editor" };
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of cleanups) c();
});

/** A seeded ledger (so the kept sums exist and the import updates them instead of building them) with the importing editor. */
function seededLedger(): { db: DB; file: string } {
  const { db, file, cleanup } = freshDatabase();
  cleanups.push(cleanup);
  loadSeeds(db);
  db.insert(users).values({ id: IMPORTER.id, name: IMPORTER.name, email: IMPORTER.email, role: "editor" }).run();
  return { db, file };
}

/** Synthetic rows, rows with umlauts and ß (folded in TypeScript, not by SQLite), and stored seed forecasts again (duplicates). */
function fileRecords(seedExport: ExportRecord[]): ExportRecord[] {
  const synthetic = syntheticRecords({ rows: 240, tag: "eq", now: NOW });
  for (const r of synthetic.slice(0, 10)) {
    r.forecaster = { name: "Jürgen Weiß", kind: "person" };
    r.quote = r.quote.replace("it will probably happen", "es wird größer werden");
  }
  // Rows sharing an event of their own in the file (a new event; the seed duplicates' event ids point at stored events).
  for (const r of synthetic.slice(30, 36)) r.eventId = 9001;
  synthetic[20]!.outcome = { status: "ambiguous", occurredOn: null, evidence: [], note: "unclear", recordedBy: "x", recordedAt: "y" };
  return [...synthetic, ...seedExport.slice(0, 5)];
}

/** The import's write as it was before the bulk path: every row through the intake's writers, the kept sums and tags moved per forecast. */
function writeRowByRow(db: DB, rows: ValidRow[], fileName: string) {
  const file = fileName;
  db.transaction((tx) => {
    const plan = planImport(tx, rows);
    expect(plan.errors).toEqual([]);
    const sources = new SourceResolver(tx);
    const eventIds = new Map(plan.storedEvents);
    const all: number[] = [];
    let outcomes = 0;
    let articlesWritten = 0;
    for (const slug of topicOrder(plan.articles.flatMap((a) => a.rows.map((r) => r.record.topics)))) sources.topic({ slug, name: null });
    for (const planned of plan.articles) {
      const first = planned.rows[0]!.record;
      let articleId = planned.storedId;
      let slug: string;
      if (articleId === null) {
        const a = first.article;
        slug = sources.articleSlug(a.title);
        articleId = insertArticle(
          tx,
          {
            slug,
            title: a.title,
            outletId: a.outlet ? sources.outlet({ name: a.outlet, site: null }, first.language) : null,
            originalOutletId: a.originalOutlet ? sources.outlet({ name: a.originalOutlet, site: null }) : null,
            language: first.language,
            url: a.url,
            publishedOn: a.publishedOn,
            firstPublishedOn: a.firstPublishedOn,
            provenanceNote: `Imported by ${IMPORTER.name} on ${NOW} from ${file} (the export format). The file carries the quoted passages, not the full text: the text kept here is those passages. Author roles, made-on notes and descriptions are not part of the format.`,
            body: planned.rows.map((r) => r.record.quote).join(QUOTE_SEPARATOR),
            sourceFile: fileName,
          },
          [...new Set(a.authors.map((name) => sources.personNamed(name)))].map((personId) => ({ personId, role: "author" as const })),
        ).id;
        articlesWritten++;
      } else slug = findArticlesByTitle(tx, planned.title)[0]!.slug;
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
        const { outcome, topics, probability, eventId: _e, forecaster, article: _a, ...rest } = r;
        const f = insertForecast(
          tx,
          {
            key,
            articleId,
            forecasterId: sources.person(forecaster)!,
            attribution: rest.attribution,
            quote: rest.quote,
            language: rest.language,
            question: rest.question,
            polarity: rest.polarity,
            resolutionCriteria: rest.resolutionCriteria,
            madeOn: rest.madeOn,
            madeOnBasis: rest.madeOnBasis,
            madeOnNote:
              rest.madeOnBasis === "inferred" ? `Imported from ${file}; the export format does not carry the note on how this date was inferred.` : null,
            deadline: rest.deadline,
            deadlineBasis: rest.deadlineBasis,
            deadlineNote: rest.deadlineNote,
            ...probabilityColumns(probability),
            condition: rest.condition,
            eventId,
          },
          topics.map((t) => sources.topic({ slug: t, name: null })),
        );
        writeAudit(tx, {
          userId: IMPORTER.id,
          action: "forecast.create",
          entityType: "forecast",
          entityId: String(f.id),
          detail: { key, article: slug, via: "import", file, row },
        });
        if (outcome) {
          appendOutcome(tx, {
            forecastId: f.id,
            status: outcome.status,
            occurredOn: outcome.occurredOn,
            evidence: outcome.evidence,
            note: outcome.note,
            reason: null,
            recordedBy: IMPORTER.id,
            auditDetail: { via: "import", file, row, fileRecordedBy: outcome.recordedBy ?? null, fileRecordedAt: outcome.recordedAt ?? null },
          });
          outcomes++;
        }
        forecastsChanged(tx, [f.id]);
        ids.push(f.id);
      }
      if (planned.storedId === null)
        writeAudit(tx, {
          userId: IMPORTER.id,
          action: "article.create",
          entityType: "article",
          entityId: String(articleId),
          detail: { slug, title: planned.title, forecastIds: ids, via: "import", file },
        });
      all.push(...ids);
    }
    tagsChanged(tx, ["topics"]);
    writeAudit(tx, {
      userId: IMPORTER.id,
      action: "import.commit",
      entityType: "import",
      entityId: fileName,
      detail: {
        file,
        format: "json",
        rows: rows.length,
        forecasts: all.length,
        duplicates: plan.duplicates.length,
        articles: articlesWritten,
        outcomes,
        created: sources.created,
      },
    });
  });
  indexRowByRow(db);
}

/** The search index as it was built before the bulk path: every marked forecast's texts folded in TypeScript, one insert each. */
function indexRowByRow(db: DB) {
  const sources = db.all<{ id: number; quote: string; question: string; details: string; names: string; titles: string }>(sql`
    select f.id, f.quote, f.question,
      f.resolution_criteria || char(10) || coalesce(f.condition, '') as details,
      p.name || coalesce(char(10) || (select group_concat(ap.name, char(10)) from article_authors aa join people ap on ap.id = aa.person_id where aa.article_id = a.id), '') as names,
      a.title || coalesce(char(10) || o.name, '') || coalesce(char(10) || oo.name, '') as titles
    from forecasts f join people p on p.id = f.forecaster_id join articles a on a.id = f.article_id
    left join outlets o on o.id = a.outlet_id left join outlets oo on oo.id = a.original_outlet_id
    where f.id in (select forecast_id from search_dirty)`);
  db.transaction((tx) => {
    for (const d of sources)
      tx.run(sql`insert into forecasts_search(rowid, quote, question, details, names, titles) values (${d.id}, ${searchDocument(d.quote)},
        ${searchDocument(d.question)}, ${searchDocument(d.details)}, ${searchDocument(d.names)}, ${searchDocument(d.titles)})`);
    tx.run(sql`delete from search_dirty`);
  });
}

/** Every table the import writes, without the clock's columns. */
function snapshot(db: DB) {
  const rows = (q: string) => db.$client.prepare(q).all();
  const clock = ["created_at", "updated_at"];
  const without = (q: string) => (rows(q) as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !clock.includes(k))));
  return {
    forecasts: without("select * from forecasts order by id"),
    outcomes: without("select * from outcomes order by id"),
    articles: without("select * from articles order by id"),
    people: without("select * from people order by id"),
    outlets: without("select * from outlets order by id"),
    topics: without("select * from topics order by id"),
    events: without("select * from events order by id"),
    articleAuthors: rows("select * from article_authors order by article_id, position"),
    forecastTopics: rows("select * from forecast_topics order by forecast_id, topic_id"),
    audit: without("select * from audit_log order by id"),
    searchIndex: rows("select rowid, * from forecasts_search order by rowid"),
    searchPending: rows("select * from search_dirty"),
  };
}

/** Floats rounded: sums kept by adding differ from sums built at once in the last bits. */
function rounded(dump: unknown) {
  return JSON.parse(JSON.stringify(dump, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v)));
}

const search = (db: DB, q: string) => listForecasts(db, forecastFiltersSchema.parse({ q, pageSize: "100" })).items.map((f) => f.id);

const schemaOf = (db: DB) => db.all(sql`select type, name, sql from sqlite_master order by type, name`);

// Both ways of writing: indexes and triggers dropped and rebuilt at the end (a file large against the ledger), or maintained row by row.
describe.each([
  { deferIndexes: true, what: "with the indexes rebuilt at the end" },
  { deferIndexes: false, what: "with the indexes maintained" },
])("the bulk import $what", ({ deferIndexes }) => {
  let bulk: DB;
  let rowByRow: DB;
  let content: string;
  let bumpedBefore: number;
  let schemaBefore: unknown[];

  beforeAll(async () => {
    bulk = seededLedger().db;
    rowByRow = seededLedger().db;
    content = formatRecords(fileRecords(exportForecasts(bulk).map(toExportRecord)), "json");
    bumpedBefore = bulk.get<{ seq: number }>(sql`select seq from cache_tags where tag = ''`)!.seq;
    schemaBefore = schemaOf(bulk);
    const report = await runImport(bulk, IMPORTER, { content, format: "json", fileName: "eq.json" }, { commit: true, now: NOW, deferIndexes });
    expect(report.errors).toEqual([]);
    expect(report.committed).toBe(true);
    expect(report.created?.forecasts).toBe(240);
    expect(report.duplicates).toHaveLength(5);

    const schema = importRecordSchema(NOW);
    const valid = parseImportFile(content, "json").records.map((r, i) => ({ row: i + 1, record: schema.parse(r) }));
    writeRowByRow(rowByRow, valid, "eq.json");
  });

  it("leaves every index and trigger as it was", () => {
    expect(schemaOf(bulk)).toEqual(schemaBefore);
  });

  it("writes the same rows as the row-by-row import, in every table and in the search index", () => {
    const a = snapshot(bulk);
    const b = snapshot(rowByRow);
    expect(a.forecasts.length).toBe(b.forecasts.length);
    for (const table of Object.keys(a) as (keyof typeof a)[]) expect(a[table], table).toEqual(b[table]);
    expect(a.searchPending).toEqual([]);
  });

  it("finds the same forecasts by search, umlauts and ß included", () => {
    for (const q of ["Forecaster 7", "größer", "groesser", "Jurgen Weiss", "Article 3 of run eq", "Outlet 2"]) {
      const hits = search(bulk, q);
      expect(hits, q).toEqual(search(rowByRow, q));
      expect(hits.length, q).toBeGreaterThan(0);
    }
  });

  it("keeps the same accuracy sums as the row-by-row import, and they equal a rebuild from the ledger", () => {
    const kept = rounded(dumpKeptSums(bulk));
    expect(kept).toEqual(rounded(dumpKeptSums(rowByRow)));
    bulk.transaction((tx) => rebuildKeptSums(tx, getPastBefore(tx)!, DEFAULT_BIN_COUNT));
    expect(rounded(dumpKeptSums(bulk))).toEqual(kept);
  });

  it("moves the cache tags of the imported forecasts once", () => {
    const bumped = bulk.all<{ tag: string; seq: number }>(sql`select tag, seq from cache_tags where tag <> '' and seq > ${bumpedBefore}`);
    // One step for every page showing the new forecasts, one for the topic list.
    expect(new Set(bumped.map((t) => t.seq)).size).toBe(2);
    const tags = new Set(bumped.map((t) => t.tag));
    for (const id of bulk.all<{ id: number }>(sql`select id from forecasts where key like 'import-%'`)) expect(tags.has(`forecast:${id.id}`)).toBe(true);
    expect(tags.has("ledger")).toBe(true);
  });

  it("writes nothing a second time: every row is reported as a duplicate", async () => {
    const before = snapshot(bulk);
    const report = await runImport(bulk, IMPORTER, { content, format: "json", fileName: "eq.json" }, { commit: true, now: NOW, deferIndexes });
    expect(report.duplicates).toHaveLength(245);
    expect(report.committed).toBe(false);
    expect(snapshot(bulk)).toEqual(before);
  });
});

describe("a bulk import after the newest forecast was deleted", () => {
  it("gives its rows the ids SQLite's AUTOINCREMENT gives the row-by-row import: past the deleted forecast's", async () => {
    const content = formatRecords(syntheticRecords({ rows: 60, tag: "seq", now: NOW }), "json");
    const ledgers = [seededLedger().db, seededLedger().db] as const;
    const deleted = ledgers.map((db) => {
      const id = Number(
        db.$client
          .prepare(`insert into forecasts (key, article_id, forecaster_id, attribution, quote, language, question, polarity, resolution_criteria,
            made_on, made_on_basis, deadline_basis, probability, probability_source)
          select 'deleted-before-import', article_id, forecaster_id, attribution, quote, language, question, polarity, resolution_criteria,
            made_on, made_on_basis, deadline_basis, probability, probability_source from forecasts order by id limit 1`)
          .run().lastInsertRowid,
      );
      db.run(sql`delete from forecasts where id = ${id}`);
      return id;
    });
    const [bulk, rowByRow] = ledgers;
    const report = await runImport(bulk, IMPORTER, { content, format: "json", fileName: "seq.json" }, { commit: true, now: NOW });
    expect(report.committed).toBe(true);
    expect(Math.min(...report.forecastIds)).toBe(deleted[0]! + 1);
    const schema = importRecordSchema(NOW);
    writeRowByRow(
      rowByRow,
      parseImportFile(content, "json").records.map((r, i) => ({ row: i + 1, record: schema.parse(r) })),
      "seq.json",
    );
    expect(snapshot(bulk)).toEqual(snapshot(rowByRow));
  });
});

describe("a bulk import that fails in the middle of its write", () => {
  it("leaves nothing behind: no rows, no search documents, the same kept sums, cache tags, indexes and triggers", async () => {
    const { db } = seededLedger();
    const records = syntheticRecords({ rows: 300, tag: "fail", now: NOW });
    const before = { tables: snapshot(db), kept: dumpKeptSums(db), tags: db.all(sql`select * from cache_tags order by tag`), schema: schemaOf(db) };
    // The disk fills up at the 150th new forecast (a trigger stands in for the failure).
    db.run(sql`create temp trigger fail_midway before insert on forecasts
      when (select count(*) from forecasts where key like 'import-%') >= 150
      begin select raise(abort, 'database or disk is full (simulated)'); end`);
    await expect(
      runImport(
        db,
        IMPORTER,
        { content: formatRecords(records, "json"), format: "json", fileName: "fail.json" },
        { commit: true, now: NOW, deferIndexes: true },
      ),
    ).rejects.toThrow(/disk is full/);
    db.run(sql`drop trigger temp.fail_midway`);
    expect(snapshot(db)).toEqual(before.tables);
    expect(dumpKeptSums(db)).toEqual(before.kept);
    expect(db.all(sql`select * from cache_tags order by tag`)).toEqual(before.tags);
    expect(schemaOf(db)).toEqual(before.schema);
  });
});

describe("an editor's outcome while a bulk import holds the write lock", () => {
  it("waits its bounded time, then answers 503 with Retry-After (not 500), and succeeds after the import", async () => {
    const { db, file } = seededLedger();
    const editorDb = openDatabase(file);
    editorDb.$client.pragma("busy_timeout = 200");
    const due = editorDb.get<{ id: number; version: number; deadline: string }>(
      sql`select id, version, deadline from forecasts where outcome_status is null and deadline < ${NOW} order by id limit 1`,
    )!;
    const outcome = { status: "no", occurredOn: due.deadline, evidence: [{ citation: "test" }], expectedVersion: due.version };
    const editor: Actor = { ...IMPORTER };
    let during: unknown = null;
    let writes = 0;
    // Halfway through the import's transaction (SQLite calls back into the test from a trigger), the editor writes on their own connection.
    db.$client.function("editor_writes_now", () => {
      if (++writes === 100) {
        try {
          recordOutcome(editorDb, editor, due.id, outcome);
        } catch (err) {
          during = err;
        }
      }
      return null;
    });
    db.run(sql`create temp trigger editor_during_import after insert on forecasts begin select editor_writes_now(); end`);
    const report = await runImport(
      db,
      IMPORTER,
      { content: formatRecords(syntheticRecords({ rows: 200, tag: "lock", now: NOW }), "json"), format: "json", fileName: "lock.json" },
      { commit: true, now: NOW },
    );
    db.run(sql`drop trigger temp.editor_during_import`);
    expect(report.committed).toBe(true);
    expect(writes).toBe(200);

    const res = errorResponse(during);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    const body = (await res.json()) as { error: { code: string; limit: string } };
    expect(body.error).toMatchObject({ code: "unavailable", limit: "database write wait" });
    expect(editorDb.get<{ n: number }>(sql`select count(*) as n from outcomes where forecast_id = ${due.id}`)!.n).toBe(0);

    // Once the import has committed, the same write goes through.
    expect(recordOutcome(editorDb, editor, due.id, outcome).status).toBe("no");
    editorDb.$client.close();
  });
});
