/**
 * Every write path, through its real entry point (route handler or server action), for each kind
 * of caller: anonymous, reader, editor, admin. The session comes from real better-auth cookies;
 * only Next's request scope (headers, revalidation) and the app's singletons are stubbed.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { auditLog, forecasts, outcomes, sessions, users } from "@/db/schema";
import type { Auth } from "@/lib/auth/auth";
import type { ActionResult } from "@/lib/http/action-result";
import { PASSWORD, seededWithAccounts, type TestAccount } from "./auth";

const stub = vi.hoisted(() => ({ db: undefined as unknown, auth: undefined as unknown, headers: new Headers() }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => stub.db }));
vi.mock("@/lib/auth/auth", async (original) => ({ ...(await original<typeof import("@/lib/auth/auth")>()), getAuth: () => stub.auth }));
vi.mock("next/headers", () => ({
  headers: async () => stub.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));

const { GET, POST } = await import("@/app/api/v1/forecasts/[id]/outcomes/route");
const actions = await import("@/app/_actions/outcomes");
const adminActions = await import("@/app/(editor)/admin/users/actions");
const { signOutAction } = await import("@/app/_actions/session");

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
let db: DB;
beforeAll(async () => {
  ctx = await seededWithAccounts();
  db = ctx.db;
  stub.db = ctx.db;
  stub.auth = ctx.auth as Auth;
});
afterAll(() => ctx.cleanup());

type Caller = "anonymous" | "reader" | "editor" | "admin";
const account = (who: Caller): TestAccount | null => (who === "anonymous" ? null : ctx.accounts[who]);
const as = (who: Caller) => {
  stub.headers = new Headers(account(who)?.headers ?? {});
};
const version = (id: number) => db.select({ v: forecasts.version }).from(forecasts).where(eq(forecasts.id, id)).get()!.v;
const writes = () => db.select({ n: count() }).from(auditLog).get()!.n;
const failure = (r: ActionResult<unknown>) => (r.ok ? null : r.error.code);

function post(id: string | number, body: unknown, who: Caller, init: { contentType?: string; raw?: string } = {}) {
  const headers = new Headers(account(who)?.headers ?? {});
  headers.set("content-type", init.contentType ?? "application/json");
  const req = new Request(`http://localhost:3000/api/v1/forecasts/${id}/outcomes`, { method: "POST", headers, body: init.raw ?? JSON.stringify(body) });
  return POST(req, { params: Promise.resolve({ id: String(id) }) });
}

const outcomeBody = (id: number, extra: Record<string, unknown> = {}) => ({
  status: "no",
  occurredOn: "2021-01-20",
  evidence: [{ url: "https://example.org/a", citation: "Source A" }],
  note: "test",
  expectedVersion: version(id),
  ...extra,
});

describe("POST /api/v1/forecasts/:id/outcomes", () => {
  it("401 without a session, 403 for a reader, and nothing is written", async () => {
    const before = writes();
    const anon = await post(17, outcomeBody(17), "anonymous");
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe("unauthenticated");
    const reader = await post(17, outcomeBody(17), "reader");
    expect(reader.status).toBe(403);
    expect((await reader.json()).error.code).toBe("forbidden");
    expect(writes()).toBe(before);
  });

  it("401 for an expired session", async () => {
    const expiring = await (await import("./auth")).signIn(ctx.auth, "editor2@test.invalid", PASSWORD);
    const token = decodeURIComponent(expiring.get("cookie")!.match(/hindsight\.session_token=([^;.]+)/)![1]!);
    db.update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.token, token))
      .run();
    const req = new Request("http://localhost:3000/api/v1/forecasts/17/outcomes", {
      method: "POST",
      headers: { cookie: expiring.get("cookie")!, "content-type": "application/json" },
      body: JSON.stringify(outcomeBody(17)),
    });
    expect((await POST(req, { params: Promise.resolve({ id: "17" }) })).status).toBe(401);
  });

  it("201 with the new record for an editor, then 409 on the version it replaced", async () => {
    const body = outcomeBody(17, { status: "yes", occurredOn: "2017-03-01" });
    const res = await post(17, body, "editor");
    expect(res.status).toBe(201);
    const record = await res.json();
    expect(record).toMatchObject({
      forecastId: 17,
      status: "yes",
      occurredOn: "2017-03-01",
      recordedBy: { name: "Test editor" },
      version: body.expectedVersion + 1,
    });
    const stale = await post(17, { ...body, reason: "second opinion" }, "admin");
    expect(stale.status).toBe(409);
    const err = (await stale.json()).error;
    expect(err.code).toBe("conflict");
    expect(err.current).toMatchObject({ version: body.expectedVersion + 1, outcome: { id: record.id, status: "yes" } });
    expect(err.current.changes[0].summary).toMatch(/Test editor recorded the outcome “happened”/);
  });

  it("201 for an admin", async () => {
    expect((await post(18, outcomeBody(18), "admin")).status).toBe(201);
  });

  it("422 with field-level messages for bad input", async () => {
    const res = await post(
      41,
      { status: "perhaps", occurredOn: "tomorrow", evidence: [{ url: "ftp://x" }], note: 5, expectedVersion: "v1", extra: true },
      "editor",
    );
    expect(res.status).toBe(422);
    const err = (await res.json()).error;
    expect(err.code).toBe("unprocessable");
    expect(err.fields.map((f: { field: string }) => f.field).sort()).toEqual(["evidence.0.url", "expectedVersion", "extra", "note", "occurredOn", "status"]);
    for (const f of err.fields) expect(f.message.length).toBeGreaterThan(3);
  });

  it("400 for a body that is not JSON or a bad id, 404 for an unknown forecast", async () => {
    expect((await post(41, null, "editor", { raw: "status=yes", contentType: "application/x-www-form-urlencoded" })).status).toBe(400);
    expect((await post(41, null, "editor", { raw: "{not json" })).status).toBe(400);
    expect((await post("abc", outcomeBody(41), "editor")).status).toBe(400);
    expect((await post(999999, outcomeBody(41), "editor")).status).toBe(404);
  });
});

describe("GET /api/v1/forecasts/:id/outcomes", () => {
  it("returns the whole history, newest first, with the current record and version (no login)", async () => {
    const res = await GET(new Request("http://localhost:3000/api/v1/forecasts/17/outcomes"), { params: Promise.resolve({ id: "17" }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ forecastId: 17, version: version(17), current: { status: "yes" } });
    expect(body.history).toHaveLength(1);
    expect(body.history[0]).not.toHaveProperty("recordedBy.id");
  });
});

describe("server actions", () => {
  const denied = async (run: () => Promise<ActionResult<unknown>>) => {
    const before = writes();
    as("anonymous");
    expect(failure(await run())).toBe("unauthenticated");
    as("reader");
    expect(failure(await run())).toBe("forbidden");
    expect(writes()).toBe(before);
  };

  it("recordOutcomeAction: editors and admins only", async () => {
    await denied(() => actions.recordOutcomeAction(11, outcomeBody(11)));
    as("editor");
    expect(await actions.recordOutcomeAction(11, outcomeBody(11))).toMatchObject({ ok: true, data: { status: "no" } });
    as("admin");
    expect(await actions.recordOutcomeAction(11, outcomeBody(11, { status: "ambiguous", reason: "Partial concessions only" }))).toMatchObject({
      ok: true,
      data: { status: "ambiguous" },
    });
  });

  it("recordOutcomeAction: a stale view gets the conflict with the current state", async () => {
    as("editor");
    const r = await actions.recordOutcomeAction(11, outcomeBody(11, { expectedVersion: 1, reason: "x" }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("conflict");
      expect(r.error.current).toMatchObject({ version: version(11), outcome: { status: "ambiguous" } });
    }
  });

  it("recordOutcomeAction: refuses an id that is not a whole number", async () => {
    as("editor");
    expect(failure(await actions.recordOutcomeAction("11" as unknown as number, outcomeBody(11)))).toBe("bad_request");
  });

  it("retractOutcomeAction: editors and admins only", async () => {
    const body = () => ({ reason: "Recorded by mistake", expectedVersion: version(11) });
    await denied(() => actions.retractOutcomeAction(11, body()));
    as("editor");
    expect(await actions.retractOutcomeAction(11, body())).toMatchObject({ ok: true, data: { retraction: true } });
  });

  it("resolveEventAction: editors and admins only", async () => {
    const body = () => ({ status: "annulled", evidence: [], forecasts: [43, 47].map((id) => ({ id, expectedVersion: version(id) })) });
    await denied(() => actions.resolveEventAction(6, body()));
    as("admin");
    const r = await actions.resolveEventAction(6, body());
    expect(r.ok && r.data.length).toBe(2);
  });

  it("correctForecastAction: editors and admins only", async () => {
    const body = () => ({
      question: "Will Russia's deliveries to China reach at least 98 bcm of gas and 100 Mt of LNG a year by 2030?",
      reason: "Shorter unit",
      expectedVersion: version(32),
    });
    await denied(() => actions.correctForecastAction(32, body()));
    as("editor");
    expect(await actions.correctForecastAction(32, body())).toMatchObject({ ok: true, data: { version: 2 } });
  });

  it("createAccountAction: admins only", async () => {
    const body = { name: "New Editor", email: "new.editor@test.invalid", role: "editor", password: PASSWORD };
    await denied(() => adminActions.createAccountAction(body));
    as("editor");
    expect(failure(await adminActions.createAccountAction(body))).toBe("forbidden");
    as("admin");
    expect(await adminActions.createAccountAction(body)).toEqual({ ok: true, data: { email: "new.editor@test.invalid", role: "editor" } });
    const dup = await adminActions.createAccountAction(body);
    expect(!dup.ok && dup.error.fields).toEqual([{ field: "email", message: "an account with this email already exists" }]);
    const bad = await adminActions.createAccountAction({ name: "", email: "nope", role: "owner", password: "short" });
    expect(!bad.ok && bad.error.fields?.map((f) => f.field).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("changeRoleAction: admins only, never on their own account", async () => {
    const target = ctx.accounts.reader.actor.id;
    await denied(() => adminActions.changeRoleAction({ userId: target, role: "editor" }));
    as("editor");
    expect(failure(await adminActions.changeRoleAction({ userId: target, role: "admin" }))).toBe("forbidden");
    as("admin");
    expect(failure(await adminActions.changeRoleAction({ userId: ctx.accounts.admin.actor.id, role: "reader" }))).toBe("unprocessable");
    expect(await adminActions.changeRoleAction({ userId: target, role: "editor" })).toEqual({ ok: true, data: { email: "reader@test.invalid", to: "editor" } });
    expect(db.select({ role: users.role }).from(users).where(eq(users.id, target)).get()?.role).toBe("editor");
    // The new role applies to the existing session at once (no cookie cache).
    as("reader");
    expect((await actions.recordOutcomeAction(999999, {})).ok).toBe(false);
    const r = await actions.recordOutcomeAction(999999, {});
    expect(!r.ok && r.error.code).toBe("not_found");
    as("admin");
    await adminActions.changeRoleAction({ userId: target, role: "reader" });
  });

  it("signOutAction ends the session on the server", async () => {
    const headers = await (await import("./auth")).signIn(ctx.auth, "editor2@test.invalid", PASSWORD);
    stub.headers = headers;
    const before = db.select({ n: count() }).from(sessions).get()!.n;
    await expect(signOutAction()).rejects.toThrow("NEXT_REDIRECT");
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(before - 1);
    expect(failure(await actions.recordOutcomeAction(41, {}))).toBe("unauthenticated");
  });

  it("every successful write above is in the audit log with who did it", () => {
    const rows = db.select({ action: auditLog.action, userId: auditLog.userId }).from(auditLog).all();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ["outcome.record", "outcome.supersede", "outcome.retract", "event.resolve", "forecast.correct", "user.create", "user.set_role"])
      expect(actions).toContain(a);
    expect(rows.filter((r) => r.action !== "user.create").every((r) => r.userId)).toBe(true);
    expect(db.select({ n: count() }).from(outcomes).where(eq(outcomes.recordedBy, ctx.accounts.reader.actor.id)).get()!.n).toBe(0);
  });
});
