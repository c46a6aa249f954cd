/**
 * What PostgreSQL's LedgerWriter guarantees beyond one writer: 20 editors recording an outcome
 * on the same version at once, through two app instances (two pools), give exactly one record and
 * 19 times SQLite's 409; a write that fails after its first rows leaves nothing behind (the
 * transaction); the rows the writer appended stay append-only.
 */
import { eq, sql } from "drizzle-orm";
import pgDriver from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { dumpKeptSumsPg, getPastBeforePg, rebuildKeptSumsPg } from "@/db/pg/queries/kept-sums";
import { LEDGER_WRITE_LOCK } from "@/db/pg/queries/outcomes";
import { forecasts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError, asAppError } from "@/lib/http/errors";
import { postgresLedgerWriter } from "@/lib/ledger/writer-pg";
import { sqliteLedgerWriter } from "@/lib/ledger/writer-sqlite";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { seededWithAccounts } from "@/test/auth";
import { validSubmission } from "@/test/intake-fixture";
import { expectSameRows, pgCopyOf } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
const EVIDENCE = [{ citation: "Official record" }];
const outcome = (expectedVersion: number) => ({ status: "no", occurredOn: NOW, evidence: EVIDENCE, reason: "Settled.", expectedVersion });

/** The database's own message under drizzle's "Failed query" wrapper. */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return String((err as { cause?: Error }).cause?.message ?? err);
  }
  return "accepted";
}

async function count(db: PgDB, query: ReturnType<typeof sql>): Promise<number> {
  return Number((await db.execute<{ n: number }>(query)).rows[0]!.n);
}

const versionOf = (db: PgDB, id: number) => count(db, sql`select version as n from forecasts where id = ${id}`);

/**
 * Runs `fn` while another session (another app instance) holds the ledger's write lock in its
 * transaction; `release` commits that transaction. HINDSIGHT_DB_BUSY_TIMEOUT_MS, which `fn` may
 * set, is restored afterwards.
 */
async function whileLockHeldElsewhere(db: PgDB, fn: (release: () => Promise<unknown>) => Promise<void>) {
  const holder = new pgDriver.Client({ connectionString: db.$client.options.connectionString });
  await holder.connect();
  const saved = process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS;
  try {
    await holder.query("begin");
    await holder.query(`select pg_advisory_xact_lock(${LEDGER_WRITE_LOCK})`);
    await fn(() => holder.query("commit"));
  } finally {
    if (saved === undefined) delete process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS;
    else process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS = saved;
    await holder.end();
  }
}

