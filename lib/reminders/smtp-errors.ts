/** A mail failure in words that say what to fix: the address, the login, or the server setting. */

export type FailureScope = "address" | "server";

interface MailError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
  rejected?: string[];
}

/** Where the fault lies and a message naming it; a server fault stops the run (every send would fail). */
export function describeMailError(err: unknown, email: string, server: string): { scope: FailureScope; message: string } {
  const e = (err ?? {}) as MailError;
  const detail = (e.response ?? e.message ?? String(err)).trim();
  if (e.code === "EAUTH")
    return { scope: "server", message: `the mail server ${server} refused the login in SMTP_URL (check the user name and password): ${detail}` };
  if (e.code && ["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "ECONNREFUSED", "ETLS", "EPROTOCOL", "EHOSTUNREACH", "ENOTFOUND"].includes(e.code))
    return { scope: "server", message: `cannot use the mail server ${server} from SMTP_URL (${e.code}): ${detail}` };
  if (e.code === "EENVELOPE" || (e.responseCode && e.responseCode >= 500 && e.command === "RCPT TO"))
    return { scope: "address", message: `the mail server refused the address ${email}: ${detail}` };
  if (e.responseCode && e.responseCode >= 400)
    return { scope: "address", message: `the mail server did not accept the digest for ${email} (${e.responseCode}): ${detail}` };
  return { scope: "server", message: `sending to ${email} through ${server} failed: ${detail}` };
}

/** SMTP_URL checked before anything is sent; the password is never repeated. */
export function parseSmtpUrl(raw: string): { ok: true; url: string; server: string } | { ok: false; message: string } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { ok: false, message: "SMTP_URL is not a URL: write it as smtp://user:password@host:587 or smtps://user:password@host:465" };
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
    return { ok: false, message: `SMTP_URL must start with smtp:// or smtps://, not ${u.protocol}// (e.g. smtp://user:password@host:587)` };
  if (!u.hostname) return { ok: false, message: "SMTP_URL names no host: smtp://user:password@host:587" };
  return { ok: true, url: raw, server: `${u.protocol}//${u.hostname}:${u.port || (u.protocol === "smtps:" ? 465 : 587)}` };
}
