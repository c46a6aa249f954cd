/**
 * The bulk import on both engines: one ledger copied into PostgreSQL, then the same file imported
 * through sqliteLedgerWriter and postgresLedgerWriter. Both answer the same report, hold the same
 * export afterwards (recorded-at instants aside) and the same kept sums, which equal a rebuild on
 * PostgreSQL; a second run finds every row a duplicate; a file with a bad row, and a write that
 * fails half-way, leave PostgreSQL as it was.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PgDB } from "@/db/pg/client";
import { currentCacheSeqPg } from "@/db/pg/queries/cache-tags";
import { exportForecastsPg } from "@/db/pg/queries/forecasts";
import { dumpKeptSumsPg, getPastBeforePg, rebuildKeptSumsPg } from "@/db/pg/queries/kept-sums";
import { hasPendingSearch } from "@/db/pg/queries/search";
import { exportForecasts } from "@/db/queries/forecasts";
import { dumpKeptSums } from "@/db/queries/kept-sums";
import type { Actor } from "@/lib/auth/actor";
import { type ExportRecord, formatExport } from "@/lib/export/format";
import type { ImportInput } from "@/lib/import/run-import";
import { runImportPg } from "@/lib/import/run-import-pg";
import { postgresLedgerWriter } from "@/lib/ledger/writer-pg";
import { sqliteLedgerWriter } from "@/lib/ledger/writer-sqlite";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { prepareImportInWorker } from "@/lib/workers/tasks";
import { syntheticRecords } from "@/scripts/synthetic-import";
import { seededWithAccounts } from "@/test/auth";
import { expectSameRows, pgCopyOf } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
const mask = (s: string) => s.replace(/"recordedAt": "[^"]+"/g, '"recordedAt": "*"');

/** A file in the export format: 40 stored forecasts as reprints (new articles, two sharing a file event, outcomes kept) and 10 as they are (duplicates). */
function importFile(exported: ExportRecord[]): ImportInput {
  const records = exported.slice(0, 50).map((r, i) => {
    const rec = structuredClone(r) as unknown as Record<string, unknown> & { article: { title: string } };
    delete rec.id;
    rec.eventId = i === 3 || i === 7 ? 900 : null;
    if (i < 40) rec.article.title = `${rec.article.title} (Nachdruck)`;
    return rec;
  });
  return { content: JSON.stringify(records), format: "json", fileName: "reprints.json" };
}

async function pgCounts(db: PgDB) {
  const { rows } = await db.execute<Record<string, number>>(sql`select
    (select count(*)::int from articles) as articles, (select count(*)::int from forecasts) as forecasts,
    (select count(*)::int from outcomes) as outcomes, (select count(*)::int from people) as people,
    (select count(*)::int from events) as events, (select count(*)::int from topics) as topics,
    (select count(*)::int from forecast_topics) as forecast_topics, (select count(*)::int from audit_log) as audit`);
  return { ...rows[0], cacheSeq: await currentCacheSeqPg(db) };
}

async function rebuiltSums(db: PgDB) {
  let rebuilt: Awaited<ReturnType<typeof dumpKeptSumsPg>> = {};
  await db
    .transaction(async (tx) => {
      await rebuildKeptSumsPg(tx, (await getPastBeforePg(tx))!, DEFAULT_BIN_COUNT);
      rebuilt = await dumpKeptSumsPg(tx);
      throw new Error("rollback");
    })
    .catch((err: Error) => {
      if (err.message !== "rollback") throw err;
    });
  return rebuilt;
}

