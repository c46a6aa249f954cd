import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import fc from "fast-check";
import { callAction, ORIGIN, signedInContext, sql, tableCounts } from "./abuse-helpers";
import { ACCOUNTS, type AccountKey, E2E_PASSWORD, stateFile } from "./accounts";

/**
 * The abuse suite against the production server: the security headers, the authorisation matrix
 * over every write route and server action, generated malformed input on every route (no 5xx,
 * nothing partly written), 50 editors writing at once, and the client address behind a proxy.
 * (kill -9 during an import, the append-only triggers and the auth limits are in test/abuse/.)
 */
test.describe.configure({ mode: "serial" });

type Who = "anonymous" | "reader" | "editor" | "admin";
const WHO: Who[] = ["anonymous", "reader", "editor", "admin"];
const contexts = new Map<Who, APIRequestContext>();

test.beforeAll(async () => {
  for (const who of WHO) {
    contexts.set(who, await playwrightRequest.newContext({ baseURL: ORIGIN, storageState: who === "anonymous" ? undefined : stateFile(who as AccountKey) }));
  }
});
test.afterAll(async () => {
  for (const c of contexts.values()) await c.dispose();
});
const as = (who: Who) => contexts.get(who) as APIRequestContext;

async function openForecast(): Promise<{ id: number; version: number }> {
  const list = await (await as("anonymous").get("/api/v1/forecasts?status=open&pageSize=100")).json();
  return list.items.find((f: { condition: string | null; eventId: number | null }) => !f.condition && f.eventId === null);
}

/** The nonce of each script the server sent that a browser would run ("" when it has none; JSON-LD data is not run). */
function scriptNonces(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1] ?? "");
}

test("security headers: a nonce CSP new on every response (cached pages too), without unsafe-eval, no framing except embeds, nosniff, referrer policy, HSTS only over https", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/login", "/admin/users", "/forecasts", "/api/v1/forecasts"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{24}' 'strict-dynamic'(;|$)/);
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(h["strict-transport-security"], path).toBeUndefined();
  }
  // Every script on the page carries this response's nonce, and the page works (hydrated: the sign-in form validates on the client).
  const res = await page.goto("/login");
  const nonce = /'nonce-([^']+)'/.exec(res?.headers()["content-security-policy"] ?? "")?.[1];
  const scripts = scriptNonces((await res?.text()) ?? "");
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.reload();
  await page.getByLabel("Email").fill(ACCOUNTS.reader.email);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  expect(violations).toEqual([]);
  // A page from the page cache: each answer has its own nonce, on its scripts and in its policy.
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const cached = await request.get("/people/richard-palmer");
    const headerNonce = /'nonce-([^']+)'/.exec(cached.headers()["content-security-policy"] ?? "")?.[1] ?? "";
    const bodyNonces = new Set(scriptNonces(await cached.text()));
    expect(bodyNonces, `answer ${i + 1} (${cached.headers()["x-nextjs-cache"]})`).toEqual(new Set([headerNonce]));
    nonces.add(headerNonce);
  }
  expect(nonces.size).toBe(3);
  // The cached page hydrates in the browser under its policy: the account menu is filled in on the client.
  violations.length = 0;
  await page.goto("/people/richard-palmer");
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  expect(violations).toEqual([]);
  // Embeds may be framed; HSTS when the proxy says the request came over https.
  const embed = (await request.get("/embed/people/richard-palmer")).headers();
  expect(embed["x-frame-options"]).toBeUndefined();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  const overHttps = (await request.get("/", { headers: { "x-forwarded-proto": "https" } })).headers();
  expect(overHttps["strict-transport-security"]).toMatch(/max-age=\d+/);
});

