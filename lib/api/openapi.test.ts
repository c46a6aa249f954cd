/**
 * The OpenAPI document against the code: every route handler file under app/api/v1 is described
 * with each method it exports, and real answers of the handlers (called with real requests on a
 * seeded database) validate against the document's schemas (ajv, JSON Schema 2020-12).
 */
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Auth } from "@/lib/auth/auth";
import { seededWithAccounts } from "@/test/auth";

const stub = vi.hoisted(() => ({ db: undefined as unknown, auth: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => stub.db }));
vi.mock("@/lib/auth/auth", async (original) => ({ ...(await original<typeof import("@/lib/auth/auth")>()), getAuth: () => stub.auth }));

const { openApiDocument, OPERATIONS } = await import("./openapi");

const ROOT = path.resolve(__dirname, "../..");
const API = path.join(ROOT, "app/api/v1");
const doc = openApiDocument("http://localhost:3000");

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
  stub.db = ctx.db;
  stub.auth = ctx.auth as Auth;
});
afterAll(() => ctx.cleanup());

function routeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
}

const ajv = new Ajv2020({ strict: false, allErrors: true });

function validate(apiPath: string, method: string, res: Response, body: unknown) {
  const op = (doc.paths[apiPath] as Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>)[method];
  expect(op, `${method} ${apiPath} is described`).toBeDefined();
  const response = op!.responses[String(res.status)];
  expect(response, `${method} ${apiPath} ${res.status} is described`).toBeDefined();
  const content = response!.content ?? {};
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!;
  const schema = content[type]?.schema ?? content["application/json"]?.schema;
  expect(schema, `${method} ${apiPath} ${res.status} ${type} has a schema`).toBeDefined();
  const check = ajv.compile(schema!);
  const ok = check(body);
  expect(ok ? null : check.errors?.slice(0, 5), `${method} ${apiPath} ${res.status}`).toBeNull();
}