/** Returns once some session waits for the ledger's write lock in PostgreSQL. */
async function untilSomeoneWaitsForTheLock(db: PgDB) {
  while (!(await count(db, sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`)))
    await new Promise((r) => setTimeout(r, 20));
}

/** Row counts and states a failed write must leave untouched. */
async function snapshot(db: PgDB) {
  return {
    outcomes: await count(db, sql`select count(*)::int as n from outcomes`),
    audit: await count(db, sql`select count(*)::int as n from audit_log`),
    articles: await count(db, sql`select count(*)::int as n from articles`),
    forecasts: await count(db, sql`select count(*)::int as n from forecasts`),
    people: await count(db, sql`select count(*)::int as n from people`),
    versions: (await db.execute(sql`select id, version, outcome_status from forecasts order by id`)).rows,
    tags: (await db.execute(sql`select tag, seq from cache_tags order by tag`)).rows,
    kept: await dumpKeptSumsPg(db),
  };
}

describe.skipIf(!hasPg)("LedgerWriter on PostgreSQL under concurrency and failure", () => {
  let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
  let pg: Awaited<ReturnType<typeof pgCopyOf>>;
  let second: PgDB;
  let editor: Actor;
  beforeAll(async () => {
    ctx = await seededWithAccounts();
    pg = await pgCopyOf(ctx.db.$client);
    second = openPostgres(pg.db.$client.options.connectionString!);
    editor = ctx.accounts.editor.actor;
  }, 60_000);
  afterAll(async () => {
    if (second) await closePostgres(second);
    await pg?.drop();
    ctx?.cleanup();
  });

  it("of 20 editors writing on one version at once, exactly one wins; the others get SQLite's 409", async () => {
    const id = 3;
    const version = ctx.db.select({ v: forecasts.version }).from(forecasts).where(eq(forecasts.id, id)).get()!.v;
    // SQLite's answer to the second write on the same version.
    const onSqlite = sqliteLedgerWriter(ctx.db);
    await onSqlite.recordOutcome(editor, id, outcome(version), { now: NOW });
    const sqliteConflict = await onSqlite.recordOutcome(editor, id, outcome(version), { now: NOW }).catch((e: AppError) => e);

    const writers = [postgresLedgerWriter(pg.db), postgresLedgerWriter(second)];
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => writers[i % 2]!.recordOutcome(editor, id, outcome(version), { now: NOW })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as AppError);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    expect(sqliteConflict).toBeInstanceOf(AppError);
    for (const e of lost) {
      expect(e).toBeInstanceOf(AppError);
      expect(e.code).toBe("conflict");
      expect(e.message).toBe((sqliteConflict as AppError).message);
    }
    expect(await count(pg.db, sql`select count(*)::int as n from outcomes where forecast_id = ${id} and version = ${version + 1}`)).toBe(1);
    expect(await count(pg.db, sql`select version as n from forecasts where id = ${id}`)).toBe(version + 1);
  }, 60_000);

  it("keeps the kept sums equal to a rebuild after concurrent writes on different forecasts", async () => {
    const ids = [4, 6, 7, 8, 9, 10];
    const versions = (await pg.db.execute<{ id: number; version: number }>(sql`select id, version from forecasts where id in (4, 6, 7, 8, 9, 10)`)).rows;
    const v = new Map(versions.map((r) => [r.id, r.version]));
    const writers = [postgresLedgerWriter(pg.db), postgresLedgerWriter(second)];
    const results = await Promise.allSettled(
      ids.map((id, i) =>
        writers[i % 2]!.recordOutcome(
          editor,
          id,
          i % 2 ? { status: "ambiguous", evidence: EVIDENCE, reason: "Contested.", expectedVersion: v.get(id)! } : outcome(v.get(id)!),
          { now: NOW },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const kept = await dumpKeptSumsPg(pg.db);
    let rebuilt: typeof kept = {};
    await pg.db
      .transaction(async (tx) => {
        await rebuildKeptSumsPg(tx, (await getPastBeforePg(tx))!, DEFAULT_BIN_COUNT);
        rebuilt = await dumpKeptSumsPg(tx);
        throw new Error("rollback");
      })
      .catch(() => {});
    for (const t of Object.keys(kept)) expectSameRows(kept[t]!, rebuilt[t]!, t);
  }, 60_000);

  it("a write that fails after its first rows leaves nothing: outcomes, versions, kept sums, cache tags, intake rows", async () => {
    // The last step of both writes is an audit row; make the database refuse it.
    await pg.db.execute(sql`create function refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test: %', new.action; end $$`);
    await pg.db.execute(sql`create trigger refuse_audit before insert on audit_log for each row
      when (new.action in ('event.resolve', 'article.create')) execute function refuse_audit()`);
    try {
      const ev = (
        await pg.db.execute<{ id: number; ids: number[] }>(sql`select event_id as id, array_agg(id order by id) as ids from forecasts
          where event_id is not null and outcome_status is null group by event_id having count(*) >= 2 order by event_id limit 1`)
      ).rows[0]!;
      const before = await snapshot(pg.db);
      const writer = postgresLedgerWriter(pg.db);
      const selection = [];
      for (const id of ev.ids) selection.push({ id, expectedVersion: (before.versions.find((r) => r.id === id) as { version: number }).version });
      expect(
        await failure(writer.resolveEventTogether(editor, ev.id, { status: "no", occurredOn: NOW, evidence: EVIDENCE, forecasts: selection }, { now: NOW })),
      ).toBe("refused for the test: event.resolve");
      expect(await failure(writer.saveArticle(editor, validSubmission(), { now: NOW }))).toBe("refused for the test: article.create");
      expect(await snapshot(pg.db)).toEqual(before);
    } finally {
      await pg.db.execute(sql`drop trigger refuse_audit on audit_log`);
      await pg.db.execute(sql`drop function refuse_audit()`);
    }
  });

  it("writes as the app's role (hindsight_app, no UPDATE or DELETE on the append-only tables), not only as the owner", async () => {
    await pg.db.execute(sql`grant hindsight_app to current_user`);
    const url = new URL(pg.db.$client.options.connectionString!);
    url.searchParams.set("options", "-c role=hindsight_app");
    const asApp = openPostgres(url.toString());
    try {
      expect((await asApp.execute<{ r: string }>(sql`select current_user as r`)).rows[0]!.r).toBe("hindsight_app");
      const writer = postgresLedgerWriter(asApp);
      const version = async (id: number) => count(asApp, sql`select version as n from forecasts where id = ${id}`);
      await writer.recordOutcome(editor, 12, outcome(await version(12)), { now: NOW });
      await writer.retractOutcome(editor, 12, { reason: "Too early.", expectedVersion: await version(12) });
      await writer.correctForecast(editor, 12, { deadlineNote: "As the article says.", reason: "Note added.", expectedVersion: await version(12) });
      const saved = await writer.saveArticle(
        editor,
        { ...validSubmission(), article: { ...validSubmission().article, title: "Written as the app" } },
        { now: NOW },
      );
      expect(saved.forecasts).toHaveLength(3);
      expect(await failure(asApp.execute(sql`update outcomes set note = 'rewritten' where forecast_id = 12`))).toMatch(/permission denied|append-only/);
    } finally {
      await closePostgres(asApp);
    }
  });

  it("a write that waits longer than the write wait limit for the lock gives up with 503 and writes nothing, as SQLite's busy timeout", async () => {
    await whileLockHeldElsewhere(pg.db, async (release) => {
      process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS = "300";
      const version = await versionOf(pg.db, 13);
      const err = await postgresLedgerWriter(pg.db)
        .recordOutcome(editor, 13, outcome(version), { now: NOW })
        .catch((e: unknown) => asAppError(e));
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(503);
      expect((err as AppError).details?.retryAfter).toBe(5);
      expect(await versionOf(pg.db, 13)).toBe(version);
      await release();
      // Once the lock is free, the same write goes through.
      await postgresLedgerWriter(pg.db).recordOutcome(editor, 13, outcome(version), { now: NOW });
      expect(await versionOf(pg.db, 13)).toBe(version + 1);
    });
  });

  it("writes queued behind the lock hold one connection between them: the pages' reads on the same pool go on, and the writes then pass in turn", async () => {
    // An app instance with a pool of 2, while another instance holds the ledger's write lock.
    const instance = openPostgres(pg.db.$client.options.connectionString!, { max: 2, connectionTimeoutMillis: 20_000 });
    try {
      await whileLockHeldElsewhere(pg.db, async (release) => {
        process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS = "20000";
        const ids = [14, 15, 16, 17];
        const versions = await Promise.all(ids.map((id) => versionOf(instance, id)));
        const events: string[] = [];
        const writes = ids.map((id, i) =>
          postgresLedgerWriter(instance)
            .recordOutcome(editor, id, outcome(versions[i]!), { now: NOW })
            .then(() => events.push(`write ${id}`)),
        );
        await untilSomeoneWaitsForTheLock(pg.db);
        // A reader on the same pool: before, the queued writes held both connections until the lock came free.
        const read = count(instance, sql`select count(*)::int as n from forecasts`).then((n) => events.push(`read ${n > 0}`));
        await Promise.race([read, new Promise((r) => setTimeout(r, 5_000))]);
        await release();
        await Promise.all([read, ...writes]);
        expect(events[0]).toBe("read true");
        expect(events.slice(1).sort()).toEqual(ids.map((id) => `write ${id}`).sort());
        for (const [i, id] of ids.entries()) expect(await versionOf(pg.db, id)).toBe(versions[i]! + 1);
      });
    } finally {
      await closePostgres(instance);
    }
  });

  it("a write still waiting for its turn when the bound runs out gives up with 503 too, and writes nothing", async () => {
    await whileLockHeldElsewhere(pg.db, async (release) => {
      const [first, second] = [18, 19];
      const [v1, v2] = [await versionOf(pg.db, first), await versionOf(pg.db, second)];
      // The first write takes this process's turn and waits for the lock in PostgreSQL, with a long bound.
      process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS = "20000";
      const firstWrite = postgresLedgerWriter(pg.db).recordOutcome(editor, first, outcome(v1), { now: NOW });
      await untilSomeoneWaitsForTheLock(pg.db);
      // The second, with a bound of 300 ms, never gets the turn while the first waits.
      process.env.HINDSIGHT_DB_BUSY_TIMEOUT_MS = "300";
      const err = await postgresLedgerWriter(pg.db)
        .recordOutcome(editor, second, outcome(v2), { now: NOW })
        .then(
          () => null,
          (e: unknown) => asAppError(e),
        );
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(503);
      expect((err as AppError).details?.retryAfter).toBe(5);
      await release();
      await firstWrite;
      expect(await versionOf(pg.db, first)).toBe(v1 + 1);
      expect(await versionOf(pg.db, second)).toBe(v2);
    });
  });

  it("the rows the writer appended stay append-only: UPDATE and DELETE are refused", async () => {
    const last = (table: string) => sql.raw(`(select max(id) from ${table})`);
    for (const [table, set] of [
      ["outcomes", "note = 'rewritten'"],
      ["audit_log", "action = 'rewritten'"],
    ] as const) {
      await expect(pg.db.execute(sql`update ${sql.raw(table)} set ${sql.raw(set)} where id = ${last(table)}`)).rejects.toThrow();
      await expect(pg.db.execute(sql`delete from ${sql.raw(table)} where id = ${last(table)}`)).rejects.toThrow();
    }
    await postgresLedgerWriter(pg.db).correctForecast(editor, 36, {
      deadline: "2029-12-31",
      deadlineBasis: "inferred",
      reason: "The plan's horizon.",
      expectedVersion: await count(pg.db, sql`select version as n from forecasts where id = 36`),
    });
    await expect(pg.db.execute(sql`update forecast_revisions set reason = 'rewritten' where id = ${last("forecast_revisions")}`)).rejects.toThrow();
    await expect(pg.db.execute(sql`delete from forecast_revisions where id = ${last("forecast_revisions")}`)).rejects.toThrow();
  });
});
