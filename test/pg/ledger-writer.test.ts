/**
 * LedgerWriter on both engines: one ledger copied into PostgreSQL, then the same writes through
 * sqliteLedgerWriter and postgresLedgerWriter (outcomes, a superseding record, a retraction, a
 * shared event resolved together, forecast corrections, an article from the intake form, refused
 * writes). Afterwards the two ledgers hold the same rows (timestamps aside), the same export, the
 * same cache tags and the same kept sums, and PostgreSQL's kept sums equal a rebuild there.
 */
import { eq, getTableName, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import { currentCacheSeqPg, latestTagSeqPg } from "@/db/pg/queries/cache-tags";
import { exportForecastsPg } from "@/db/pg/queries/forecasts";
import { dumpKeptSumsPg, getPastBeforePg, rebuildKeptSumsPg } from "@/db/pg/queries/kept-sums";
import { pgTables, sqliteTables } from "@/db/pg/tables";
import { currentCacheSeq, latestTagSeq } from "@/db/queries/cache-tags";
import { exportForecasts } from "@/db/queries/forecasts";
import { dumpKeptSums } from "@/db/queries/kept-sums";
import { forecasts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { formatExport } from "@/lib/export/format";
import { AppError } from "@/lib/http/errors";
import { forecastsChanged } from "@/lib/ledger/forecasts-changed";
import { forecastsChangedPg } from "@/lib/ledger/forecasts-changed-pg";
import type { LedgerWriter } from "@/lib/ledger/writer";
import { postgresLedgerWriter } from "@/lib/ledger/writer-pg";
import { sqliteLedgerWriter } from "@/lib/ledger/writer-sqlite";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { seededWithAccounts } from "@/test/auth";
import { validSubmission } from "@/test/intake-fixture";
import { expectSameRows, pgCopyOf } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
const EVIDENCE = [{ url: "https://example.org/record", citation: "Official record, 1 Nov 2026" }];

/** The tables a write path touches, compared row for row (instants aside). */
const COMPARED = [
  "outcomes",
  "forecast_revisions",
  "audit_log",
  "forecasts",
  "articles",
  "article_authors",
  "people",
  "outlets",
  "topics",
  "events",
  "forecast_topics",
  "cache_tags",
  "kept_sums_meta",
];

interface Engine {
  writer: LedgerWriter;
  version: (id: number) => Promise<number>;
}

/** A thrown AppError as the API would answer it (or a failure if the call succeeded). */
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { code: err.code, message: err.message, fields: err.fields, details: err.details };
  }
  throw new Error("expected the write to be refused");
}