async function call(
  apiPath: string,
  method: "get" | "post",
  url: string,
  handlerFile: string,
  init: { params?: Record<string, string>; body?: unknown; as?: "editor" } = {},
) {
  const mod = (await import(/* @vite-ignore */ path.join(API, handlerFile))) as Record<string, (r: Request, c: unknown) => Promise<Response>>;
  const headers = new Headers(init.as ? ctx.accounts[init.as].headers : {});
  if (init.body !== undefined) headers.set("content-type", "application/json");
  const req = new Request(`http://localhost:3000${url}`, {
    method: method.toUpperCase(),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const res = await mod[method.toUpperCase()]!(req, { params: Promise.resolve(init.params ?? {}) });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const body = type.includes("json") && !type.includes("ndjson") ? JSON.parse(text) : text;
  validate(apiPath, method, res, body);
  return { status: res.status, body };
}

describe("the OpenAPI document", () => {
  it("describes every route handler under app/api/v1 with each method it exports", () => {
    const files = routeFiles(API);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const rel = path.relative(ROOT, file);
      const apiPath = `/${path.relative(path.join(ROOT, "app"), path.dirname(file))}`.replace(/\[([^\]]+)\]/g, "{$1}");
      const methods = [...fs.readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      expect(methods.length, rel).toBeGreaterThan(0);
      for (const m of methods) {
        expect(Object.keys((doc.paths[apiPath] ?? {}) as object), `${m.toUpperCase()} ${apiPath} (${rel})`).toContain(m);
        expect(OPERATIONS.find((o) => o.path === apiPath && o.method === m)?.file).toBe(rel);
      }
    }
  });

  it("takes its parameters from the validating schemas", () => {
    const names = (p: string, m: string) => ((doc.paths[p] as Record<string, { parameters: { name: string }[] }>)[m]?.parameters ?? []).map((x) => x.name);
    expect(names("/api/v1/forecasts", "get")).toEqual(expect.arrayContaining(["q", "sort", "outcome", "forecaster", "page", "pageSize"]));
    expect(names("/api/v1/export", "get")).toEqual(expect.arrayContaining(["q", "sort", "outcome", "format"]));
    expect(names("/api/v1/export", "get")).not.toContain("page");
    expect(names("/api/v1/leaderboard", "get")).toEqual(expect.arrayContaining(["by", "min", "k", "from", "bins"]));
  });
});

describe("real answers validate against the document", () => {
  it("GET /api/v1/forecasts (a search, a refused query)", async () => {
    const ok = await call("/api/v1/forecasts", "get", "/api/v1/forecasts?q=B%C3%BCndnis&sort=made&outcome=open", "forecasts/route.ts");
    expect(ok.status).toBe(200);
    expect((ok.body as { total: number }).total).toBeGreaterThan(0);
    const refused = await call("/api/v1/forecasts", "get", "/api/v1/forecasts?q=EU", "forecasts/route.ts");
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("at least 3 letters");
  });

  it("GET /api/v1/forecasts/{id} and its outcomes; POST an outcome", async () => {
    const list = await call("/api/v1/forecasts", "get", "/api/v1/forecasts?status=due&pageSize=1", "forecasts/route.ts");
    const f = (list.body as { items: { id: number; version: number; madeOn: string; deadline: string }[] }).items[0]!;
    const id = String(f.id);
    expect((await call("/api/v1/forecasts/{id}", "get", `/api/v1/forecasts/${id}`, "forecasts/[id]/route.ts", { params: { id } })).status).toBe(200);
    expect((await call("/api/v1/forecasts/{id}", "get", "/api/v1/forecasts/999999", "forecasts/[id]/route.ts", { params: { id: "999999" } })).status).toBe(404);
    expect(
      (await call("/api/v1/forecasts/{id}/outcomes", "get", `/api/v1/forecasts/${id}/outcomes`, "forecasts/[id]/outcomes/route.ts", { params: { id } })).status,
    ).toBe(200);
    const body = { status: "no", occurredOn: f.deadline, evidence: [{ citation: "Checked on the deadline" }], expectedVersion: f.version };
    const anon = await call("/api/v1/forecasts/{id}/outcomes", "post", `/api/v1/forecasts/${id}/outcomes`, "forecasts/[id]/outcomes/route.ts", {
      params: { id },
      body,
    });
    expect(anon.status).toBe(401);
    const made = await call("/api/v1/forecasts/{id}/outcomes", "post", `/api/v1/forecasts/${id}/outcomes`, "forecasts/[id]/outcomes/route.ts", {
      params: { id },
      body,
      as: "editor",
    });
    expect(made.status).toBe(201);
    const stale = await call("/api/v1/forecasts/{id}/outcomes", "post", `/api/v1/forecasts/${id}/outcomes`, "forecasts/[id]/outcomes/route.ts", {
      params: { id },
      body,
      as: "editor",
    });
    expect(stale.status).toBe(409);
  });

  it("GET export, accuracy, leaderboard and the document itself", async () => {
    const exp = await call("/api/v1/export", "get", "/api/v1/export?format=json&q=Korybko&sort=score", "export/route.ts");
    expect((exp.body as unknown[]).length).toBe(14);
    expect((await call("/api/v1/export", "get", "/api/v1/export?page=2", "export/route.ts")).status).toBe(400);
    expect((await call("/api/v1/accuracy", "get", "/api/v1/accuracy?scope=all", "accuracy/route.ts")).status).toBe(200);
    expect((await call("/api/v1/accuracy", "get", "/api/v1/accuracy?scope=person:nobody-at-all", "accuracy/route.ts")).status).toBe(404);
    expect((await call("/api/v1/leaderboard", "get", "/api/v1/leaderboard?by=outlet&min=1", "leaderboard/route.ts")).status).toBe(200);
    expect((await call("/api/v1/sources", "get", "/api/v1/sources?kind=forecaster&q=kor", "sources/route.ts")).body.items.length).toBeGreaterThan(0);
    expect((await call("/api/v1/sources", "get", "/api/v1/sources?kind=someone&q=kor", "sources/route.ts")).status).toBe(400);
    expect((await call("/api/v1/openapi.json", "get", "/api/v1/openapi.json", "openapi.json/route.ts")).status).toBe(200);
  });

  it("POST extract and import (editors)", async () => {
    const text = "Russland und China werden spätestens 2030 ein Militärbündnis schließen, sagte der Analyst.";
    const ex = await call("/api/v1/extract", "post", "/api/v1/extract", "extract/route.ts", {
      body: { text, language: "de", referenceDate: "2024-01-01" },
      as: "editor",
    });
    expect(ex.status).toBe(200);
    expect((await call("/api/v1/extract", "post", "/api/v1/extract", "extract/route.ts", { body: { text } })).status).toBe(401);
    const imp = await call("/api/v1/import", "post", "/api/v1/import", "import/route.ts", {
      body: { format: "json", content: "[]", commit: false },
      as: "editor",
    });
    expect(imp.status).toBe(200);
    expect(String(imp.body)).toContain('"type":"report"');
    expect(
      (await call("/api/v1/import", "post", "/api/v1/import", "import/route.ts", { body: { format: "xml", content: "", commit: false }, as: "editor" })).status,
    ).toBe(422);
  });
});
