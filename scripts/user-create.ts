/**
 * npm run user:create -- --email E --role admin|editor|reader [--name "Full Name"]
 *
 * Creates an account in the database at DATABASE_URL. The password is read from
 * HINDSIGHT_PASSWORD (for scripts) or prompted for twice without echo. better-auth hashes it.
 */
import { parseArgs } from "node:util";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { checkPostgres } from "@/db/pg/check";
import { closePostgres, openPostgres } from "@/db/pg/client";
import { formatProblems } from "@/db/schema-version";
import { createAccount, postgresAccountStore } from "@/lib/accounts/accounts";
import { createAuthPg, getAuth } from "@/lib/auth/auth";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/constants";
import { databaseTarget, redactUrl } from "@/lib/config/env";
import { AppError } from "@/lib/http/errors";
import { ROLES } from "@/lib/vocabulary";

const USAGE = `usage: npm run user:create -- --email E --role ${ROLES.join("|")} [--name "Full Name"]
The password comes from HINDSIGHT_PASSWORD, or is asked for (at least ${MIN_PASSWORD_LENGTH} characters).`;

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new Error(`No terminal to ask for the password: set HINDSIGHT_PASSWORD.\n${USAGE}`);
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let value = "";
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (fn: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done(() => resolve(value));
        if (ch === "\u0003") return done(() => reject(new Error("cancelled")));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.HINDSIGHT_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Password again: ");
  if (first !== second) throw new Error("The two passwords differ; nothing was created.");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return console.log(USAGE);
  if (!values.email || !values.role) throw new Error(USAGE);
  const name = values.name ?? values.email.split("@")[0]!;
  const input = { email: values.email, role: values.role, name, password: "" };
  const target = databaseTarget();
  if (target.engine === "postgres") {
    // On PostgreSQL the schema comes from npm run db:setup; an unready database is refused with what to do.
    const check = await checkPostgres(target.url);
    if (check.problems.length) throw new Error(formatProblems(`The database at ${redactUrl(target.url)} is not ready`, check.problems));
    input.password = await readPassword();
    const pg = openPostgres(target.url, { max: 2 });
    try {
      const account = await createAccount(postgresAccountStore(pg), createAuthPg(pg), null, input, "command-line");
      console.log(`Created ${account.role} account ${account.email} (${account.name}) on PostgreSQL.`);
    } finally {
      await closePostgres(pg);
    }
    return;
  }
  const db = getDb();
  migrateDatabase(db);
  input.password = await readPassword();
  try {
    const account = await createAccount(db, getAuth(), null, input, "command-line");
    console.log(`Created ${account.role} account ${account.email} (${account.name}).`);
  } finally {
    db.$client.close();
  }
}

main().catch((err) => {
  if (err instanceof AppError && err.fields?.length) console.error(`${err.message}\n${err.fields.map((f) => `  ${f.field}: ${f.message}`).join("\n")}`);
  else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