/** The same writes, in the same order, on one engine; what each answered (instants aside). */
async function writeSequence(
  e: Engine,
  who: Record<"editor" | "editor2" | "admin" | "reader", Actor>,
  event: { id: number; forecastIds: number[]; outside: number },
) {
  const answers: unknown[] = [];
  const keep = (x: unknown) => answers.push(JSON.parse(JSON.stringify(x, (k, v) => (k === "recordedAt" || k === "editedAt" || k === "at" ? "*" : v))));
  keep(
    await e.writer.recordOutcome(
      who.editor,
      11,
      { status: "no", occurredOn: "2021-01-20", evidence: EVIDENCE, expectedVersion: await e.version(11) },
      { now: NOW },
    ),
  );
  keep(
    await e.writer.recordOutcome(
      who.editor2,
      11,
      { status: "yes", occurredOn: "2019-05-01", evidence: EVIDENCE, reason: "Misread the record.", expectedVersion: await e.version(11) },
      { now: NOW },
    ),
  );
  keep(await e.writer.retractOutcome(who.admin, 11, { reason: "Wrong forecast.", expectedVersion: await e.version(11) }));
  keep(
    await e.writer.recordOutcome(
      who.editor,
      2,
      { status: "ambiguous", note: "Unclear.", reason: "The source is contested.", expectedVersion: await e.version(2) },
      { now: NOW },
    ),
  );
  const selection = [];
  for (const id of event.forecastIds) selection.push({ id, expectedVersion: await e.version(id) });
  keep(
    await e.writer.resolveEventTogether(
      who.editor,
      event.id,
      { status: "no", occurredOn: "2026-11-01", evidence: EVIDENCE, forecasts: selection },
      { now: NOW },
    ),
  );
  keep(
    await e.writer.correctForecast(who.editor, 36, {
      deadline: "2029-12-31",
      deadlineBasis: "inferred",
      reason: "The plan's horizon.",
      expectedVersion: await e.version(36),
    }),
  );
  keep(
    await e.writer.correctForecast(who.editor2, 5, {
      probability: { source: "stated", value: 0.35 },
      reason: "Stated in the text.",
      expectedVersion: await e.version(5),
    }),
  );
  keep(await e.writer.saveArticle(who.editor, validSubmission(), { now: NOW }));
  // A second article pointing at what the first created, by slug (outlet, people, event), and a new name that matches one ignoring case.
  const second = validSubmission() as { article: Record<string, unknown>; forecasts: Record<string, unknown>[] };
  second.article.title = "Der lange Winter der Ostsee-Häfen, zweiter Teil";
  second.article.outlet = { slug: "ostsee-kurier" };
  second.article.authors = [{ person: { slug: "jana-berger" }, role: "author" }];
  second.forecasts[0]!.forecaster = { name: "ANKE SOMMER", kind: "person" };
  // Non-ASCII letters in another case are another name on SQLite (its lower() folds ASCII only), so on PostgreSQL too.
  second.forecasts[2]!.forecaster = { name: "VERBAND DER OSTSEEHÄFEN", kind: "institution" };
  second.forecasts[1]!.event = { slug: "container-traffic-between-kiel-and-klaipeda-falls-by-a-third" };
  keep(await e.writer.saveArticle(who.editor2, second, { now: NOW }));
  // Refused writes: the same answer on both engines, nothing written.
  keep(
    await refusal(e.writer.recordOutcome(who.editor2, 11, { status: "no", occurredOn: "2021-01-20", evidence: EVIDENCE, expectedVersion: 1 }, { now: NOW })),
  );
  keep(await refusal(e.writer.recordOutcome(who.editor, 3, { status: "maybe", expectedVersion: 1 }, { now: NOW })));
  keep(await refusal(e.writer.recordOutcome(who.reader, 3, { status: "no", expectedVersion: 1 }, { now: NOW })));
  keep(await refusal(e.writer.saveArticle(who.editor, validSubmission(), { now: NOW })));
  keep(
    await refusal(
      e.writer.correctForecast(who.editor, 36, { deadline: "2029-12-31", deadlineBasis: "inferred", reason: "Again.", expectedVersion: await e.version(36) }),
    ),
  );
  keep(await refusal(e.writer.retractOutcome(who.editor, 11, { reason: "Nothing there.", expectedVersion: await e.version(11) })));
  const stale = event.forecastIds.map((id) => ({ id, expectedVersion: 1 }));
  keep(
    await refusal(
      e.writer.resolveEventTogether(
        who.editor,
        event.id,
        { status: "yes", occurredOn: "2026-11-02", evidence: EVIDENCE, reason: "Again.", forecasts: stale },
        { now: NOW },
      ),
    ),
  );
  keep(
    await refusal(
      e.writer.resolveEventTogether(
        who.editor,
        event.id,
        { status: "no", occurredOn: "2026-11-02", evidence: EVIDENCE, forecasts: [{ id: event.outside, expectedVersion: 1 }] },
        { now: NOW },
      ),
    ),
  );
  const unknown = validSubmission() as { article: Record<string, unknown> };
  unknown.article.title = "Nowhere";
  unknown.article.outlet = { slug: "no-such-outlet" };
  keep(await refusal(e.writer.saveArticle(who.editor, unknown, { now: NOW })));
  return answers;
}