describe.skipIf(!hasPg)("the bulk import on SQLite and on PostgreSQL", () => {
  let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
  let pg: Awaited<ReturnType<typeof pgCopyOf>>;
  let editor: Actor;
  let file: ImportInput;
  beforeAll(async () => {
    ctx = await seededWithAccounts();
    pg = await pgCopyOf(ctx.db.$client);
    editor = ctx.accounts.editor.actor;
    file = importFile(JSON.parse(formatExport(exportForecasts(ctx.db), "json")) as ExportRecord[]);
  }, 60_000);
  afterAll(async () => {
    await pg?.drop();
    ctx?.cleanup();
  });

  it("gives the same report, the same export and the same kept sums, equal to a rebuild", async () => {
    const phases: string[] = [];
    const onSqlite = await sqliteLedgerWriter(ctx.db).import(editor, file, { commit: true, now: NOW });
    const onPg = await postgresLedgerWriter(pg.db).import(editor, file, { commit: true, now: NOW, onProgress: (p) => phases.push(p.phase) });
    expect(onSqlite.committed).toBe(true);
    expect(onSqlite.created?.forecasts).toBe(40);
    expect(onSqlite.created?.events).toHaveLength(1);
    expect(onSqlite.duplicates).toHaveLength(10);
    expect(onPg).toEqual(onSqlite);
    expect([...new Set(phases)]).toEqual(["parse", "validate", "check", "write", "done"]);
    // The insert triggers marked the new forecasts for search, and the marks were folded after the commit.
    expect(await hasPendingSearch(pg.db)).toBe(false);
    const { rows } = await pg.db.execute<{ n: number }>(
      sql`select count(*)::int as n from forecasts_search where forecast_id = any(${sql.param(onPg.forecastIds)}::int[])`,
    );
    expect(rows[0]!.n).toBe(40);

    const a = formatExport(exportForecasts(ctx.db), "json");
    const b = formatExport(await exportForecastsPg(pg.db), "json");
    expect(a).toContain("(Nachdruck)");
    expect(mask(b)).toBe(mask(a));
    const instants = (s: string) => s.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, "*");
    expect(instants(formatExport(await exportForecastsPg(pg.db), "csv"))).toBe(instants(formatExport(exportForecasts(ctx.db), "csv")));

    const kept = await dumpKeptSumsPg(pg.db);
    const sqliteKept = dumpKeptSums(ctx.db);
    for (const t of Object.keys(sqliteKept)) expectSameRows(kept[t]!, sqliteKept[t]!, `${t} vs SQLite`);
    const rebuilt = await rebuiltSums(pg.db);
    for (const t of Object.keys(kept)) expectSameRows(kept[t]!, rebuilt[t]!, `${t} vs rebuild`);
  }, 60_000);

  it("writes an import of more rows than one statement holds the same on both engines", async () => {
    // 600 forecasts with their articles, outcomes and audit rows: several multi-row INSERTs each on PostgreSQL.
    const big: ImportInput = { content: JSON.stringify(syntheticRecords({ rows: 600, tag: "chunked", now: NOW })), format: "json", fileName: "big.json" };
    const onSqlite = await sqliteLedgerWriter(ctx.db).import(editor, big, { commit: true, now: NOW });
    const onPg = await postgresLedgerWriter(pg.db).import(editor, big, { commit: true, now: NOW });
    expect(onSqlite.created?.forecasts).toBe(600);
    expect(onPg).toEqual(onSqlite);
    expect(mask(formatExport(await exportForecastsPg(pg.db), "json"))).toBe(mask(formatExport(exportForecasts(ctx.db), "json")));
    const kept = await dumpKeptSumsPg(pg.db);
    const sqliteKept = dumpKeptSums(ctx.db);
    for (const t of Object.keys(sqliteKept)) expectSameRows(kept[t]!, sqliteKept[t]!, `${t} vs SQLite`);
  }, 60_000);

  it("gives new articles whose titles make a taken slug the next free number, as SQLite does", async () => {
    // After the 600 rows above, "article-0-of-run-chunked" is taken; these titles differ from it
    // (and from each other) only in punctuation, so they make the same slug base. The first file
    // takes -2; the second must find -2 stored and take -3 and -4.
    const file = (tag: string, marks: string[]): ImportInput => {
      // Ten rows an article in the synthetic file.
      const records = syntheticRecords({ rows: 10 * marks.length, tag, now: NOW }).map((r, i) => ({
        ...r,
        article: { ...r.article, title: `Article 0 of run chunked${marks[Math.floor(i / 10)]}` },
      }));
      return { content: JSON.stringify(records), format: "json", fileName: `${tag}.json` };
    };
    for (const f of [file("slugs-a", ["!"]), file("slugs-b", ["?", "…"])]) {
      const onSqlite = await sqliteLedgerWriter(ctx.db).import(editor, f, { commit: true, now: NOW });
      const onPg = await postgresLedgerWriter(pg.db).import(editor, f, { commit: true, now: NOW });
      expect(onSqlite.committed).toBe(true);
      expect(onPg).toEqual(onSqlite);
    }
    const { rows } = await pg.db.execute<{ slug: string }>(sql`select slug from articles where slug like 'article-0-of-run-chunked%' order by slug`);
    expect(rows.map((r) => r.slug)).toEqual([
      "article-0-of-run-chunked",
      "article-0-of-run-chunked-2",
      "article-0-of-run-chunked-3",
      "article-0-of-run-chunked-4",
    ]);
    expect(mask(formatExport(await exportForecastsPg(pg.db), "json"))).toBe(mask(formatExport(exportForecasts(ctx.db), "json")));
  }, 60_000);

  it("finds every row a duplicate on a second run, on both engines alike", async () => {
    const before = await pgCounts(pg.db);
    const onSqlite = await sqliteLedgerWriter(ctx.db).import(editor, file, { commit: true, now: NOW });
    const onPg = await postgresLedgerWriter(pg.db).import(editor, file, { commit: true, now: NOW });
    expect(onPg.duplicates).toHaveLength(50);
    expect(onPg.committed).toBe(false);
    expect(onPg).toEqual(onSqlite);
    expect(await pgCounts(pg.db)).toEqual(before);
  });

  it("writes nothing when one row has an error, and reports it as SQLite does", async () => {
    const records = JSON.parse(file.content) as Record<string, unknown>[];
    const fresh = records.map(
      (r): Record<string, unknown> => ({ ...r, article: { ...(r.article as object), title: `${(r.article as { title: string }).title} – zweiter Druck` } }),
    );
    fresh[12] = { ...fresh[12], probability: 1.7 };
    const bad: ImportInput = { ...file, content: JSON.stringify(fresh), fileName: "bad.json" };
    const before = await pgCounts(pg.db);
    const onPg = await postgresLedgerWriter(pg.db).import(editor, bad, { commit: true, now: NOW });
    expect(onPg.committed).toBe(false);
    expect(onPg.errors.length).toBeGreaterThan(0);
    expect(new Set(onPg.errors.map((e) => e.row))).toEqual(new Set([13]));
    expect(onPg).toEqual(await sqliteLedgerWriter(ctx.db).import(editor, bad, { commit: true, now: NOW }));
    expect(await pgCounts(pg.db)).toEqual(before);
  });

  it("leaves nothing behind when the write fails half-way (after the articles and forecasts went in)", async () => {
    const records = JSON.parse(file.content) as Record<string, unknown>[];
    const fresh = records.map(
      (r): Record<string, unknown> => ({ ...r, article: { ...(r.article as object), title: `${(r.article as { title: string }).title} – dritter Druck` } }),
    );
    expect(fresh.some((r) => r.outcome)).toBe(true);
    const before = await pgCounts(pg.db);
    // An editor whose account is gone: the outcome records (written after the forecasts) cannot name their recorder.
    const ghost: Actor = { ...editor, id: "no-such-account" };
    await expect(
      postgresLedgerWriter(pg.db).import(ghost, { ...file, content: JSON.stringify(fresh), fileName: "ghost.json" }, { commit: true, now: NOW }),
    ).rejects.toThrow(/account no-such-account does not exist/);
    expect(await pgCounts(pg.db)).toEqual(before);
  });

  /** A fresh variant of the file (new titles), so its rows are not duplicates. */
  const variant = (suffix: string): ImportInput => {
    const records = JSON.parse(file.content) as Record<string, unknown>[];
    const fresh = records.map((r) => ({ ...r, article: { ...(r.article as object), title: `${(r.article as { title: string }).title} ${suffix}` } }));
    return { ...file, content: JSON.stringify(fresh), fileName: `${suffix}.json` };
  };
  /** Another session holds the overall kept-sums row, so an import's write waits on it (a running statement). */
  async function holdingKeptTotals<T>(during: () => Promise<T>): Promise<T> {
    const other = await pg.db.$client.connect();
    try {
      await other.query("begin");
      await other.query("select * from kept_totals where scope_kind = 'all' for update");
      return await during();
    } finally {
      await other.query("rollback");
      other.release();
    }
  }

  it("stops an import past its time budget: the running statement is cancelled, 503 naming the limit, nothing written", async () => {
    const before = await pgCounts(pg.db);
    const started = Date.now();
    const err = await holdingKeptTotals(() =>
      runImportPg(pg.db, editor, variant("vierter Druck"), { commit: true, now: NOW }, { timeLimitMs: 800, maxQueue: 2 }).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(err).toMatchObject({ code: "unavailable", details: { limit: "import time", retryAfter: 60 } });
    expect((err as Error).message).toMatch(/took longer than 0.8 s \(the import time limit\).*nothing was written/);
    expect(Date.now() - started).toBeLessThan(4000); // the cancel, not the 5 s lock wait, ended it
    expect(await pgCounts(pg.db)).toEqual(before);
  }, 30_000);

  it("runs one import at a time and refuses one more than the queue holds (503 naming the queue)", async () => {
    const limits = { timeLimitMs: 60_000, maxQueue: 1 };
    const results = await holdingKeptTotals(async () => {
      const first = runImportPg(pg.db, editor, variant("fünfter Druck"), { commit: true, now: NOW }, limits);
      await new Promise((r) => setTimeout(r, 300));
      const second = runImportPg(pg.db, editor, variant("sechster Druck"), { commit: true, now: NOW }, limits);
      const third = await runImportPg(pg.db, editor, variant("siebter Druck"), { commit: true, now: NOW }, limits).then(
        () => null,
        (e: unknown) => e,
      );
      return { first, second, third };
    });
    expect(results.third).toMatchObject({ code: "unavailable", details: { limit: "import queue", retryAfter: 10 } });
    expect((await results.first).committed).toBe(true);
    expect((await results.second).committed).toBe(true);
  }, 60_000);

  it("parses and validates in a worker thread when the server asks, with the same report as in the process", async () => {
    const bad = JSON.parse(variant("achter Druck").content) as Record<string, unknown>[];
    bad[5] = { ...bad[5], probability: 2 };
    const input: ImportInput = { ...file, content: JSON.stringify(bad), fileName: "worker.json" };
    const phases: string[] = [];
    const inWorker = await postgresLedgerWriter(pg.db).import(editor, input, {
      commit: false,
      now: NOW,
      prepare: prepareImportInWorker,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(inWorker).toEqual(await postgresLedgerWriter(pg.db).import(editor, input, { commit: false, now: NOW }));
    expect(new Set(inWorker.errors.map((e) => e.row))).toEqual(new Set([6]));
    expect([...new Set(phases)]).toEqual(["parse", "validate", "check", "done"]);
  }, 30_000);
});
