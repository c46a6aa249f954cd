/**
 * npm run notify:due [-- --dry-run]: send the reminder digests (lib/reminders/notify.ts) through
 * the mail server in SMTP_URL; without SMTP_URL (or with --dry-run) print what would be sent and
 * change nothing. Meant for cron, e.g. daily at 07:00: `0 7 * * * cd /srv/hindsight && npm run notify:due`.
 * Exit codes: 0 all sent (or nothing to send), 1 some digest failed (it is retried on the next
 * run), 2 a usage or configuration error.
 */
import { parseArgs } from "node:util";
import nodemailer, { type Transporter } from "nodemailer";
import { openLedger } from "@/db/client";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { formatProblems } from "@/db/schema-version";
import { databaseTarget, env, publicOrigin, redactUrl } from "@/lib/config/env";
import { type DigestStore, postgresDigestStore, sqliteDigestStore } from "@/lib/reminders/digest-store";
import { notifyDue } from "@/lib/reminders/notify";
import { describeMailError, parseSmtpUrl } from "@/lib/reminders/smtp-errors";

function fail(message: string, code = 2): never {
  process.stderr.write(`notify:due: ${message}\n`);
  process.exit(code);
}

async function main() {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, strict: true });
  const e = env();
  // DATABASE_URL: a SQLite file or a postgres:// server (lib/config/env.ts databaseTarget); the same rules on both.
  let store: DigestStore;
  let close: () => Promise<void>;
  try {
    const target = databaseTarget(e.DATABASE_URL);
    if (target.engine === "postgres") {
      const check = await checkPostgres(target.url);
      if (check.problems.length) fail(formatProblems(`The PostgreSQL database at ${redactUrl(target.url)} is not ready`, check.problems));
      const pgdb = openPostgres(target.url, { max: 2 });
      store = postgresDigestStore(pgdb);
      close = () => closePostgres(pgdb);
    } else {
      const db = openLedger(target.file);
      store = sqliteDigestStore(db);
      close = async () => {
        db.$client.close();
      };
    }
  } catch (err) {
    fail((err as Error).message);
  }

  const raw = values["dry-run"] ? undefined : e.SMTP_URL;
  let transport: Transporter | null = null;
  let server = "(none)";
  if (raw) {
    const smtp = parseSmtpUrl(raw);
    if (!smtp.ok) fail(smtp.message);
    server = smtp.server;
    transport = nodemailer.createTransport(smtp.url);
    try {
      await transport.verify();
    } catch (err) {
      fail(describeMailError(err, "-", server).message, 1);
    }
  } else {
    process.stdout.write(
      values["dry-run"]
        ? "Dry run: nothing is sent or marked as sent.\n"
        : "SMTP_URL is not set: printing what would be sent; nothing is sent or marked as sent.\n",
    );
  }

  const results = await notifyDue(store, { transport, server, from: e.HINDSIGHT_MAIL_FROM, origin: publicOrigin(e) });
  for (const r of results) {
    const counts = r.dueCount !== undefined ? ` (${r.dueCount} fell due, ${r.outcomeCount} new outcomes)` : "";
    process.stdout.write(`${r.email}: ${r.status}${counts}${r.error ? `: ${r.error}` : ""}\n`);
    if (r.digest) process.stdout.write(`--- To: ${r.email}\n--- Subject: ${r.digest.subject}\n${r.digest.text}\n---\n`);
  }
  if (!results.length) process.stdout.write("No reminder subscriptions.\n");
  transport?.close();
  await close();
  const failed = results.filter((r) => r.status === "failed").length;
  if (failed) fail(`${failed} digest(s) not sent; they are sent again on the next run`, 1);
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err), 2));