/** Every row of a table through drizzle (the same JS values on both engines), instants removed, in primary-key order. */
function withoutInstants(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const clean = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => !(v instanceof Date))));
  const key = (r: Record<string, unknown>) => JSON.stringify(Object.values(r));
  return clean.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function tableRows(sqlite: DB, pg: PgDB, name: string) {
  const s = sqliteTables().find((t) => getTableName(t) === name)!;
  const p = pgTables().find((t) => getTableName(t) === name)!;
  return {
    sqlite: withoutInstants(sqlite.select().from(s).all() as Record<string, unknown>[]),
    pg: withoutInstants((await pg.select().from(p)) as Record<string, unknown>[]),
  };
}

describe.skipIf(!hasPg)("the same writes through LedgerWriter on SQLite and on PostgreSQL", () => {
  let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
  let pg: Awaited<ReturnType<typeof pgCopyOf>>;
  let answers: { sqlite: unknown[]; pg: unknown[] };
  beforeAll(async () => {
    ctx = await seededWithAccounts();
    pg = await pgCopyOf(ctx.db.$client);
    const who = {
      editor: ctx.accounts.editor.actor,
      editor2: ctx.accounts.editor2.actor,
      admin: ctx.accounts.admin.actor,
      reader: ctx.accounts.reader.actor,
    };
    const ev = ctx.db.$client
      .prepare(
        "select event_id as id, json_group_array(id) as ids from forecasts where event_id is not null and outcome_status is null group by event_id having count(*) >= 2 order by event_id limit 1",
      )
      .get() as { id: number; ids: string };
    const outside = ctx.db.$client.prepare("select id from forecasts where event_id is null or event_id <> ? order by id limit 1").get(ev.id) as { id: number };
    const event = { id: ev.id, forecastIds: JSON.parse(ev.ids) as number[], outside: outside.id };
    const onSqlite: Engine = {
      writer: sqliteLedgerWriter(ctx.db),
      version: async (id) => ctx.db.select({ v: forecasts.version }).from(forecasts).where(eq(forecasts.id, id)).get()!.v,
    };
    const onPg: Engine = {
      writer: postgresLedgerWriter(pg.db),
      version: async (id) => (await pg.db.execute<{ version: number }>(sql`select version from forecasts where id = ${id}`)).rows[0]!.version,
    };
    answers = { sqlite: await writeSequence(onSqlite, who, event), pg: await writeSequence(onPg, who, event) };
  }, 120_000);
  afterAll(async () => {
    await pg?.drop();
    ctx?.cleanup();
  });

  it("answers every write and every refusal alike", () => {
    expect(answers.pg).toEqual(answers.sqlite);
    const refusals = answers.sqlite.slice(-9) as { code: string }[];
    expect(refusals.map((r) => r.code)).toEqual([
      "conflict",
      "unprocessable",
      "forbidden",
      "unprocessable",
      "unprocessable",
      "unprocessable",
      "conflict",
      "unprocessable",
      "unprocessable",
    ]);
    // The second article found what the first created: no second outlet, Jana Berger or Anke Sommer, the same event.
    const [first, secondArticle] = answers.sqlite.slice(7, 9) as { forecasts: { id: number }[] }[];
    expect(first!.forecasts).toHaveLength(3);
    expect(secondArticle!.forecasts).toHaveLength(3);
  });

  it("leaves the same rows in every table the writes touch (instants aside)", async () => {
    for (const name of COMPARED) {
      const rows = await tableRows(ctx.db, pg.db, name);
      expect(rows.pg, name).toEqual(rows.sqlite);
    }
    // The second article reused what the first created (by slug, and "ANKE SOMMER" by name ignoring case).
    const once = await pg.db.execute<{ people: number; outlets: number; events: number }>(sql`select
      (select count(*)::int from people where lower(name) in ('anke sommer', 'jana berger')) as people,
      (select count(*)::int from outlets where name = 'Ostsee-Kurier') as outlets,
      (select count(*)::int from forecasts f join events e on e.id = f.event_id where e.slug = 'container-traffic-between-kiel-and-klaipeda-falls-by-a-third') as events`);
    expect(once.rows[0]).toEqual({ people: 2, outlets: 1, events: 2 });
    const verband = await pg.db.execute<{ n: number }>(
      sql`select count(*)::int as n from people where name in ('Verband der Ostseehäfen', 'VERBAND DER OSTSEEHÄFEN')`,
    );
    expect(verband.rows[0]!.n).toBe(2);
    const audit = await tableRows(ctx.db, pg.db, "audit_log");
    expect(audit.pg.map((r) => r.action)).toEqual(
      expect.arrayContaining(["outcome.record", "outcome.supersede", "outcome.retract", "event.resolve", "forecast.correct", "article.create"]),
    );
  });

  it("answers the data cache's tag checks alike (the newest sequence number of a page's tags)", async () => {
    expect(await currentCacheSeqPg(pg.db)).toBe(currentCacheSeq(ctx.db));
    expect(currentCacheSeq(ctx.db)).toBeGreaterThan(5);
    for (const tags of [["forecast:11"], ["person:jana-berger", "ledger"], ["article:no-such-article"], []]) {
      expect(await latestTagSeqPg(pg.db, tags), tags.join(" ")).toBe(latestTagSeq(ctx.db, tags));
    }
  });

  it("gives the same export, byte for byte once the recorded-at instants are set aside", async () => {
    const mask = (s: string) => s.replace(/"recordedAt": "[^"]+"/g, '"recordedAt": "*"');
    const a = formatExport(exportForecasts(ctx.db), "json");
    const b = formatExport(await exportForecastsPg(pg.db), "json");
    expect(mask(b)).toBe(mask(a));
    expect(a).toContain("Ostsee-Kurier");
  });

  it("keeps the same sums as SQLite, and the sums a rebuild on PostgreSQL gives", async () => {
    const kept = await dumpKeptSumsPg(pg.db);
    const onSqlite = dumpKeptSums(ctx.db);
    for (const t of Object.keys(onSqlite)) expectSameRows(kept[t]!, onSqlite[t]!, `${t} vs SQLite`);
    const rebuilt = await rebuildInRolledBackTransaction(pg.db);
    for (const t of Object.keys(kept)) expectSameRows(kept[t]!, rebuilt[t]!, `${t} vs rebuild`);
    expect(kept.kept_scored!.length).toBeGreaterThan(10);
  });

  it("rolls the past_before boundary as SQLite does when the day turns", async () => {
    const later = "2031-03-15";
    ctx.db.transaction((tx) => forecastsChanged(tx, [], later), { behavior: "immediate" });
    await pg.db.transaction((tx) => forecastsChangedPg(tx, [], later));
    expect(await getPastBeforePg(pg.db)).toBe("2031-03-15");
    const kept = await dumpKeptSumsPg(pg.db);
    const onSqlite = dumpKeptSums(ctx.db);
    for (const t of Object.keys(onSqlite)) expectSameRows(kept[t]!, onSqlite[t]!, `${t} after the roll vs SQLite`);
    const rebuilt = await rebuildInRolledBackTransaction(pg.db);
    for (const t of Object.keys(kept)) expectSameRows(kept[t]!, rebuilt[t]!, `${t} after the roll vs rebuild`);
    // Deadlines before 15 March 2031 are now kept under 'past'.
    expect(kept.kept_contributions!.some((r) => r.part === "past" && (r.deadline as string) >= "2030-01-01")).toBe(true);
  });
});

/** What rebuildKeptSums gives on this database now, without keeping it. */
async function rebuildInRolledBackTransaction(db: PgDB) {
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
