/**
 * The start-up check: before the web app serves a request (instrumentation.ts) and before a
 * command touches the ledger, DATABASE_URL is read and the database it names is checked. What is
 * wrong is reported with what to do, instead of failing on the first query.
 */
import { DatabaseUrlError, databaseTarget, env, redactUrl } from "@/lib/config/env";
import { checkPostgres } from "./pg/check";
import { checkSqliteFile, formatProblems, type Problem } from "./schema-version";

export interface DatabaseCheck {
  engine?: "sqlite" | "postgres";
  /** The file, or the URL with its password hidden. */
  where: string;
  problems: Problem[];
  server?: string;
  empty?: boolean;
}

export async function checkDatabase(url = env().DATABASE_URL): Promise<DatabaseCheck> {
  let target: ReturnType<typeof databaseTarget>;
  try {
    target = databaseTarget(url);
  } catch (err) {
    if (!(err instanceof DatabaseUrlError)) throw err;
    const [problem = err.message, ...fix] = err.message.split("\n");
    return { where: redactUrl(url), problems: [{ problem, fix: fix.join(" ").trim() || "correct DATABASE_URL" }] };
  }
  if (target.engine === "sqlite") return { engine: "sqlite", where: target.file, problems: checkSqliteFile(target.file) };
  const pg = await checkPostgres(target.url);
  return { engine: "postgres", where: redactUrl(target.url), ...pg };
}

export const POSTGRES_NOT_YET = [
  "Hindsight's web app does not serve pages from PostgreSQL yet: its data layer runs on SQLite only until the",
  'asynchronous data-access interface lands (docs/ARCHITECTURE.md, "Two engines").',
  "  Works on PostgreSQL today: npm run db:setup (schema and seed corpus), npm run db:copy -- --from FILE --to URL",
  "  (copies a SQLite ledger, verified by counts and checksums), npm run export, npm run search:reindex, and the",
  "  data-layer tests (PG_TEST_URL, test/pg/).",
  "  Does not work yet: serving pages and the API, sign-in, and every write through the app or its other commands.",
  '  To serve now, set DATABASE_URL to a SQLite file (file:./data/hindsight.db). README: "Running on PostgreSQL".',
].join("\n");

/**
 * Null when the web app may serve requests; otherwise the message to print before exiting.
 * A PostgreSQL URL is checked too (so the connection can be tried out), then refused for now.
 */
export async function checkBeforeServing(url = env().DATABASE_URL): Promise<string | null> {
  const check = await checkDatabase(url);
  if (check.engine === "postgres") {
    const state = check.problems.length
      ? formatProblems(`The database at ${check.where} is not ready either`, check.problems)
      : `The database at ${check.where} is ready (${check.server}, schema current).`;
    return `${POSTGRES_NOT_YET}\n${state}`;
  }
  if (check.problems.length) return formatProblems(`Hindsight cannot start: the database at DATABASE_URL (${check.where}) is not ready`, check.problems);
  return null;
}

/** The web server's start-up step (instrumentation.ts): prints what is wrong and stops the process before it serves anything. */
export async function stopUnlessReadyToServe(): Promise<void> {
  const message = await checkBeforeServing().catch((err: unknown) => `Hindsight cannot start: ${err instanceof Error ? err.message : String(err)}`);
  if (message) {
    console.error(`\n${message}\n`);
    process.exit(1);
  }
}
