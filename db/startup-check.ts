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

/**
 * Null when the web app may serve requests; otherwise the message to print before exiting. Both
 * engines are served (lib/ledger/engine.ts picks the one DATABASE_URL names); what is missing on
 * PostgreSQL answers 501 where it is asked for (README, "Running on PostgreSQL").
 */
export async function checkBeforeServing(url = env().DATABASE_URL): Promise<string | null> {
  const check = await checkDatabase(url);
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
