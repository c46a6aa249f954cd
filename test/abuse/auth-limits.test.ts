/**
 * The sign-in limits and the body limit on /api/auth/* (findings 1 and 2), through the app's
 * auth route with the real better-auth on a fresh database. The server's peer stamp
 * (x-hindsight-peer, set by server.mjs from the socket) is simulated per request.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInThrottle } from "@/db/schema";
import { env } from "@/lib/config/env";
import { markPeerHeaderTrusted, PEER_HEADER } from "@/lib/http/client-address";
import { PASSWORD, seededWithAccounts } from "@/test/auth";

const stub = vi.hoisted(() => ({ db: undefined as unknown, auth: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => stub.db }));
vi.mock("@/lib/auth/auth", async (original) => ({ ...(await original<typeof import("@/lib/auth/auth")>()), getAuth: () => stub.auth }));

const { POST } = await import("@/app/api/auth/[...all]/route");
const { handleAuthRequest, AUTH_BODY_LIMIT } = await import("@/lib/auth/auth-handler");
const { sqliteThrottleStore } = await import("@/lib/auth/sign-in-throttle");
const { lockSeconds, CAP_SECONDS, FREE_FAILURES } = await import("@/lib/auth/sign-in-throttle");

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
  stub.db = ctx.db;
  stub.auth = ctx.auth;
  markPeerHeaderTrusted();
});
afterAll(() => {
  markPeerHeaderTrusted(false);
  ctx.cleanup();
});
beforeEach(() => {
  // Each test starts with empty counters.
  ctx.db.$client.prepare("DELETE FROM rate_limit").run();
  ctx.db.delete(signInThrottle).run();
});

const ORIGIN = "http://localhost:3000";
const EMAIL = "editor@test.invalid";

function signInRequest(opts: { peer: string; xff?: string; password?: string; email?: string; cookie?: string }) {
  const headers = new Headers({ "content-type": "application/json", origin: ORIGIN, [PEER_HEADER]: opts.peer });
  if (opts.xff) headers.set("x-forwarded-for", opts.xff);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  return new Request(`${ORIGIN}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: opts.email ?? EMAIL, password: opts.password ?? "wrong password!" }),
  });
}

describe("sign-in limit per client address", { timeout: 30_000 }, () => {
  it("cannot be bypassed by rotating X-Forwarded-For: by default the socket address counts", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) statuses.push((await POST(signInRequest({ peer: "203.0.113.5", xff: `198.51.100.${i}` }))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // Now the right password is refused too, from that address ...
    expect((await POST(signInRequest({ peer: "203.0.113.5", xff: "198.51.100.99", password: PASSWORD }))).status).toBe(429);
    // ... but not from another.
    expect((await POST(signInRequest({ peer: "203.0.113.6", password: PASSWORD }))).status).toBe(200);
  });

  it("behind a trusted proxy: the rightmost untrusted hop counts, and values that are not addresses never share a bucket", async () => {
    const behindProxy = { ...env(), HINDSIGHT_TRUSTED_PROXIES: "127.0.0.1" };
    const send = (xff: string, password?: string) =>
      handleAuthRequest(signInRequest({ peer: "127.0.0.1", xff, password }), ctx.auth, sqliteThrottleStore(ctx.db), behindProxy);
    const rotating: number[] = [];
    for (let i = 1; i <= 7; i++) rotating.push((await send(`10.9.9.${i}, 192.0.2.77`)).status);
    expect(rotating.slice(5)).toEqual([429, 429]);
    ctx.db.delete(signInThrottle).run(); // this part is about addresses, not the account's own limit
    for (let i = 1; i <= 6; i++) await send("garbage-a");
    expect((await send("garbage-a")).status).toBe(429);
    // Another unparsable value, a two-entry value and a plain address: each its own client.
    expect((await send("garbage-b", PASSWORD)).status).toBe(200);
    expect((await send("1.1.1.1, 192.0.2.78", PASSWORD)).status).toBe(200);
    expect((await send("192.0.2.79", PASSWORD)).status).toBe(200);
  });
});

describe("sign-in limit per account", { timeout: 30_000 }, () => {
  it("backs off exponentially after five failures, capped at a minute", () => {
    const seq = Array.from({ length: 14 }, (_, i) => lockSeconds(i + 1));
    expect(seq).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(FREE_FAILURES).toBe(5);
    expect(CAP_SECONDS).toBe(60);
  });

  it("stops guesses spread over many addresses, but not the owner's own browser", async () => {
    // The owner signed in before from this browser: it holds the known-device cookie.
    const owner = await POST(signInRequest({ peer: "192.0.2.10", password: PASSWORD }));
    expect(owner.status).toBe(200);
    const cookie = owner.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect(cookie).toContain("hindsight.known-device=");

    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) statuses.push((await POST(signInRequest({ peer: `198.18.0.${i}` }))).status);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    const locked = await POST(signInRequest({ peer: "198.18.1.1", password: PASSWORD }));
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toMatch(/failed sign-ins to this account/);
    expect(Number(locked.headers.get("retry-after"))).toBeLessThanOrEqual(CAP_SECONDS);

    // The owner's browser is not locked out by the attacker's failures.
    expect((await POST(signInRequest({ peer: "192.0.2.10", password: PASSWORD, cookie }))).status).toBe(200);
    // A forged cookie does not help.
    const forged = cookie.replace(/hindsight\.known-device=[^;]+/, `hindsight.known-device=${Buffer.from(EMAIL).toString("base64url")}.forged`);
    expect((await POST(signInRequest({ peer: "198.18.1.2", password: PASSWORD, cookie: forged }))).status).toBe(429);
  });
});

describe("body limit on /api/auth/*", () => {
  it("answers 413 to a declared large body without reading it", async () => {
    const headers = new Headers({
      "content-type": "application/json",
      origin: ORIGIN,
      "content-length": String(300 * 1024 * 1024),
      [PEER_HEADER]: "192.0.2.200",
    });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        // A bounded stream (4 MB), so that a server without the limit fails this test rather than the machine.
        if (++pulled > 64) c.close();
        else c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await POST(new Request(`${ORIGIN}/api/auth/sign-in/email`, { method: "POST", headers, body, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("answers 413 to a streamed body without a length once it passes the limit", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 4 * 1024 * 1024) return c.close();
        sent += 64 * 1024;
        c.enqueue(new TextEncoder().encode(" ".repeat(64 * 1024)));
      },
    });
    const headers = new Headers({ "content-type": "application/json", origin: ORIGIN, [PEER_HEADER]: "192.0.2.201" });
    const res = await POST(new Request(`${ORIGIN}/api/auth/sign-up/email`, { method: "POST", headers, body, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/larger than 16 KB/);
    expect(sent).toBeLessThanOrEqual(AUTH_BODY_LIMIT + 2 * 64 * 1024);
  });
});
