/**
 * npm run notify:due as a real process against a real SMTP server (smtp-server) started here:
 * the digests arrive with the forecasts that fell due and the new outcomes on followed sources;
 * a refused address or an unusable server is reported and the digest is sent on the next run.
 * The same cases on SQLite and on PostgreSQL (a db:copy of the same ledger, the subscriptions made
 * through the PostgreSQL writes; skipped without PG_TEST_URL, see test/pg/pg-test-db.ts).
 */
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { reminderSubscriptions as pgReminderSubscriptions } from "@/db/pg/schema";
import { reminderSubscriptions } from "@/db/schema";
import { type DigestStore, postgresDigestStore, sqliteDigestStore } from "@/lib/reminders/digest-store";
import { postgresReminderWriter, type ReminderWriter, sqliteReminderWriter } from "@/lib/reminders/writer";
import { seededWithAccounts, type TestAccount } from "@/test/auth";
import { pgCopyOf } from "@/test/pg/copied-ledger";
import { hasPg } from "@/test/pg/pg-test-db";

vi.mock("server-only", () => ({}));

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const run = promisify(execFile);

interface Received {
  from: string;
  to: string[];
  subject: string;
  /** The plain-text part, decoded. */
  body: string;
  html: string;
}

type Subscription = typeof reminderSubscriptions.$inferSelect;

describe.each(["sqlite", ...(hasPg ? ["postgres"] : [])] as const)("npm run notify:due on %s", (engine) => {
  let db: DB;
  let file: string;
  let cleanup: () => void | Promise<void>;
  let store: DigestStore;
  let subscriptionOf: (a: TestAccount) => Promise<Subscription>;
  let editor: TestAccount;
  let editor2: TestAccount;
  const inbox: Received[] = [];
  let refuse = new Set<string>();
  let server: SMTPServer;
  let port = 0;

  async function notify(env: Record<string, string | undefined>) {
    try {
      const r = await run(TSX, ["--conditions=react-server", join(ROOT, "scripts", "notify-due.ts")], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: file,
          HINDSIGHT_MAIL_FROM: "Hindsight <reminders@test.invalid>",
          HINDSIGHT_PUBLIC_URL: "https://hindsight.test",
          ...env,
        },
        timeout: 60_000,
      });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  beforeAll(async () => {
    const seeded = await seededWithAccounts();
    db = seeded.db;
    let writer: ReminderWriter;
    let resetOutcomes: (a: TestAccount) => Promise<unknown>;
    if (engine === "postgres") {
      const pg = await pgCopyOf(db.$client);
      file = pg.db.$client.options.connectionString!;
      writer = postgresReminderWriter(pg.db);
      store = postgresDigestStore(pg.db);
      subscriptionOf = async (a) => (await pg.db.select().from(pgReminderSubscriptions).where(eq(pgReminderSubscriptions.userId, a.actor.id)))[0]!;
      resetOutcomes = (a) =>
        pg.db
          .update(pgReminderSubscriptions)
          .set({ outcomesSentThrough: 0, dueSentThrough: "2020-01-01" })
          .where(eq(pgReminderSubscriptions.userId, a.actor.id));
      cleanup = async () => {
        await pg.drop();
        seeded.cleanup();
      };
    } else {
      file = db.$client.name;
      writer = sqliteReminderWriter(db);
      store = sqliteDigestStore(db);
      subscriptionOf = async (a) => db.select().from(reminderSubscriptions).where(eq(reminderSubscriptions.userId, a.actor.id)).get()!;
      resetOutcomes = async (a) =>
        db
          .update(reminderSubscriptions)
          .set({ outcomesSentThrough: 0, dueSentThrough: "2020-01-01" })
          .where(eq(reminderSubscriptions.userId, a.actor.id))
          .run();
      cleanup = seeded.cleanup;
    }
    inbox.length = 0;
    editor = seeded.accounts.editor;
    editor2 = seeded.accounts.editor2;
    server = new SMTPServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refuse.has(address.address)) return callback(Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            body: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;

    // Editor 1: every forecast that fell due since 2020, and follows Christian Osthold. The seed outcomes were
    // recorded before the subscriptions, and they started today: both watermarks are put back (due from
    // 2020, outcomes from 0) so the seed's forecasts and outcomes count as new.
    await writer.subscribe(editor.actor, { email: "editor1@test.invalid", allDue: true });
    await writer.follow(editor.actor, { kind: "person", slug: "christian-osthold" });
    await resetOutcomes(editor);
    // Editor 2: only followed sources' due forecasts; follows nobody yet, so nothing to send.
    await writer.subscribe(editor2.actor, { email: "editor2@test.invalid", allDue: false });
    await resetOutcomes(editor2);
  }, 60_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await cleanup();
  });

  it("prints what it would send without SMTP_URL and changes nothing", async () => {
    const before = await subscriptionOf(editor);
    const r = await notify({ SMTP_URL: "" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("SMTP_URL is not set");
    expect(r.stdout).toContain("editor1@test.invalid: would send");
    expect(r.stdout).toContain("Forecasts that fell due");
    expect(await subscriptionOf(editor)).toEqual(before);
    expect(inbox).toHaveLength(0);
  }, 60_000);

  it("reports an address the server refuses, keeps the digest, and sends it on the next run", async () => {
    refuse = new Set(["editor1@test.invalid"]);
    const before = await subscriptionOf(editor);
    const failed = await notify({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/editor1@test\.invalid: failed.*refused the address editor1@test\.invalid.*mailbox unavailable/);
    expect(failed.stderr).toContain("sent again on the next run");
    const after = await subscriptionOf(editor);
    expect(after.dueSentThrough).toBe(before.dueSentThrough);
    expect(after.outcomesSentThrough).toBe(before.outcomesSentThrough);
    expect(after.lastError).toContain("refused the address");

    refuse = new Set();
    const ok = await notify({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("editor1@test.invalid: sent");
    expect(ok.stdout).toContain("editor2@test.invalid: nothing new");
    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.to).toEqual(["editor1@test.invalid"]);
    expect(mail.from).toBe("reminders@test.invalid");
    expect(mail.subject).toMatch(/^Hindsight: \d+ forecasts? fell due, \d+ new outcomes? on sources you follow$/);
    expect(mail.html).toContain('<a href="https://hindsight.test/due">');
    expect(mail.body).toContain("https://hindsight.test/due");
    // Every seed outcome on Osthold's forecasts is listed.
    const followed = await store.outcomesOnFollowed(editor.actor.id, 0, 1e9);
    expect(followed.length).toBeGreaterThan(0);
    for (const o of followed) expect(mail.body).toContain(`https://hindsight.test/forecasts/${o.forecastId}`);
    const sent = await subscriptionOf(editor);
    expect(sent.lastError).toBeNull();
    expect(sent.outcomesSentThrough).toBeGreaterThanOrEqual(Math.max(...followed.map((o) => o.outcomeId)));
  }, 120_000);

  it("sends nothing twice", async () => {
    const r = await notify({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("editor1@test.invalid: nothing new");
    expect(inbox).toHaveLength(1);
  }, 60_000);

  it("names an SMTP setting that does not work", async () => {
    const closed = await notify({ SMTP_URL: "smtp://127.0.0.1:1" });
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/cannot use the mail server smtp:\/\/127\.0\.0\.1:1 from SMTP_URL/);
    const bad = await notify({ SMTP_URL: "http://mail.example.org" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("SMTP_URL must start with smtp:// or smtps://");
  }, 60_000);
});
