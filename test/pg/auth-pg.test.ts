/**
 * Accounts, sessions and the sign-in limits on PostgreSQL: better-auth over the pg schema's auth
 * tables, accounts created with their audit entry, a session made through one pool recognised
 * through another (two instances), the per-account throttle counted in the shared table, also
 * under concurrent failures from two pools.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closePostgres, openPostgres, type PgDB } from "@/db/pg/client";
import { migratePostgres } from "@/db/pg/migrate";
import { changeRolePg, createAccount, postgresAccountStore } from "@/lib/accounts/accounts";
import { handleAuthRequest } from "@/lib/auth/auth-handler";
import { FREE_FAILURES, postgresThrottleStore, recordFailedSignIn, secondsLocked } from "@/lib/auth/sign-in-throttle";
import { markPeerHeaderTrusted, PEER_HEADER } from "@/lib/http/client-address";
import { PASSWORD, signIn } from "../auth";
import { createTestDatabase, hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));
const { createAuthPg } = await import("@/lib/auth/auth");

let one: PgDB;
let two: PgDB;
let drop: () => Promise<void>;
beforeAll(async () => {
  if (!hasPg) return;
  const db = await createTestDatabase();
  drop = db.drop;
  one = openPostgres(db.url, { max: 4 });
  two = openPostgres(db.url, { max: 4 });
  await migratePostgres(one);
  markPeerHeaderTrusted();
}, 60_000);
afterAll(async () => {
  markPeerHeaderTrusted(false);
  if (one) await closePostgres(one);
  if (two) await closePostgres(two);
  await drop?.();
});

const signInRequest = (email: string, password: string, peer: string) =>
  new Request("http://localhost:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", [PEER_HEADER]: peer },
    body: JSON.stringify({ email, password }),
  });

describe.skipIf(!hasPg)("accounts and sessions on PostgreSQL", () => {
  it("creates an account with its audit entry, refuses a second one, and a session from one instance is valid on another", async () => {
    const authA = createAuthPg(one);
    const authB = createAuthPg(two);
    const input = { name: "Pg Editor", email: "pg-editor@test.invalid", role: "editor", password: PASSWORD };
    const account = await createAccount(postgresAccountStore(one), authA, null, input, "command-line");
    expect(account.role).toBe("editor");
    const audit = await one.execute<{ action: string; entity_id: string }>(sql`select action, entity_id from audit_log where action = 'user.create'`);
    expect(audit.rows).toEqual([{ action: "user.create", entity_id: account.id }]);
    await expect(createAccount(postgresAccountStore(two), authB, null, input, "command-line")).rejects.toThrow(/already exists/);

    const headers = await signIn(authA, input.email);
    const session = await authB.api.getSession({ headers });
    expect(session?.user).toMatchObject({ email: input.email, role: "editor" });
  });

  it("limits sign-ins per address in better-auth's rate_limit table, shared by the instances", async () => {
    const [authA, authB] = [createAuthPg(one), createAuthPg(two)];
    const answers: { status: number; code?: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const [auth, store] = i % 2 ? [authB, postgresThrottleStore(two)] : [authA, postgresThrottleStore(one)];
      const res = await handleAuthRequest(signInRequest(`nobody-${i}@test.invalid`, "wrong password here", "192.0.2.50"), auth, store);
      answers.push({ status: res.status, code: res.status === 429 ? (await res.json()).code : undefined });
    }
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(answers[5]!.code).not.toBe("account_throttled"); // the address's limit, not the account's
  });

  it("locks an account after the free failures, counted in the shared table whichever instance answers", async () => {
    const email = "pg-editor@test.invalid";
    const [authA, authB] = [createAuthPg(one), createAuthPg(two)];
    const [storeA, storeB] = [postgresThrottleStore(one), postgresThrottleStore(two)];
    const answers: { status: number; code?: string }[] = [];
    // Each attempt from its own address: only the per-account count can stop them.
    for (let i = 0; i < FREE_FAILURES + 2; i++) {
      const [auth, store] = i % 2 ? [authB, storeB] : [authA, storeA];
      const res = await handleAuthRequest(signInRequest(email, "wrong password here", `198.51.100.${i + 1}`), auth, store);
      answers.push({ status: res.status, code: res.status === 429 ? (await res.json()).code : undefined });
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(FREE_FAILURES + 1).fill(401), 429]);
    expect(answers.at(-1)!.code).toBe("account_throttled");
    // The right password is refused during the lock, through either instance.
    expect((await handleAuthRequest(signInRequest(email, PASSWORD, "198.51.100.99"), authB, storeB)).status).toBe(429);
  });

  it("counts every one of concurrent failures on one key through two pools", async () => {
    const key = "account:concurrent@test.invalid";
    const now = Date.now();
    await Promise.all(Array.from({ length: 12 }, (_, i) => recordFailedSignIn(i % 2 ? postgresThrottleStore(one) : postgresThrottleStore(two), key, now)));
    const row = (await one.execute<{ failures: number }>(sql`select failures from sign_in_throttle where key = ${key}`)).rows[0];
    expect(row?.failures).toBe(12);
    expect(await secondsLocked(postgresThrottleStore(two), key, now)).toBeGreaterThan(0);
  });

  it("changes roles with the audit entry and never demotes the last admin, also when two admins demote each other at once", async () => {
    const auth = createAuthPg(one);
    const make = (name: string, role: string) =>
      createAccount(postgresAccountStore(one), auth, null, { name, email: `${name}@test.invalid`, role, password: PASSWORD }, "command-line");
    const [a, b, reader] = [await make("admin-a", "admin"), await make("admin-b", "admin"), await make("reader-c", "reader")];
    const actor = (x: typeof a) => ({ id: x.id, name: x.name, email: x.email, role: x.role });
    expect(await changeRolePg(one, actor(a), { userId: reader.id, role: "editor" })).toMatchObject({ from: "reader", to: "editor" });
    const logged = await one.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'user.set_role' and entity_id = ${reader.id}`);
    expect(logged.rows[0]?.n).toBe(1);
    await expect(changeRolePg(one, actor(a), { userId: a.id, role: "reader" })).rejects.toThrow(/your own role/);
    // Each demotes the other through its own pool: one succeeds, the other is refused as the last admin.
    const results = await Promise.allSettled([
      changeRolePg(one, actor(a), { userId: b.id, role: "reader" }),
      changeRolePg(two, actor(b), { userId: a.id, role: "reader" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason)).toMatch(/last admin/);
    const admins = await one.execute<{ n: number }>(sql`select count(*)::int as n from "user" where role = 'admin'`);
    expect(admins.rows[0]?.n).toBe(1);
  });
});
