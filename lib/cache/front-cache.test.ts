import fs from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import compression from "compression";
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
/** As server.mjs renders every page with proxy.ts's stand-in nonce (lib/http/response-nonce.mjs). */
const STAND_IN = "sTaNdInNoNcE0123456789AB";
let delayMs = 0;
let during: (() => void) | null = null;

/** Stands in for Next's handler: each call is a render; headers as Next sets them for a page from its page cache. */
function fakeNext(req: IncomingMessage, res: ServerResponse) {
  renders.push(req.url!);
  const n = renders.length;
  setTimeout(() => {
    // Next's static file sender gives up, without ending, on a client that has left.
    if (res.destroyed) return;
    during?.();
    if (req.url === "/not-from-page-cache") res.setHeader("cache-control", "private, no-store");
    else if (req.url!.startsWith("/_next/"))
      res.setHeader("cache-control", "public, max-age=31536000, immutable"); // build files, as Next sends them
    else res.setHeader("x-nextjs-cache", "MISS");
    if (req.url === "/with-cookie") res.setHeader("set-cookie", "a=b");
    // As proxy.ts and next.config.ts headers() do for a request that came over https.
    if (req.headers["x-forwarded-proto"] === "https") res.setHeader("strict-transport-security", "max-age=63072000");
    // As Next's own compression would, when asked.
    if (req.url === "/encoded" && req.headers["accept-encoding"]) res.setHeader("content-encoding", "gzip");
    res.statusCode = req.url === "/missing" ? 404 : 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", `script-src 'self' 'nonce-${STAND_IN}'`);
    res.setHeader("vary", "rsc");
    res.write(`<p>render ${n} `);
    res.end(`of ${req.url}</p>${req.url === "/scripts" ? `<script nonce="${STAND_IN}">a()</script>`.repeat(3) + "<p>end</p>".repeat(500) : ""}`);
  }, delayMs);
}

const get = async (url: string, headers: Record<string, string> = {}) => (await fetch(base + url, { headers })).text();

beforeAll(async () => {
  db = openDatabase(file);
  migrateDatabase(db);
  process.env.DATABASE_URL = `file:${file}`;
  const { createFrontCache } = await import("./front-cache.mjs");
  const front = createFrontCache({ standIn: STAND_IN });
  // As server.mjs: the compression wrapper inside, around what Next writes.
  const compress = compression();
  server = createServer((req, res) =>
    front(req, res, (keep) =>
      compress(req as never, res as never, () => {
        keep?.();
        fakeNext(req, res);
      }),
    ),
  );
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

  it("gives every answer from the cache its own nonce, in the policy and the page, gzip-compressed when accepted", async () => {
    const answers = [];
    for (const encoding of ["gzip", "gzip", "identity", "gzip, br;q=0.5", "br, gzip;q=0"]) {
      const res = await fetch(`${base}/scripts`, { headers: { "accept-encoding": encoding } });
      const nonce = res.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
      const body = await res.text(); // fetch decompresses
      answers.push({ encoding: res.headers.get("content-encoding"), vary: res.headers.get("vary"), nonce, body });
    }
    expect(renders).toEqual(["/scripts"]);
    expect(answers.map((a) => a.encoding)).toEqual(["gzip", "gzip", null, "gzip", null]); // the first came from Next, through the compression wrapper
    expect(answers.slice(1).every((a) => a.vary === "rsc, Accept-Encoding")).toBe(true);
    const nonces = answers.slice(1).map((a) => a.nonce!);
    expect(new Set(nonces).size).toBe(4);
    for (const [i, a] of answers.slice(1).entries()) {
      expect(a.body).not.toContain(STAND_IN);
      expect(a.body.match(/nonce="([^"]+)"/g)).toEqual(Array(3).fill(`nonce="${nonces[i]}"`));
      expect(a.body.replaceAll(nonces[i]!, STAND_IN)).toBe(answers[0]!.body);
    }
  });

  it("keeps the build's immutable static files (compressed once), whatever is written, but nothing else under /_next/", async () => {
    const css = await get("/_next/static/chunks/app.css");
    bumpTags(db, ["ledger", "person:ann"]);
    const again = await fetch(`${base}/_next/static/chunks/app.css`, { headers: { "accept-encoding": "gzip" } });
    expect(again.headers.get("content-encoding")).toBe("gzip");
    expect(await again.text()).toBe(css);
    for (const url of ["/_next/image?url=%2Fa.png&w=64&q=75", "/_next/static/chunks/app.css?v=2"]) {
      await get(url);
      await get(url);
    }
    expect(renders).toEqual([
      "/_next/static/chunks/app.css",
      ...Array(2).fill("/_next/image?url=%2Fa.png&w=64&q=75"),
      ...Array(2).fill("/_next/static/chunks/app.css?v=2"),
    ]);
  });

  it("still answers after a crowd left while waiting for one render", async () => {
    delayMs = 80;
    const leave = (afterMs: number) => {
      const ctl = new AbortController();
      setTimeout(() => ctl.abort(), afterMs);
      return fetch(`${base}/_next/static/chunks/left.css`, { signal: ctl.signal }).catch(() => null);
    };
    const first = leave(50); // the reader whose request Next renders leaves last
    await new Promise((r) => setTimeout(r, 10));
    await Promise.all([first, ...Array.from({ length: 8 }, () => leave(15))]);
    await new Promise((r) => setTimeout(r, 150));
    delayMs = 0;
    const res = await fetch(`${base}/_next/static/chunks/left.css`, { signal: AbortSignal.timeout(3000) });
    expect(await res.text()).toContain("of /_next/static/chunks/left.css");
  });

  it("gives readers who arrived before a write the render under way, and those after it one new render together", async () => {
    delayMs = 80;
    const url = "/outlets/written";
    const at = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const first = get(url);
    await at(20);
    const before = get(url);
    await at(10);
    bumpTags(db, ["outlet:written"]);
    await at(10);
    const after = [get(url), get(url), get(url)];
    expect(await first).toContain("render 1 ");
    expect(await before).toContain("render 1 ");
    for (const body of await Promise.all(after)) expect(body).toContain("render 2 ");
    expect(renders).toEqual([url, url]);
  });
});
