import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accounts, auditLog, rateLimits, sessions, users } from "@/db/schema";
import { createAccount } from "@/lib/accounts/accounts";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { PASSWORD, seededWithAccounts, signIn } from "@/test/auth";

vi.mock("server-only", () => ({}));

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
});
afterAll(() => ctx.cleanup());

describe("better-auth on the Hindsight schema", () => {
  it("stores a hashed password, never the password itself", () => {
    const row = ctx.db
      .select({ password: accounts.password })
      .from(accounts)
      .innerJoin(users, eq(users.id, accounts.userId))
      .where(eq(users.email, "editor@test.invalid"))
      .get();
    expect(row?.password).toBeTruthy();
    expect(row?.password).not.toContain(PASSWORD);
  });

  it("resolves a session with the account's role, expiring within 7 days", async () => {
    const session = await ctx.auth.api.getSession({ headers: ctx.accounts.editor.headers });
    expect(session?.user.role).toBe("editor");
    const expires = session!.session.expiresAt.getTime() - Date.now();
    expect(expires).toBeGreaterThan(6 * 86_400_000);
    expect(expires).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
  });

  it("sets an httpOnly, SameSite=Lax session cookie", async () => {
    const res = await ctx.auth.api.signInEmail({ body: { email: "reader@test.invalid", password: PASSWORD }, asResponse: true });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("hindsight.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=604800/);
  });

  it("refuses a wrong password", async () => {
    await expect(signIn(ctx.auth, "editor@test.invalid", "not the password at all")).rejects.toThrow(/401/);
  });

  it("refuses self-service sign-up while HINDSIGHT_OPEN_SIGNUP is off", async () => {
    const req = new Request("http://localhost:3000/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "198.51.100.1" },
      body: JSON.stringify({ email: "new@test.invalid", password: PASSWORD, name: "New" }),
    });
    const res = await ctx.auth.handler(req);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(ctx.db.select().from(users).where(eq(users.email, "new@test.invalid")).get()).toBeUndefined();
  });

  it("rate-limits sign-in attempts per client address over HTTP", async () => {
    const attempt = () =>
      ctx.auth.handler(
        new Request("http://localhost:3000/api/auth/sign-in/email", {
          method: "POST",
          // The address as lib/auth/auth-handler.ts hands it over (resolved from the socket and the trusted proxies).
          headers: { "content-type": "application/json", origin: "http://localhost:3000", [CLIENT_ADDRESS_HEADER]: "203.0.113.50" },
          body: JSON.stringify({ email: "editor@test.invalid", password: "wrong password, guessing" }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
    // Counted in the database (rate_limit), so every server process shares the count.
    const rows = ctx.db.select().from(rateLimits).all();
    expect(rows.some((r) => r.key.startsWith("203.0.113.50|") && r.key.endsWith("/sign-in/email"))).toBe(true);
  });

  it("does not serve the admin plugin's HTTP endpoints (accounts change only through audited code)", async () => {
    const res = await ctx.auth.handler(
      new Request("http://localhost:3000/api/auth/admin/set-role", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie: ctx.accounts.admin.headers.get("cookie")! },
        body: JSON.stringify({ userId: ctx.accounts.reader.actor.id, role: "admin" }),
      }),
    );
    expect(res.status).toBe(404);
    expect(ctx.db.select({ role: users.role }).from(users).where(eq(users.id, ctx.accounts.reader.actor.id)).get()?.role).toBe("reader");
  });

  it("logs account creation in the audit log, with how it was made", async () => {
    const created = await createAccount(
      ctx.db,
      ctx.auth,
      ctx.accounts.admin.actor,
      { name: "Another Editor", email: "another@test.invalid", role: "editor", password: PASSWORD },
      "admin",
    );
    const entry = ctx.db.select().from(auditLog).where(eq(auditLog.entityId, created.id)).get();
    expect(entry).toMatchObject({ action: "user.create", userId: ctx.accounts.admin.actor.id, entityType: "user" });
    expect(entry?.detail).toMatchObject({ role: "editor", via: "admin" });
    expect(ctx.db.select().from(sessions).where(eq(sessions.userId, created.id)).all()).toHaveLength(0);
  });
});
