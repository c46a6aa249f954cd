/**
 * Start-up checks of a PostgreSQL DATABASE_URL: can we connect (and if not, why, in words), is
 * the server recent enough, is pg_trgm there or creatable, and is the schema the one this code
 * was built for. Used by the web app's start-up check and by db:setup and db:copy.
 */
import pg from "pg";
import { redactUrl } from "@/lib/config/env";
import { compareMigrations, PG_MIGRATIONS, type Problem } from "../schema-version";
import { pgTypes } from "./client";

/** Generated columns and trusted extensions (pg_trgm creatable by the database owner) need 13. */
export const MIN_SERVER_VERSION = 130000;

export interface PgCheck {
  problems: Problem[];
  /** "PostgreSQL 15.18" when connected. */
  server?: string;
  /** True when no Hindsight migration has run yet (db:setup will create the schema). */
  empty?: boolean;
}

export async function checkPostgres(url: string, options: { timeoutMs?: number } = {}): Promise<PgCheck> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.timeoutMs ?? 5000, types: pgTypes });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (err) {
    return { problems: [connectionProblem(err as Error & { code?: string }, url)] };
  }
  try {
    const problems: Problem[] = [];
    const info = await client.query<{
      num: number;
      version: string;
      installed: string | null;
      available: boolean;
      can_create: boolean;
      migrations: string | null;
    }>(`
      select current_setting('server_version_num')::int as num, current_setting('server_version') as version,
        (select extversion from pg_extension where extname = 'pg_trgm') as installed,
        exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
        has_database_privilege(current_database(), 'CREATE') as can_create,
        to_regclass('drizzle.__drizzle_migrations')::text as migrations`);
    const row = info.rows[0];
    if (!row) throw new Error("the server answered the version query with no row");
    const server = `PostgreSQL ${row.version}`;
    if (row.num < MIN_SERVER_VERSION) {
      problems.push({ problem: `${server} is older than PostgreSQL 13, which Hindsight needs`, fix: "upgrade the server (Debian 12 ships PostgreSQL 15)" });
    }
    const applied = row.migrations
      ? (await client.query<{ w: number }>("select created_at::bigint as w from drizzle.__drizzle_migrations")).rows.map((r) => r.w)
      : [];
    const version = compareMigrations(applied, PG_MIGRATIONS, '"npm run db:setup" with this DATABASE_URL');
    if (version) problems.push(version);
    const empty = applied.length === 0;
    if (!row.installed) {
      if (!row.available) {
        problems.push({
          problem: "the pg_trgm extension (search) is not available on this server",
          fix: "install PostgreSQL's contrib modules (Debian: part of the postgresql package; elsewhere postgresql-contrib), or on a managed PostgreSQL allow pg_trgm in the provider's extension settings",
        });
      } else if (!empty || !row.can_create) {
        problems.push({
          problem: "the pg_trgm extension (search) is not installed in this database",
          fix: `as the database owner or an administrator, run CREATE EXTENSION pg_trgm; in this database${empty ? "" : ', then "npm run db:setup"'}`,
        });
      }
    }
    return { problems, server, empty };
  } finally {
    await client.end().catch(() => {});
  }
}

/** A failed connection, in words, with what to do. */
export function connectionProblem(err: Error & { code?: string }, url: string): Problem {
  const shown = redactUrl(url);
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {}
  const where = `${u?.hostname || "localhost"}:${u?.port || "5432"}`;
  const user = u?.username ? decodeURIComponent(u.username) : "(the current user)";
  const database = u?.pathname.slice(1) || user;
  const cant = `cannot connect to ${shown}`;
  switch (err.code) {
    case "ECONNREFUSED":
      return {
        problem: `${cant}: nothing accepts connections at ${where}`,
        fix: "start PostgreSQL (Debian: sudo pg_ctlcluster 15 main start; a throwaway one: scripts/pg-test-cluster.sh start), or correct the host and port in DATABASE_URL",
      };
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return { problem: `${cant}: the host ${u?.hostname} is not known`, fix: "correct the host name in DATABASE_URL" };
    case "28P01":
      return {
        problem: `${cant}: password authentication failed for the role ${user}`,
        fix: "correct the user and password in DATABASE_URL (percent-encode characters such as @ : / in the password)",
      };
    case "28000":
      return {
        problem: `${cant}: the server does not let the role ${user} in from here (${err.message})`,
        fix: "create the role (CREATE ROLE ... LOGIN), or allow this host in pg_hba.conf; a managed PostgreSQL may require SSL: add ?sslmode=verify-full (and &sslrootcert=CA.pem for the provider's CA)",
      };
    case "3D000":
      return {
        problem: `${cant}: the database "${database}" does not exist`,
        fix: `create it (createdb -h ${u?.hostname || "localhost"} -p ${u?.port || "5432"} -O ${user} ${database}, or CREATE DATABASE ${database} OWNER ${user};), then run "npm run db:setup"`,
      };
  }
  if (/ssl|certificate/i.test(err.message)) {
    return {
      problem: `${cant}: the SSL handshake failed (${err.message})`,
      fix: "match the server's SSL setting: ?sslmode=verify-full in DATABASE_URL for a server that requires SSL (with &sslrootcert=CA.pem when its certificate comes from the provider's own CA), ?sslmode=disable for a local one without SSL",
    };
  }
  if (/timeout/i.test(err.message)) {
    return { problem: `${cant}: no answer from ${where} in time`, fix: "check the host, the port and any firewall between this machine and the server" };
  }
  if (/terminated unexpectedly/i.test(err.message)) {
    return {
      problem: `${cant}: the connection to ${where} was closed before a PostgreSQL server answered`,
      fix: "check the host and port (is it a PostgreSQL server, reachable from here?) and the SSL setting (?sslmode=verify-full for a server that requires SSL)",
    };
  }
  return { problem: `${cant}: ${err.message}`, fix: "check DATABASE_URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE) and that the server is running" };
}