/** Every write: a JSON route or a server action, with an input that is wrong, so an allowed caller gets a validation error and nothing is written. */
const WRITES: { name: string; send: (c: APIRequestContext, f: { id: number }) => Promise<{ status: number; code: string | undefined }>; allowed: Who[] }[] = [
  ...[
    ["POST /api/v1/forecasts/:id/outcomes", (f: { id: number }) => `/api/v1/forecasts/${f.id}/outcomes`],
    ["POST /api/v1/extract", () => "/api/v1/extract"],
    ["POST /api/v1/import", () => "/api/v1/import"],
  ].map(([name, path]) => ({
    name: name as string,
    allowed: ["editor", "admin"] as Who[],
    send: async (c: APIRequestContext, f: { id: number }) => {
      const res = await c.post((path as (f: { id: number }) => string)(f), { headers: { origin: ORIGIN }, data: {} });
      return { status: res.status(), code: (await res.json()).error?.code };
    },
  })),
  ...(
    [
      ["recordOutcomeAction", "/due", (f: { id: number }) => [f.id, {}], ["editor", "admin"]],
      ["retractOutcomeAction", "/due", (f: { id: number }) => [f.id, {}], ["editor", "admin"]],
      ["resolveEventAction", "/forecasts/1", () => [1, {}], ["editor", "admin"]],
      ["correctForecastAction", "/forecasts/1", (f: { id: number }) => [f.id, {}], ["editor", "admin"]],
      ["convertFileAction", "/articles/new", () => [{}], ["editor", "admin"]],
      ["saveArticleAction", "/articles/new", () => [{}], ["editor", "admin"]],
      ["createAccountAction", "/admin/users", () => [{}], ["admin"]],
      ["changeRoleAction", "/admin/users", () => [{}], ["admin"]],
      ["subscribeAction", "/account/reminders", () => [{}], ["editor", "admin"]],
      ["followAction", "/account/reminders", () => [{}], ["editor", "admin"]],
      ["unfollowAction", "/account/reminders", () => ["x"], ["editor", "admin"]],
      // Takes no input: only the refusals are checked (an allowed call would unsubscribe).
      ["unsubscribeAction", "/account/reminders", () => [], []],
    ] as const
  ).map(([name, path, args, allowed]) => ({
    name: `server action ${name}`,
    allowed: [...allowed] as Who[],
    send: async (c: APIRequestContext, f: { id: number }) => {
      const a = await callAction(c, path, name, args(f));
      return { status: a.status, code: a.result?.error?.code };
    },
  })),
];

test("authorisation matrix: every write route and server action for anonymous, reader, editor and admin", async () => {
  const f = await openForecast();
  const before = tableCounts();
  const table: string[] = [];
  for (const w of WRITES) {
    for (const who of WHO) {
      if (w.name.endsWith("unsubscribeAction") && (who === "editor" || who === "admin")) continue;
      const { status, code } = await w.send(as(who), f);
      table.push(`${w.name} ${who}: ${status} ${code}`);
      expect(status, `${w.name} as ${who}`).toBeLessThan(500);
      if (who === "anonymous") expect(code, `${w.name} as ${who}`).toBe("unauthenticated");
      else if (!w.allowed.includes(who)) expect(code, `${w.name} as ${who}`).toBe("forbidden");
      else expect(["unprocessable", "bad_request"], `${w.name} as ${who}`).toContain(code);
    }
  }
  expect(tableCounts()).toEqual(before);
  // The JSON routes also answer with the matching status.
  expect(table.filter((l) => l.startsWith("POST") && l.includes("anonymous")).every((l) => l.includes(": 401 "))).toBe(true);
  expect(table.filter((l) => l.startsWith("POST") && l.includes("reader")).every((l) => l.includes(": 403 "))).toBe(true);
  // A write from another site is refused before any of this (finding 8, 9).
  for (const origin of ["http://evil.example", "null"]) {
    expect((await as("editor").post(`/api/v1/forecasts/${f.id}/outcomes`, { headers: { origin }, data: {} })).status()).toBe(403);
    expect((await callAction(as("editor"), "/due", "recordOutcomeAction", [f.id, {}], origin)).status).toBe(403);
    expect((await as("editor").post("/api/v1/import", { headers: { origin }, data: {} })).status()).toBe(403);
  }
});

