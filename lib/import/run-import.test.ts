import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { exportForecasts } from "@/db/queries/forecasts";
import { articles, auditLog, events, forecasts, outcomes, outlets, people, topics, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { type ExportRecord, formatExport } from "@/lib/export/format";
import { AppError } from "@/lib/http/errors";
import { seededWithAccounts } from "@/test/auth";
import { freshDatabase } from "@/test/db";
import { type ImportProgress, runImport } from "./run-import";
import { topicOrder } from "./topic-order";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
let source: Awaited<ReturnType<typeof seededWithAccounts>>;
let exported: ExportRecord[];
let json: string;
let csv: string;
const targets: (() => void)[] = [];

beforeAll(async () => {
  source = await seededWithAccounts();
  const items = exportForecasts(source.db);
  json = formatExport(items, "json");
  csv = formatExport(items, "csv");
  exported = JSON.parse(json) as ExportRecord[];
});
afterAll(() => {
  source.cleanup();
  for (const c of targets) c();
});

const IMPORTER: Actor = { id: "importer", name: "Importing Editor", email: "importer@test.invalid", role: "editor" };

/** An empty migrated ledger with one editor account (no seeds). */
function emptyLedger(): DB {
  const { db, cleanup } = freshDatabase();
  targets.push(cleanup);
  db.insert(users).values({ id: IMPORTER.id, name: IMPORTER.name, email: IMPORTER.email, role: "editor" }).run();
  return db;
}

function counts(db: DB) {
  const n = (t: typeof articles | typeof forecasts | typeof people | typeof outlets | typeof topics | typeof events | typeof outcomes | typeof auditLog) =>
    db.select({ n: count() }).from(t).get()!.n;
  return {
    articles: n(articles),
    forecasts: n(forecasts),
    people: n(people),
    outlets: n(outlets),
    topics: n(topics),
    events: n(events),
    outcomes: n(outcomes),
    audit: n(auditLog),
  };
}

/** A record as the export wrote it, changed; `undefined` deletes a field. */
function record(i: number, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const r = structuredClone(exported[i]!) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete r[k];
    else r[k] = v;
  }
  return r;
}

/** The export without what an import cannot keep: ids, and who recorded an outcome when. */
function comparable(records: ExportRecord[]) {
  return records.map(({ id: _id, eventId: _eventId, outcome, ...rest }) => ({
    ...rest,
    outcome: outcome && { ...outcome, recordedBy: undefined, recordedAt: undefined },
  }));
}

/** Which records share an event (by position), whatever the event ids are. */
function eventGroups(records: ExportRecord[]): number[][] {
  const groups = new Map<number, number[]>();
  records.forEach((r, i) => {
    if (r.eventId !== null) groups.set(r.eventId, [...(groups.get(r.eventId) ?? []), i]);
  });
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

describe("round trip with the export", () => {
  it.each(["json", "csv"] as const)("an export (%s) imported into an empty ledger exports the same records again", async (format) => {
    const db = emptyLedger();
    const report = await runImport(db, IMPORTER, { content: format === "json" ? json : csv, format, fileName: `ledger.${format}` }, { commit: true, now: NOW });
    expect(report.errors).toEqual([]);
    expect(report.committed).toBe(true);
    expect(report.created).toMatchObject({ articles: 5, forecasts: exported.length, outcomes: exported.filter((r) => r.outcome).length });

    const again = JSON.parse(formatExport(exportForecasts(db), "json")) as ExportRecord[];
    expect(comparable(again)).toEqual(comparable(exported));
    expect(eventGroups(again)).toEqual(eventGroups(exported));
    // Outcomes are new records in the importer's name; the file's recorder is kept in the audit log.
    expect(again.filter((r) => r.outcome).every((r) => r.outcome!.recordedBy === IMPORTER.name)).toBe(true);
    const logged = db.select().from(auditLog).where(eq(auditLog.action, "outcome.record")).all();
    expect(logged).toHaveLength(exported.filter((r) => r.outcome).length);
    expect(logged[0]!.detail).toMatchObject({ via: "import", file: `ledger.${format}`, fileRecordedBy: "Hindsight seed editor" });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "import.commit")).get()?.userId).toBe(IMPORTER.id);
  });

  it("keeps the quoted passages as an imported article's text, so every quote is verbatim in it", async () => {
    const db = emptyLedger();
    await runImport(db, IMPORTER, { content: json, format: "json", fileName: "ledger.json" }, { commit: true, now: NOW });
    for (const f of exportForecasts(db)) {
      const body = db.select({ body: articles.body, note: articles.provenanceNote }).from(articles).where(eq(articles.title, f.article.title)).get()!;
      expect(body.body).toContain(f.quote);
      expect(body.note).toContain("not the full text");
    }
  });

  it("importing the same file again writes nothing and reports every row as a duplicate", async () => {
    const before = counts(source.db);
    const report = await runImport(
      source.db,
      source.accounts.editor.actor,
      { content: json, format: "json", fileName: "again.json" },
      { commit: true, now: NOW },
    );
    expect(report.errors).toEqual([]);
    expect(report.toImport).toBe(0);
    expect(report.committed).toBe(false);
    expect(report.duplicates).toHaveLength(exported.length);
    expect(report.duplicates[0]).toMatchObject({ row: 1, forecastId: exported[0]!.id, message: expect.stringContaining("already stored") });
    expect(counts(source.db)).toEqual(before);
  });
});

