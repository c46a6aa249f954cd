/**
 * The intake's entry points (server actions and route handlers) for each kind of caller, with
 * real better-auth session cookies (the pattern of test/write-paths.test.ts), and the export
 * route's filters.
 */

import { parse } from "csv-parse/sync";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { articles, forecasts } from "@/db/schema";
import type { Auth } from "@/lib/auth/auth";
import { CSV_COLUMNS, formatExport } from "@/lib/export/format";
import { exportForecasts } from "@/lib/forecasts/list";
import { seededWithAccounts, type TestAccount } from "./auth";
import { OSTSEE_TEXT, validSubmission } from "./intake-fixture";

const stub = vi.hoisted(() => ({ db: undefined as unknown, auth: undefined as unknown, headers: new Headers() }));

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => stub.db }));
vi.mock("@/lib/auth/auth", async (original) => ({ ...(await original<typeof import("@/lib/auth/auth")>()), getAuth: () => stub.auth }));
vi.mock("next/headers", () => ({
  headers: async () => stub.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));

const actions = await import("@/app/(editor)/articles/new/actions");
const extractRoute = await import("@/app/api/v1/extract/route");
const importRoute = await import("@/app/api/v1/import/route");
const exportRoute = await import("@/app/api/v1/export/route");

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
const articleCount = () => db.select({ n: count() }).from(articles).get()!.n;
const forecastCount = () => db.select({ n: count() }).from(forecasts).get()!.n;

function post(url: string, body: unknown, who: Caller) {
  const headers = new Headers(account(who)?.headers ?? {});
  headers.set("content-type", "application/json");
  return new Request(`http://localhost:3000${url}`, { method: "POST", headers, body: JSON.stringify(body) });
}

let serial = 0;
function submission() {
  const s = validSubmission();
  s.article.title = `Paths ${++serial}: ${s.article.title}`;
  return s;
}

describe("saveArticleAction and convertFileAction", () => {
  it("refuse anonymous callers and readers, writing nothing", async () => {
    const before = articleCount();
    as("anonymous");
    const anon = await actions.saveArticleAction(submission());
    expect(anon.ok ? null : anon.error.code).toBe("unauthenticated");
    as("reader");
    const reader = await actions.saveArticleAction(submission());
    expect(reader.ok ? null : reader.error.code).toBe("forbidden");
    const convert = await actions.convertFileAction({ fileName: "a.md", content: "# Title" });
    expect(convert.ok ? null : convert.error.code).toBe("forbidden");
    expect(articleCount()).toBe(before);
  });

  it("save for editors and admins and answer the new article's slug", async () => {
    for (const who of ["editor", "admin"] as const) {
      as(who);
      const res = await actions.saveArticleAction(submission());
      expect(res.ok).toBe(true);
      if (res.ok) {
        expect(res.data.forecasts).toBe(3);
        expect(exportForecasts(db, { article: res.data.slug })).toHaveLength(3);
      }
    }
  });

  it("answer field-level errors (422) the form can show next to each field", async () => {
    as("editor");
    const s = submission();
    s.forecasts[2]!.question = "no question";
    const res = await actions.saveArticleAction(s);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe("unprocessable");
      expect(res.error.fields).toEqual([{ field: "forecasts.2.question", message: expect.any(String) }]);
    }
  });

  it("convert an uploaded HTML or markdown file to the plain text the ledger keeps", async () => {
    as("editor");
    const html = await actions.convertFileAction({
      fileName: "page.html",
      content:
        "<html><head><title>Der lange Winter</title><script>x()</script></head><body><nav>Menu</nav><article><h1>Der lange Winter</h1><p>Es ist <b>nicht auszuschließen</b>, dass <a href='https://x.example'>Rostock</a> wächst.</p></article></body></html>",
    });
    expect(html).toEqual({ ok: true, data: { title: "Der lange Winter", text: "Der lange Winter\n\nEs ist nicht auszuschließen, dass Rostock wächst." } });
    const md = await actions.convertFileAction({ fileName: "a.md", content: "# Titel\r\n\r\nEin **fetter** [Link](https://x.example)." });
    expect(md).toEqual({ ok: true, data: { title: "Titel", text: "Titel\n\nEin fetter Link." } });
    const pdf = await actions.convertFileAction({ fileName: "a.pdf", content: "%PDF" });
    expect(pdf.ok ? null : pdf.error.fields?.[0]?.field).toBe("file");
  });
});

