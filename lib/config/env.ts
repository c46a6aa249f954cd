/**
 * Environment, read and validated in one place. Every variable is documented in .env.example
 * with a default that works for local use; serving any origin but this machine needs a real secret.
 */
import { z } from "zod";

const LOCAL_SECRET = "hindsight-local-development-secret-change-me";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A SQLite file (a path or a file: URL, relative to the working directory) or a postgres:// URL (lib/config/env.ts databaseTarget). */
  DATABASE_URL: z.string().min(1).default("file:./data/hindsight.db"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").default(LOCAL_SECRET),
  /** The origin the browser uses; better-auth checks requests against it. */
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
  /** "true" opens self-service sign-up (new accounts are readers). Closed by default. */
  HINDSIGHT_OPEN_SIGNUP: z.enum(["true", "false"]).default("false"),
  /** The public origin for links others follow (feeds, share cards, canonical URLs, sitemap, e-mails); default BETTER_AUTH_URL. */
  HINDSIGHT_PUBLIC_URL: z.url().optional(),
  /** The mail server for npm run notify:due (smtp://user:pass@host:587, smtps://...); unset: print what would be sent. */
  SMTP_URL: z.string().optional(),
  /** The sender of reminder digests. */
  HINDSIGHT_MAIL_FROM: z.string().default("Hindsight <hindsight@localhost>"),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated
   * ("127.0.0.1, 10.0.0.0/8"). Empty (the default): the client is the connection's address.
   */
  HINDSIGHT_TRUSTED_PROXIES: z.string().default(""),
  /** "true" lets db:setup create the documented demo accounts; never in production. */
  HINDSIGHT_DEMO_ACCOUNTS: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${lines}`);
  }
  // The documented local secret is only acceptable while the app answers on this machine alone.
  if (parsed.data.BETTER_AUTH_SECRET === LOCAL_SECRET && !isLoopback(parsed.data.BETTER_AUTH_URL)) {
    throw new Error(`BETTER_AUTH_SECRET must be set when serving ${parsed.data.BETTER_AUTH_URL} (generate one with: openssl rand -base64 32)`);
  }
  cached = parsed.data;
  return cached;
}

/** Where the ledger lives: an embedded SQLite file (the default) or a PostgreSQL server. */
export type DatabaseTarget = { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };

export class DatabaseUrlError extends Error {}

const POSTGRES_SCHEMES = ["postgres:", "postgresql:"];

/**
 * Reads DATABASE_URL: "file:./data/x.db", "./data/x.db" or an absolute path is a SQLite file;
 * postgres:// or postgresql:// is a PostgreSQL server. Any other scheme is refused (it would
 * otherwise be taken as a file name and a database would appear in a folder called "mysql:").
 */
export function databaseTarget(url = env().DATABASE_URL): DatabaseTarget {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  // One letter before the colon is a Windows drive (C:\data\x.db), not a scheme.
  if (!scheme || scheme.length === 1) return { engine: "sqlite", file: url };
  if (scheme === "file") return { engine: "sqlite", file: url.slice("file:".length).replace(/^\/\/(?=\/)/, "") };
  if (POSTGRES_SCHEMES.includes(`${scheme}:`)) {
    if (!URL.canParse(url))
      throw new DatabaseUrlError(
        `DATABASE_URL is not a valid PostgreSQL connection URL: ${redactUrl(url)}\n  Expected postgres://USER:PASSWORD@HOST:PORT/DATABASE (percent-encode special characters in the password).`,
      );
    return { engine: "postgres", url };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL has the scheme "${scheme}:", which Hindsight does not know.\n  Use a SQLite file (file:./data/hindsight.db, or a plain path) or a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE).`,
  );
}

/**
 * The SQLite file at DATABASE_URL, for the code that runs on SQLite only (the commands without a
 * PostgreSQL path: docs/ARCHITECTURE.md "Two engines"; the app picks its engine in lib/ledger/engine.ts).
 * A PostgreSQL URL is refused with what to do instead, never taken as a file name.
 */
export function databasePath(url = env().DATABASE_URL): string {
  const target = databaseTarget(url);
  if (target.engine === "sqlite") return target.file;
  throw new DatabaseUrlError(
    `DATABASE_URL points at PostgreSQL (${redactUrl(url)}), but this command runs on SQLite only so far.\n` +
      "  On PostgreSQL, these work: the web app (npm start), npm run db:setup, npm run db:copy, npm run export, npm run user:create, npm run search:reindex and npm run db:rebuild-sums.\n" +
      '  For this one, set DATABASE_URL to a SQLite file (file:./data/hindsight.db). README: "Running on PostgreSQL".',
  );
}

/** The URL with its password replaced by "***", for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

/** The public origin without a trailing slash (HINDSIGHT_PUBLIC_URL, else BETTER_AUTH_URL). */
export function publicOrigin(e: Env = env()): string {
  return (e.HINDSIGHT_PUBLIC_URL ?? e.BETTER_AUTH_URL).replace(/\/+$/, "");
}

/**
 * The origins the app answers on: BETTER_AUTH_URL's, and for a local server both names of this
 * machine (localhost and 127.0.0.1 on the same port). better-auth trusts these; the proxy
 * refuses writes from any other Origin.
 */
export function appOrigins(e: Env = env()): string[] {
  const url = new URL(e.BETTER_AUTH_URL);
  if (url.hostname !== "localhost" && url.hostname !== "127.0.0.1") return [url.origin];
  const port = url.port ? `:${url.port}` : "";
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}

function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}