describe("validation: every row first, errors by row and field, nothing written", () => {
  it("reports each bad row of a JSON file with its field", async () => {
    const db = emptyLedger();
    const before = counts(db);
    const file = [
      record(0),
      record(1, { question: "No question mark" }),
      record(2, { probability: 0.9 }),
      record(3, { deadlineBasis: "inferred", deadlineNote: null }),
      record(4, { language: "fr", forecaster: { name: "X" } }),
      record(5, { outcome: { status: "yes", occurredOn: null, evidence: [], note: null } }),
      record(6, { colour: "red" }),
    ];
    const report = await runImport(db, IMPORTER, { content: JSON.stringify(file), format: "json", fileName: "bad.json" }, { commit: true, now: NOW });
    expect(report.committed).toBe(false);
    const where = report.errors.map((e) => `${e.row}:${e.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "2:question",
        "3:probability",
        "4:deadlineNote",
        "5:language",
        "5:forecaster.kind",
        "6:outcome.evidence",
        "6:outcome.occurredOn",
        "7:colour",
      ]),
    );
    expect(report.errors.find((e) => e.row === 3)?.message).toContain("lexicon");
    expect(report.errors.some((e) => e.row === 1)).toBe(false);
    expect(counts(db)).toEqual(before);
  });

  it("reports a CSV row with a broken cell, and nothing is written although the other rows are good", async () => {
    const db = emptyLedger();
    const before = counts(db);
    const { stringify } = await import("csv-stringify/sync");
    const { parse } = await import("csv-parse/sync");
    const rows = parse(csv) as string[][];
    const header = rows[0]!;
    // Data row 2 (line 3 of the file): its topics cell is not JSON; data row 3 has no question.
    rows[2]![header.indexOf("topics")] = "[not json";
    rows[3]![header.indexOf("question")] = "";
    const report = await runImport(db, IMPORTER, { content: stringify(rows), format: "csv", fileName: "bad.csv" }, { commit: true, now: NOW });
    expect(report.errors.map((e) => `${e.row}:${e.field}`)).toEqual(expect.arrayContaining(["2:topics", "3:question"]));
    expect(report.errors.find((e) => e.field === "topics")?.message).toContain("not valid JSON");
    expect(report.committed).toBe(false);
    expect(counts(db)).toEqual(before);
  });

  it("refuses a CSV with an unknown or a missing column, and a file that is not JSON, as file errors", async () => {
    const db = emptyLedger();
    const renamed = csv.replace(/^id,quote,/, "id,quotation,");
    const r1 = await runImport(db, IMPORTER, { content: renamed, format: "csv" }, { commit: true, now: NOW });
    expect(r1.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: null, field: "quotation" }),
        expect.objectContaining({ row: null, field: "quote", message: "required column missing" }),
      ]),
    );
    const r2 = await runImport(db, IMPORTER, { content: "{not json", format: "json" }, { commit: true, now: NOW });
    expect(r2.errors[0]).toMatchObject({ row: null, field: "file" });
    const r3 = await runImport(db, IMPORTER, { content: JSON.stringify({ items: [] }), format: "json" }, { commit: true, now: NOW });
    expect(r3.errors[0]!.message).toContain("JSON array");
    expect(counts(db).forecasts).toBe(0);
  });

  it("is all or nothing: one bad row keeps the good ones out; corrected, all of them go in", async () => {
    const db = emptyLedger();
    const good = [record(0), record(1), record(2)];
    const bad = record(3, { madeOn: "2030-01-01" });
    const refused = await runImport(db, IMPORTER, { content: JSON.stringify([...good, bad]), format: "json" }, { commit: true, now: NOW });
    expect(refused.errors.map((e) => `${e.row}:${e.field}`)).toContain("4:madeOn");
    expect(counts(db).forecasts).toBe(0);
    const accepted = await runImport(db, IMPORTER, { content: JSON.stringify([...good, record(3)]), format: "json" }, { commit: true, now: NOW });
    expect(accepted.committed).toBe(true);
    expect(counts(db).forecasts).toBe(4);
  });

  it("checks without writing when not asked to commit", async () => {
    const db = emptyLedger();
    const report = await runImport(db, IMPORTER, { content: json, format: "json" }, { commit: false, now: NOW });
    expect(report).toMatchObject({ errors: [], toImport: exported.length, newArticles: 5, committed: false });
    expect(counts(db).forecasts).toBe(0);
  });
});

describe("duplicates and conflicts with stored articles", () => {
  it("skips a record that appears twice in the file, and reports it", async () => {
    const db = emptyLedger();
    const report = await runImport(
      db,
      IMPORTER,
      { content: JSON.stringify([record(0), record(1), record(0, { question: "A different question, same quote?" })]), format: "json" },
      { commit: true, now: NOW },
    );
    expect(report.duplicates).toEqual([{ row: 3, sameAsRow: 1, message: expect.stringContaining("same article title and quote as row 1") }]);
    expect(counts(db).forecasts).toBe(2);
  });

  it("adds to a stored article only quotes that are verbatim in its text, and with the same details", async () => {
    // The seeded ledger has the full texts: a new forecast on a stored article must quote it.
    const title = exported[0]!.article.title;
    const body = source.db.select({ body: articles.body }).from(articles).where(eq(articles.title, title)).get()!.body;
    const sentence = body.split(/(?<=\.)\s+/).find((s) => s.length > 40 && !exported.some((r) => r.quote.includes(s)))!;
    const before = counts(source.db);
    const wrongText = await runImport(
      source.db,
      source.accounts.editor.actor,
      { content: JSON.stringify([record(0, { quote: "Dit staat niet in het artikel." })]), format: "json" },
      { commit: true, now: NOW },
    );
    expect(wrongText.errors).toEqual([
      expect.objectContaining({ row: 1, field: "quote", message: expect.stringContaining("not found verbatim in the stored article") }),
    ]);
    const wrongUrl = await runImport(
      source.db,
      source.accounts.editor.actor,
      {
        content: JSON.stringify([record(0, { quote: sentence, article: { ...exported[0]!.article, url: "https://elsewhere.example.org/x" } })]),
        format: "json",
      },
      { commit: true, now: NOW },
    );
    expect(wrongUrl.errors).toEqual([expect.objectContaining({ row: 1, field: "article.url" })]);
    expect(counts(source.db)).toEqual(before);

    const ok = await runImport(
      source.db,
      source.accounts.editor.actor,
      { content: JSON.stringify([record(0, { quote: sentence })]), format: "json", fileName: "one.json" },
      { commit: true, now: NOW },
    );
    expect(ok.committed).toBe(true);
    expect(counts(source.db).forecasts).toBe(before.forecasts + 1);
    expect(counts(source.db).articles).toBe(before.articles);
  });

  it("refuses rows of one article title that disagree on the article's details", async () => {
    const db = emptyLedger();
    const other = { ...exported[1]!.article, title: exported[0]!.article.title, publishedOn: "2001-01-01" };
    const report = await runImport(
      db,
      IMPORTER,
      { content: JSON.stringify([record(0), record(1, { article: other })]), format: "json" },
      { commit: true, now: NOW },
    );
    expect(report.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 2, field: "article.publishedOn", message: expect.stringContaining("differs from row 1") })]),
    );
    expect(counts(db).forecasts).toBe(0);
  });
});

describe("who may import, and progress", () => {
  it("refuses anonymous callers and readers", async () => {
    const db = emptyLedger();
    await expect(runImport(db, null, { content: json, format: "json" }, { commit: true })).rejects.toMatchObject({ status: 401 });
    await expect(runImport(db, { ...IMPORTER, role: "reader" }, { content: json, format: "json" }, { commit: true })).rejects.toBeInstanceOf(AppError);
    expect(counts(db).forecasts).toBe(0);
  });

  it("reports progress through the phases, chunk by chunk", async () => {
    const db = emptyLedger();
    const seen: ImportProgress[] = [];
    await runImport(db, IMPORTER, { content: json, format: "json" }, { commit: true, now: NOW, chunkSize: 10, onProgress: (p) => seen.push(p) });
    const validate = seen.filter((p) => p.phase === "validate").map((p) => p.done);
    expect(validate).toEqual([10, 20, 30, 40, 50, exported.length]);
    expect(seen.map((p) => p.phase).filter((p, i, a) => p !== a[i - 1])).toEqual(["parse", "validate", "check", "write", "done"]);
  });
});

describe("topicOrder", () => {
  it("orders new topics so that every list keeps its order", () => {
    expect(topicOrder([["b", "c"], ["a", "b"], ["c"], ["a", "d"]])).toEqual(["a", "b", "c", "d"]);
    expect(
      topicOrder([
        ["x", "y"],
        ["y", "x"],
      ]),
    ).toEqual(["x", "y"]); // contradictory: first appearance
    expect(topicOrder([])).toEqual([]);
  });
});