describe("POST /api/v1/extract", () => {
  it("answers 401 and 403 to anonymous callers and readers", async () => {
    expect((await extractRoute.POST(post("/api/v1/extract", { text: OSTSEE_TEXT }, "anonymous"))).status).toBe(401);
    expect((await extractRoute.POST(post("/api/v1/extract", { text: OSTSEE_TEXT }, "reader"))).status).toBe(403);
  });

  it("detects the language and proposes candidates with offsets into the text", async () => {
    const res = await extractRoute.POST(post("/api/v1/extract", { text: OSTSEE_TEXT.replace(/\n/g, "\r\n"), referenceDate: "2026-11-02" }, "editor"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      language: string;
      detected: boolean;
      candidates: { quote: string; start: number; end: number; lexiconClass: string }[];
    };
    expect(body.language).toBe("de");
    expect(body.detected).toBe(true);
    expect(body.candidates.length).toBeGreaterThanOrEqual(3);
    for (const c of body.candidates) expect(OSTSEE_TEXT.slice(c.start, c.end)).toBe(c.quote);
    expect(body.candidates.find((c) => c.quote.startsWith("Es ist nicht auszuschließen"))?.lexiconClass).toBe("NOT_RULED_OUT");
  });

  it("answers 422 when the language cannot be told, and 400 for a body that is not JSON", async () => {
    const res = await extractRoute.POST(post("/api/v1/extract", { text: "1234 5678" }, "editor"));
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields[0].field).toBe("language");
    const headers = new Headers(ctx.accounts.editor.headers);
    headers.set("content-type", "text/plain");
    expect((await extractRoute.POST(new Request("http://localhost:3000/api/v1/extract", { method: "POST", headers, body: "x" }))).status).toBe(400);
  });
});

/** Reads the NDJSON stream: the progress lines and the final report. */
async function readStream(res: Response) {
  const lines = (await res.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { type: string; phase?: string; report?: Record<string, unknown>; error?: unknown });
  return { progress: lines.filter((l) => l.type === "progress"), last: lines.at(-1)! };
}

describe("POST /api/v1/import", () => {
  it("answers 401 and 403 to anonymous callers and readers", async () => {
    const body = { format: "json", fileName: "x.json", content: "[]", commit: true };
    expect((await importRoute.POST(post("/api/v1/import", body, "anonymous"))).status).toBe(401);
    expect((await importRoute.POST(post("/api/v1/import", body, "reader"))).status).toBe(403);
  });

  it("streams progress, then the report; reports duplicates of stored forecasts without writing", async () => {
    const before = forecastCount();
    const content = formatExport(exportForecasts(db, { language: "nl" }), "csv");
    const res = await importRoute.POST(post("/api/v1/import", { format: "csv", fileName: "nl.csv", content, commit: true }, "editor"));
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const { progress, last } = await readStream(res);
    expect(progress.some((p) => p.phase === "validate")).toBe(true);
    expect(last.type).toBe("report");
    expect(last.report).toMatchObject({ committed: false, toImport: 0, errors: [] });
    expect((last.report!.duplicates as unknown[]).length).toBeGreaterThan(0);
    expect(forecastCount()).toBe(before);
  });

  it("answers 422 naming the field for a request without the file's format", async () => {
    const res = await importRoute.POST(post("/api/v1/import", { fileName: "x.txt", content: "[]", commit: true }, "editor"));
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields.map((f: { field: string }) => f.field)).toContain("format");
  });
});

describe("GET /api/v1/export", () => {
  const get = (query: string) => exportRoute.GET(new Request(`http://localhost:3000/api/v1/export?${query}`));

  it("answers every forecast matching the list filters, as a CSV download named after them", async () => {
    const res = await get("format=csv&forecaster=richard-palmer");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="hindsight-forecasts-forecaster-richard-palmer-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const expected = exportForecasts(db, { forecaster: "richard-palmer" });
    expect(rows.map((r) => Number(r.id))).toEqual(expected.map((f) => f.id));
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.every((r) => r["forecaster.name"] === "Richard Palmer")).toBe(true);
  });

  it.each([
    ["outlet=kenfm", { outlet: "kenfm" }],
    ["topic=us-russia&status=resolved", { topic: "us-russia", status: "resolved" as const }],
    ["language=de&q=Milit%C3%A4rb%C3%BCndnis", { language: "de" as const, q: "Militärbündnis" }],
    ["article=palmer-russische-alliantie", { article: "palmer-russische-alliantie" }],
    ["deadlineFrom=2022-01-01&deadlineTo=2025-12-31", { deadlineFrom: "2022-01-01", deadlineTo: "2025-12-31" }],
  ])("filters JSON by %s like the list does", async (query, filters) => {
    const res = await get(`format=json&${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const records = (await res.json()) as { id: number }[];
    const expected = exportForecasts(db, filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(records.map((r) => r.id)).toEqual(expected.map((f) => f.id));
  });

  it("defaults to JSON of everything", async () => {
    const res = await get("");
    expect((await res.json()).length).toBe(forecastCount());
    expect(res.headers.get("content-disposition")).toMatch(/filename="hindsight-forecasts-\d{4}-\d{2}-\d{2}\.json"/);
  });

  it("answers 400 naming each bad parameter, pages included", async () => {
    const res = await get("format=xml&status=maybe&page=2&colour=red");
    expect(res.status).toBe(400);
    const fields = (await res.json()).error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["colour", "format", "page", "status"]);
  });
});
