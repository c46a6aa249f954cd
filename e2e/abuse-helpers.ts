/**
 * Helpers for the abuse suite: calling server actions over HTTP as a browser would (the action
 * id from the build's manifest, the arguments as JSON), and reading table counts from the e2e
 * database file to prove nothing was partly written.
 */
import fs from "node:fs";
import { type APIRequestContext, request } from "@playwright/test";
import Database from "better-sqlite3";

export const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
export const DB_FILE = "data/e2e.db";
const TABLES = ["articles", "forecasts", "outcomes", "forecast_revisions", "audit_log", "user", "people", "outlets", "topics", "events"];

/** Row counts of the ledger's tables (a read-only connection; WAL lets it read while the server writes). */
export function tableCounts(): Record<string, number> {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

export function sql<T>(query: string, ...params: unknown[]): T[] {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

type Manifest = { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
let manifest: Manifest | undefined;

export function actionId(name: string): string {
  manifest ??= JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

export interface ActionAnswer {
  status: number;
  /** The action's ActionResult, when it ran. */
  result: { ok: boolean; error?: { code: string; message: string } } | null;
  text: string;
}

/** POSTs to `path` as Next's client does for a server action call. */
export async function callAction(
  request: APIRequestContext,
  path: string,
  name: string,
  args: unknown[],
  origin: string | null = ORIGIN,
): Promise<ActionAnswer> {
  const res = await request.post(path, {
    headers: {
      "next-action": actionId(name),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(origin === null ? {} : { origin }),
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const text = await res.text();
  const line = text.split("\n").find((l) => l.startsWith("1:{"));
  return { status: res.status(), result: line ? JSON.parse(line.slice(2)) : null, text };
}

/** A request context signed in as `email` through better-auth, from its own client address (the trusted loopback proxy forwards it). */
export async function signedInContext(email: string, password: string, address: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: ORIGIN });
  const res = await context.post("/api/auth/sign-in/email", { headers: { origin: ORIGIN, "x-forwarded-for": address }, data: { email, password } });
  if (!res.ok()) throw new Error(`sign-in of ${email} failed: ${res.status()} ${await res.text()}`);
  return context;
}
