import fs from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DB, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { bumpTags } from "@/db/queries/cache-tags";

// The front cache reads the cache tags of the database the app uses (DATABASE_URL), as server.mjs does.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-front-cache-"));
const file = path.join(dir, "front.db");
let db: DB;
let server: Server;
let base: string;
const renders: string[] = [];
let delayMs = 0;
let during: (() => void) | null = null;

/** Stands in for Next's handler: each call is a render; headers as Next sets them for a page from its page cache. */
function fakeNext(req: IncomingMessage, res: ServerResponse) {
  renders.push(req.url!);
  const n = renders.length;
  setTimeout(() => {
    during?.();
    if (req.url === "/not-from-page-cache") res.setHeader("cache-control", "private, no-store");
    else res.setHeader("x-nextjs-cache", "MISS");
    if (req.url === "/with-cookie") res.setHeader("set-cookie", "a=b");
    // As proxy.ts and next.config.ts headers() do for a request that came over https.
    if (req.headers["x-forwarded-proto"] === "https") res.setHeader("strict-transport-security", "max-age=63072000");
    // As Next's own compression would, when asked.
    if (req.url === "/encoded" && req.headers["accept-encoding"]) res.setHeader("content-encoding", "gzip");
    res.statusCode = req.url === "/missing" ? 404 : 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.write(`<p>render ${n} `);
    res.end(`of ${req.url}</p>`);
  }, delayMs);
}

const get = async (url: string, headers: Record<string, string> = {}) => (await fetch(base + url, { headers })).text();

beforeAll(async () => {
  db = openDatabase(file);
  migrateDatabase(db);
  process.env.DATABASE_URL = `file:${file}`;
  const { createFrontCache } = await import("./front-cache.mjs");
  const front = createFrontCache();
  server = createServer((req, res) => front(req, res, () => fakeNext(req, res)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  renders.length = 0;
  delayMs = 0;
  during = null;
});

describe("the front cache", () => {
  it("answers a page again without Next until a write moves one of the page's tags", async () => {
    const first = await get("/people/ann");
    expect(await get("/people/ann")).toBe(first);
    expect(await get("/")).toBe(await get("/"));
    expect(renders).toEqual(["/people/ann", "/"]);

    bumpTags(db, ["person:bob"]); // another person's page: nothing here changes
    expect(await get("/people/ann")).toBe(first);
    bumpTags(db, ["person:ann", "ledger"]);
    const after = await get("/people/ann");
    expect(after).not.toBe(first);
    await get("/");
    expect(renders).toEqual(["/people/ann", "/", "/people/ann", "/"]);
  });

  it("keeps only the page's own bytes: an answer Next encoded is never kept", async () => {
    await fetch(`${base}/encoded`, { headers: { "accept-encoding": "gzip" } }).catch(() => null);
    await fetch(`${base}/encoded`, { headers: { "accept-encoding": "gzip" } }).catch(() => null);
    expect(renders).toEqual(["/encoded", "/encoded"]);
  });

  it("keeps an answer over https apart from one over http (their headers differ)", async () => {
    const overHttps = async () => (await fetch(`${base}/methods`, { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security");
    await get("/methods");
    expect(await overHttps()).toBe("max-age=63072000");
    expect(await overHttps()).toBe("max-age=63072000");
    expect((await fetch(`${base}/methods`)).headers.get("strict-transport-security")).toBeNull();
    expect(renders).toEqual(["/methods", "/methods"]);
  });

  it("never keeps what is not a page from Next's page cache, nor router requests", async () => {
    for (const url of ["/not-from-page-cache", "/with-cookie", "/missing"]) {
      await get(url);
      await get(url);
    }
    await get("/forecasts/1", { rsc: "1" });
    await get("/forecasts/1", { rsc: "1" });
    expect(renders).toEqual([
      "/not-from-page-cache",
      "/not-from-page-cache",
      "/with-cookie",
      "/with-cookie",
      "/missing",
      "/missing",
      "/forecasts/1",
      "/forecasts/1",
    ]);
  });

  it("lets readers who arrive during a render wait for it, once", async () => {
    delayMs = 60;
    const bodies = await Promise.all(Array.from({ length: 6 }, () => get("/outlets/slow")));
    expect(new Set(bodies).size).toBe(1);
    expect(renders).toEqual(["/outlets/slow"]);
  });

  it("does not keep a render that a write overtook: the next reader gets a new one", async () => {
    delayMs = 30;
    during = () => {
      during = null;
      bumpTags(db, ["outlet:raced"]);
    };
    const stale = await get("/outlets/raced");
    const fresh = await get("/outlets/raced");
    expect(fresh).not.toBe(stale);
    expect(renders).toEqual(["/outlets/raced", "/outlets/raced"]);
    expect(await get("/outlets/raced")).toBe(fresh);
  });
});
