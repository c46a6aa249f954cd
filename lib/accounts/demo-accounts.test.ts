import { count } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { users } from "@/db/schema";
import { createAuth } from "@/lib/auth/auth";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-emails";
import { env } from "@/lib/config/env";
import { signIn } from "@/test/auth";
import { freshDatabase } from "@/test/db";
import { ensureDemoAccounts } from "./demo-accounts";

vi.mock("server-only", () => ({}));

let db: DB;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = freshDatabase()));
afterEach(() => cleanup());

const local = { ...env(), NODE_ENV: "development" as const, HINDSIGHT_DEMO_ACCOUNTS: undefined };
const production = { ...local, NODE_ENV: "production" as const, HINDSIGHT_DEMO_ACCOUNTS: "true" as const };
const userCount = () => db.select({ n: count() }).from(users).get()!.n;

describe("demo accounts", () => {
  it("are created locally with their documented passwords, once", async () => {
    const auth = createAuth(db, local);
    expect(await ensureDemoAccounts(db, auth, local)).toEqual({ created: DEMO_ACCOUNTS.map((a) => a.email), skipped: null });
    expect(await ensureDemoAccounts(db, auth, local)).toEqual({ created: [], skipped: null });
    expect(userCount()).toBe(2);
    for (const a of DEMO_ACCOUNTS) {
      const session = await auth.api.getSession({ headers: await signIn(auth, a.email, a.password) });
      expect(session?.user.role).toBe(a.role);
    }
  });

  it("can be switched off locally", async () => {
    const off = { ...local, HINDSIGHT_DEMO_ACCOUNTS: "false" as const };
    expect((await ensureDemoAccounts(db, createAuth(db, off), off)).skipped).toMatch(/HINDSIGHT_DEMO_ACCOUNTS=false/);
    expect(userCount()).toBe(0);
  });

  it("are never created in production, even when asked for", async () => {
    expect((await ensureDemoAccounts(db, createAuth(db, production), production)).skipped).toMatch(/production/);
    expect(userCount()).toBe(0);
  });

  it("cannot sign in in production even if a development database was copied there", async () => {
    await ensureDemoAccounts(db, createAuth(db, local), local);
    const prodAuth = createAuth(db, production);
    const a = DEMO_ACCOUNTS[0];
    await expect(signIn(prodAuth, a.email, a.password)).rejects.toThrow(/403/);
  });
});
