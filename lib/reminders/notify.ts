/**
 * npm run notify:due: one digest per subscription of the forecasts that fell due since its last
 * digest and the new outcomes on the sources it follows. The watermarks move in one transaction
 * only after the mail server accepted the digest, so a failed send is retried on the next run,
 * never lost. The same rules on both engines: the SQL comes from a DigestStore (digest-store.ts).
 * Without a transport (no SMTP_URL) it only reports what it would send and changes nothing.
 */
import { today } from "@/lib/vocabulary/calendar";
import { composeDigest, type Digest } from "./digest";
import type { DigestStore } from "./digest-store";
import { describeMailError } from "./smtp-errors";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The part of a nodemailer transport the command uses. */
export interface MailTransport {
  sendMail(message: MailMessage): Promise<{ accepted?: unknown[]; rejected?: unknown[]; response?: string }>;
}

export interface NotifyOptions {
  transport: MailTransport | null;
  /** For messages: the server as scheme://host:port, never with the password. */
  server: string;
  from: string;
  origin: string;
  now?: string;
  clock?: () => Date;
}

export interface NotifyResult {
  email: string;
  status: "sent" | "nothing new" | "would send" | "failed" | "not attempted";
  subject?: string;
  dueCount?: number;
  outcomeCount?: number;
  error?: string;
  digest?: Digest;
}

function yesterday(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export async function notifyDue(db: DigestStore, o: NotifyOptions): Promise<NotifyResult[]> {
  const now = o.now ?? today();
  const clock = o.clock ?? (() => new Date());
  // A forecast falls due the day after its deadline: everything up to yesterday's deadline is due.
  const dueThrough = yesterday(now);
  const results: NotifyResult[] = [];
  let serverDown: string | null = null;
  for (const { s, name } of await db.listSubscriptions()) {
    if (serverDown) {
      results.push({ email: s.email, status: "not attempted", error: serverDown });
      continue;
    }
    // Fix the upper ends before sending, so records written during the send come next time.
    const outcomesThrough = await db.maxOutcomeId();
    // (YYYY-MM-DD strings: the later of the two; a watermark never moves back.)
    const through = [dueThrough, s.dueSentThrough].sort()[1] ?? dueThrough;
    const due = await db.forecastsFallenDue(s.userId, s.allDue, s.dueSentThrough, through);
    const outcomes = await db.outcomesOnFollowed(s.userId, s.outcomesSentThrough, outcomesThrough);
    const digest = composeDigest(o.origin, due, outcomes, name);
    const counts = { dueCount: due.length, outcomeCount: outcomes.length };
    if (!digest) {
      if (o.transport) await db.markDigestSent(s.id, through, outcomesThrough, clock());
      results.push({ email: s.email, status: "nothing new", ...counts });
      continue;
    }
    if (!o.transport) {
      results.push({ email: s.email, status: "would send", subject: digest.subject, digest, ...counts });
      continue;
    }
    try {
      const info = await o.transport.sendMail({ from: o.from, to: s.email, subject: digest.subject, text: digest.text, html: digest.html });
      if (info.rejected?.length) throw Object.assign(new Error(`rejected: ${info.rejected.join(", ")} ${info.response ?? ""}`), { code: "EENVELOPE" });
      await db.markDigestSent(s.id, through, outcomesThrough, clock());
      results.push({ email: s.email, status: "sent", subject: digest.subject, ...counts });
    } catch (err) {
      const failure = describeMailError(err, s.email, o.server);
      await db.markDigestFailed(s.id, failure.message, clock());
      results.push({ email: s.email, status: "failed", error: failure.message, ...counts });
      if (failure.scope === "server") serverDown = `not attempted: ${failure.message}`;
    }
  }
  return results;
}
