/**
 * Reminders on both engines: one ledger copied into PostgreSQL, then the same subscriptions and
 * follows through sqliteReminderWriter and postgresReminderWriter (the /account/reminders actions'
 * writes, refusals included), and notifyDue over both DigestStores with the same transports. Both
 * engines answer alike, leave the same rows, compose the same digests, and move the watermarks only
 * after a send. scripts/notify-due.test.ts runs the command itself against a real SMTP server on both.
 */
import { getTableName, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import { pgTables, sqliteTables } from "@/db/pg/tables";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { type DigestStore, postgresDigestStore, sqliteDigestStore } from "@/lib/reminders/digest-store";
import { type MailMessage, type MailTransport, notifyDue } from "@/lib/reminders/notify";
import { postgresReminderWriter, type ReminderWriter, sqliteReminderWriter } from "@/lib/reminders/writer";
import { pgCopyOf } from "./copied-ledger";
import { richLedger } from "./ledger-fixture";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
const AT = new Date("2026-11-21T07:00:00Z");

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { code: err.code, message: err.message, fields: err.fields };
  }
  throw new Error("expected the write to be refused");
}

type Who = Record<"editor" | "editor2" | "reader", Actor>;

/** The same reminder writes, in the same order, on one engine; what each answered. */
async function writeSequence(w: ReminderWriter, who: Who) {
  const out: unknown[] = [];
  out.push((await w.subscribe(who.editor, { email: "first@test.invalid", allDue: false })).email);
  out.push((await w.subscribe(who.editor, { email: "editor1@test.invalid", allDue: true })).email);
  out.push(await w.follow(who.editor, { kind: "person", slug: "christian-osthold" }));
  out.push(await w.follow(who.editor, { kind: "person", slug: "christian-osthold" }));
  out.push(await w.follow(who.editor2, { kind: "outlet", slug: "the-trumpet" }));
  out.push(await w.follow(who.editor2, { kind: "person", slug: "christian-osthold" }));
  out.push(await w.unfollow(who.editor2, 3));
  out.push(await w.unfollow(who.editor2, 3));
  out.push((await w.subscribe(who.editor2, { email: "editor2@test.invalid", allDue: false })).email);
  out.push(await w.unsubscribe(who.editor2));
  out.push((await w.subscribe(who.editor2, { email: "editor2@test.invalid", allDue: false })).email);
  out.push(await refusal(w.follow(who.editor, { kind: "outlet", slug: "no-such-outlet" })));
  out.push(await refusal(w.follow(who.editor, { kind: "planet", slug: "mars" })));
  out.push(await refusal(w.subscribe(who.editor, { email: "not an address", allDue: true })));
  out.push(await refusal(w.subscribe(who.reader, { email: "reader@test.invalid", allDue: true })));
  out.push(await refusal(w.unfollow(null, 1)));
  return out;
}

function withoutInstants(rows: Record<string, unknown>[]) {
  return rows
    .map((r) => Object.fromEntries(Object.entries(r).filter(([k, v]) => !(v instanceof Date) && k !== "id")))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

async function tableRows(sqlite: DB, pg: PgDB, name: string) {
  const s = sqliteTables().find((t) => getTableName(t) === name)!;
  const p = pgTables().find((t) => getTableName(t) === name)!;
  return {
    sqlite: withoutInstants(sqlite.select().from(s).all() as Record<string, unknown>[]),
    pg: withoutInstants((await pg.select().from(p)) as Record<string, unknown>[]),
  };
}

/** A transport that keeps what it was given and refuses the addresses in `refuse` as a mail server would. */
function transport(refuse: Set<string>): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async sendMail(m) {
      if (refuse.has(m.to)) return { accepted: [], rejected: [m.to], response: "550 5.1.1 mailbox unavailable" };
      sent.push(m);
      return { accepted: [m.to], rejected: [] };
    },
  };
}

const options = (t: MailTransport | null) => ({
  transport: t,
  server: "smtp://mail.test:25",
  from: "h@test.invalid",
  origin: "https://h.test",
  now: NOW,
  clock: () => AT,
});
const watermarks = async (store: DigestStore) =>
  (await store.listSubscriptions()).map(({ s }) => ({ email: s.email, due: s.dueSentThrough, outcomes: s.outcomesSentThrough, error: s.lastError }));