// ----------------------------------------------------------------------------------------------
// Generated malformed input

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "0x10",
    "1e309",
    "-1",
    "0",
    "NaN",
    "2025-02-30",
    "9999-99-99",
    "%",
    "%FF",
    "null",
    "[]",
    "{}",
    "' OR 1=1 --",
    "<script>",
    "9".repeat(40),
    "a b",
    "\u0000",
  ),
);
const params = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      "forecaster",
      "author",
      "outlet",
      "status",
      "language",
      "topic",
      "event",
      "deadlineFrom",
      "deadlineTo",
      "q",
      "page",
      "pageSize",
      "format",
      "scope",
      "from",
      "to",
      "lowInfo",
      "bins",
      "by",
      "min",
      "k",
    ),
    fc.string({ maxLength: 8 }),
  ),
  text,
  { maxKeys: 4 },
);
const segment = fc.oneof(
  text.map(encodeURIComponent),
  fc.constantFrom("%FF", "%E0%A4%A", "%", "%00", "..%2F..%2Fetc", "-1", "1.5", "1e3", "99999999999999999999"),
);
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      status: text,
      occurredOn: text,
      evidence: fc.jsonValue(),
      expectedVersion: fc.jsonValue(),
      text: text,
      format: text,
      content: text,
      commit: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

type Req =
  | { kind: "get"; path: string; query: Record<string, string> }
  | { kind: "post"; path: string; body: string; type: string }
  | { kind: "action"; name: string; path: string; args: unknown[] };

const request: fc.Arbitrary<Req> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("get" as const),
      path: fc.constantFrom("/api/v1/forecasts", "/api/v1/export", "/api/v1/accuracy", "/api/v1/leaderboard"),
      query: params,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("get" as const),
      path: fc.constantFrom("/forecasts", "/leaderboard", "/people/richard-palmer", "/admin/audit", "/embed/people/richard-palmer", "/feeds/forecasts.atom"),
      query: params,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("get" as const),
      path: fc
        .tuple(
          fc.constantFrom(
            "/api/v1/forecasts/",
            "/forecasts/",
            "/people/",
            "/outlets/",
            "/articles/",
            "/api/v1/forecasts/%s/outcomes",
            "/embed/outlets/",
            "/feeds/",
            "/topics/%s/feed.atom",
          ),
          segment,
        )
        .map(([p, s]) => (p.includes("%s") ? p.replace("%s", s) : p + s)),
      query: fc.constant({}),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("post" as const),
      path: fc.oneof(
        fc.constantFrom("/api/v1/extract", "/api/v1/import"),
        segment.map((s) => `/api/v1/forecasts/${s}/outcomes`),
        fc.constant("/api/v1/forecasts/3/outcomes"),
      ),
      body: fc.oneof(
        jsonBody.map((b) => JSON.stringify(b)),
        text,
      ),
      type: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16"),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("action" as const),
      name: fc.constantFrom(
        "recordOutcomeAction",
        "retractOutcomeAction",
        "correctForecastAction",
        "resolveEventAction",
        "convertFileAction",
        "saveArticleAction",
        "changeRoleAction",
        "createAccountAction",
      ),
      path: fc.constantFrom("/due", "/articles/new", "/admin/users"),
      args: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), jsonBody), { maxLength: 3 }),
    }),
  },
);

async function send(c: APIRequestContext, r: Req): Promise<number> {
  if (r.kind === "get") {
    const qs = new URLSearchParams(r.query).toString();
    return (await c.get(`${r.path}${qs ? `?${qs}` : ""}`, { maxRedirects: 0 })).status();
  }
  if (r.kind === "post") return (await c.post(r.path, { headers: { origin: ORIGIN, "content-type": r.type }, data: r.body, maxRedirects: 0 })).status();
  const a = await callAction(c, r.path, r.name, r.args);
  return a.text.includes(':E{"digest"') ? 500 : a.status;
}

test("1,100 generated malformed requests across the routes: no server error, nothing partly written", async () => {
  test.setTimeout(120_000);
  const before = tableCounts();
  // fast-check generates the requests (reproducible: ABUSE_SEED); they are sent eight at a time.
  const cases = fc.sample(fc.tuple(request, fc.constantFrom<Who>("anonymous", "editor", "admin")), {
    numRuns: 1100,
    seed: Number(process.env.ABUSE_SEED ?? 20261130),
  });
  const failures: string[] = [];
  for (let i = 0; i < cases.length; i += 8) {
    await Promise.all(
      cases.slice(i, i + 8).map(async ([r, who]) => {
        const status = await send(as(who), r);
        if (status >= 500) failures.push(`${status} as ${who}: ${JSON.stringify(r).slice(0, 300)}`);
      }),
    );
  }
  expect(cases.length).toBeGreaterThanOrEqual(1000);
  expect(failures).toEqual([]);
  expect(tableCounts()).toEqual(before);
});