describe.skipIf(!hasPg)("reminders on SQLite and on PostgreSQL", () => {
  let ctx: Awaited<ReturnType<typeof richLedger>>;
  let pg: Awaited<ReturnType<typeof pgCopyOf>>;
  let answers: { sqlite: unknown[]; pg: unknown[] };
  let stores: { sqlite: DigestStore; pg: DigestStore };
  beforeAll(async () => {
    ctx = await richLedger();
    pg = await pgCopyOf(ctx.db.$client);
    const who = { editor: ctx.accounts.editor.actor, editor2: ctx.accounts.editor2.actor, reader: ctx.accounts.reader.actor };
    answers = { sqlite: await writeSequence(sqliteReminderWriter(ctx.db), who), pg: await writeSequence(postgresReminderWriter(pg.db), who) };
    stores = { sqlite: sqliteDigestStore(ctx.db), pg: postgresDigestStore(pg.db) };
  }, 120_000);
  afterAll(async () => {
    await pg?.drop();
    ctx?.cleanup();
  });

  it("answers every write and refusal alike", () => {
    expect(answers.pg).toEqual(answers.sqlite);
    expect(answers.sqlite.slice(0, 11)).toEqual([
      "first@test.invalid",
      "editor1@test.invalid",
      true,
      false,
      true,
      true,
      true,
      false,
      "editor2@test.invalid",
      true,
      "editor2@test.invalid",
    ]);
    expect((answers.sqlite.slice(11) as { code: string }[]).map((r) => r.code)).toEqual([
      "unprocessable",
      "unprocessable",
      "unprocessable",
      "forbidden",
      "unauthenticated",
    ]);
  });

  it("leaves the same subscriptions, follows and audit entries", async () => {
    for (const name of ["reminder_subscriptions", "follows", "audit_log"]) {
      const rows = await tableRows(ctx.db, pg.db, name);
      expect(rows.pg, name).toEqual(rows.sqlite);
    }
    const audit = await pg.db.execute<{ action: string }>(sql`select action from audit_log where entity_type = 'reminder' order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual([
      "reminders.subscribe",
      "reminders.update",
      "follows.add",
      "follows.add",
      "follows.add",
      "follows.remove",
      "reminders.subscribe",
      "reminders.unsubscribe",
      "reminders.subscribe",
    ]);
  });

  it("finds the same rows for a digest", async () => {
    const subs = await stores.sqlite.listSubscriptions();
    expect((await stores.pg.listSubscriptions()).map((r) => r.s.userId)).toEqual(subs.map((r) => r.s.userId));
    expect(await stores.pg.maxOutcomeId()).toBe(await stores.sqlite.maxOutcomeId());
    for (const { s } of subs) {
      for (const allDue of [true, false]) {
        const due = await stores.sqlite.forecastsFallenDue(s.userId, allDue, "2015-01-01", "2026-11-20");
        expect(await stores.pg.forecastsFallenDue(s.userId, allDue, "2015-01-01", "2026-11-20")).toEqual(due);
        if (allDue) expect(due.length).toBeGreaterThan(0);
      }
      const outcomes = await stores.sqlite.outcomesOnFollowed(s.userId, 0, 1e9);
      expect(await stores.pg.outcomesOnFollowed(s.userId, 0, 1e9)).toEqual(outcomes);
    }
    expect((await stores.sqlite.outcomesOnFollowed(ctx.accounts.editor.actor.id, 0, 1e9)).length).toBeGreaterThan(0);
  });

  it("sends the same digests and moves the watermarks only after a send", async () => {
    // The editor's subscription started after the fixture's outcomes: put both back so they are new.
    for (const run of [(q: ReturnType<typeof sql>) => ctx.db.run(q), (q: ReturnType<typeof sql>) => pg.db.execute(q)])
      await run(sql`update reminder_subscriptions set outcomes_sent_through = 0, due_sent_through = '2020-01-01'`);
    const start = await watermarks(stores.sqlite);
    expect(await watermarks(stores.pg)).toEqual(start);

    // Without a transport: what would be sent, nothing changed.
    const dry = { sqlite: await notifyDue(stores.sqlite, options(null)), pg: await notifyDue(stores.pg, options(null)) };
    expect(dry.pg).toEqual(dry.sqlite);
    expect(dry.sqlite.map((r) => r.status)).toEqual(["would send", "would send"]);
    expect(await watermarks(stores.pg)).toEqual(start);

    // A refused address: failed, the error kept, the watermarks where they were; the other one is sent.
    const refusing = { sqlite: transport(new Set(["editor1@test.invalid"])), pg: transport(new Set(["editor1@test.invalid"])) };
    const failed = { sqlite: await notifyDue(stores.sqlite, options(refusing.sqlite)), pg: await notifyDue(stores.pg, options(refusing.pg)) };
    expect(failed.pg).toEqual(failed.sqlite);
    expect(failed.sqlite.map((r) => r.status)).toEqual(["failed", "sent"]);
    const afterFail = await watermarks(stores.pg);
    expect(afterFail).toEqual(await watermarks(stores.sqlite));
    expect(afterFail[0]).toMatchObject({ due: start[0]!.due, outcomes: start[0]!.outcomes });
    expect(afterFail[0]!.error).toContain("refused the address");
    expect(refusing.pg.sent).toEqual(refusing.sqlite.sent);

    // The next run sends the kept digest, then nothing twice.
    const ok = { sqlite: transport(new Set()), pg: transport(new Set()) };
    const sent = { sqlite: await notifyDue(stores.sqlite, options(ok.sqlite)), pg: await notifyDue(stores.pg, options(ok.pg)) };
    expect(sent.pg).toEqual(sent.sqlite);
    expect(sent.sqlite.map((r) => r.status)).toEqual(["sent", "nothing new"]);
    expect(ok.pg.sent).toEqual(ok.sqlite.sent);
    expect(ok.sqlite.sent[0]!.text).toContain("https://h.test/forecasts/");
    const moved = await watermarks(stores.pg);
    expect(moved).toEqual(await watermarks(stores.sqlite));
    expect(moved[0]).toMatchObject({ due: "2026-11-20", outcomes: await stores.pg.maxOutcomeId(), error: null });
    const again = await notifyDue(stores.pg, options(ok.pg));
    expect(again.map((r) => r.status)).toEqual(["nothing new", "nothing new"]);
    expect(ok.pg.sent).toHaveLength(1);
  }, 60_000);
});