// ----------------------------------------------------------------------------------------------
// 50 editors at once

test("50 editors writing at once: no outcome lost, exactly one winner per version", async () => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const editors: string[] = [];
  for (let i = 0; i < 50; i++) {
    const email = `crowd${i}.${stamp}@e2e.test`;
    const made = await callAction(as("admin"), "/admin/users", "createAccountAction", [
      { name: `Crowd Editor ${i}`, email, role: "editor", password: E2E_PASSWORD },
    ]);
    expect(made.result?.ok, JSON.stringify(made.result)).toBe(true);
    editors.push(email);
  }
  const crowd = await Promise.all(editors.map((email, i) => signedInContext(email, E2E_PASSWORD, `198.18.${Math.floor(i / 200)}.${(i % 200) + 1}`)));
  const post = (c: APIRequestContext, id: number, version: number, i: number) =>
    c.post(`/api/v1/forecasts/${id}/outcomes`, {
      headers: { origin: ORIGIN },
      data: {
        status: "ambiguous",
        occurredOn: null,
        evidence: [{ citation: `crowd ${i}` }],
        note: `editor ${i}`,
        reason: "abuse suite: concurrent writers",
        expectedVersion: version,
      },
    });

  // One forecast, three rounds: all 50 send the same version; one wins, 49 get 409.
  const f = await openForecast();
  let version = f.version;
  for (let round = 0; round < 3; round++) {
    const answers = await Promise.all(crowd.map((c, i) => post(c, f.id, version, i)));
    const statuses = answers.map((a) => a.status());
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = await answers[statuses.indexOf(201)]!.json();
    expect(winner.version).toBe(version + 1);
    version = winner.version;
  }
  expect(sql<{ n: number }>("SELECT count(*) AS n FROM outcomes WHERE forecast_id = ? AND version > ?", f.id, f.version)[0]!.n).toBe(3);

  // Fifty forecasts, one editor each, all at once: fifty records, none lost.
  const list = (await (await as("anonymous").get("/api/v1/forecasts?pageSize=100")).json()).items as { id: number; version: number }[];
  const targets = list.filter((x) => x.id !== f.id).slice(0, 50);
  expect(targets).toHaveLength(50);
  const before = sql<{ n: number }>("SELECT count(*) AS n FROM outcomes")[0]!.n;
  const answers = await Promise.all(targets.map((t, i) => post(crowd[i] as APIRequestContext, t.id, t.version, i)));
  expect(answers.map((a) => a.status())).toEqual(targets.map(() => 201));
  expect(sql<{ n: number }>("SELECT count(*) AS n FROM outcomes")[0]!.n).toBe(before + 50);
  for (const [i, t] of targets.entries()) {
    const h = await (await as("anonymous").get(`/api/v1/forecasts/${t.id}/outcomes`)).json();
    expect(h.current?.note, `forecast ${t.id}`).toBe(`editor ${i}`);
  }
  for (const c of crowd) await c.dispose();
});

test("behind the trusted proxy, rotating the left of X-Forwarded-For does not escape the sign-in limit", async () => {
  const email = `rotate.${Date.now()}@e2e.test`;
  await callAction(as("admin"), "/admin/users", "createAccountAction", [{ name: "Rotating Target", email, role: "reader", password: E2E_PASSWORD }]);
  const statuses: number[] = [];
  for (let i = 1; i <= 7; i++) {
    const res = await as("anonymous").post("/api/auth/sign-in/email", {
      headers: { origin: ORIGIN, "x-forwarded-for": `10.${i}.${i}.${i}, 203.0.113.200` },
      data: { email, password: `wrong guess ${i}` },
    });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
});
