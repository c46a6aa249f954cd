import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReplacer, freshNonceFor, newNonce } from "./response-nonce.mjs";

const STAND_IN = newNonce();
const policy = `script-src 'self' 'nonce-${STAND_IN}' 'strict-dynamic'`;
const page = `<html><head><script nonce="${STAND_IN}" src="/a.js"></script></head><body>${"x".repeat(5000)}<script nonce="${STAND_IN}">self.go()</script></body></html>`;

describe("createReplacer", () => {
  it("replaces the stand-in wherever the body is split, without changing the chunks it was given", () => {
    const to = newNonce();
    const body = Buffer.from(`a${STAND_IN}b${STAND_IN}${STAND_IN}c`);
    for (let cut = 0; cut <= body.length; cut++) {
      for (const cut2 of [cut, Math.min(body.length, cut + 7)]) {
        const parts = [body.subarray(0, cut), body.subarray(cut, cut2), body.subarray(cut2)];
        const copy = Buffer.from(body);
        const r = createReplacer(STAND_IN, to);
        const out = Buffer.concat([...parts.map((p) => r.push(p)), r.end()]).toString();
        expect(out, `cut at ${cut}/${cut2}`).toBe(`a${to}b${to}${to}c`);
        expect(body.equals(copy)).toBe(true);
      }
    }
  });

  it("holds back only an end that could begin the stand-in, so a streamed page is sent as it comes", () => {
    const r = createReplacer(STAND_IN, newNonce());
    expect(r.push(Buffer.from("<p>first part</p>")).toString()).toBe("<p>first part</p>");
    expect(r.push(Buffer.from(`<script nonce="${STAND_IN.slice(0, 5)}`)).toString()).toBe('<script nonce="');
    expect(r.end().toString()).toBe(STAND_IN.slice(0, 5));
  });
});

/** A server shaped like server.mjs: compression outside, the nonce rewriting inside, then the handler. */
function serve(handler: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void): Promise<Server> {
  const compress = compression();
  const server = createServer((req, res) =>
    compress(req as never, res as never, () => {
      freshNonceFor(req, res, STAND_IN);
      handler(req, res);
    }),
  );
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("freshNonceFor", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await serve((req, res) => {
      res.setHeader("content-security-policy", policy);
      if (req.url === "/not-modified") {
        res.statusCode = 304;
        res.end();
        return;
      }
      if (req.url === "/json") {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ text: STAND_IN }));
        return;
      }
      res.setHeader("content-type", "text/html; charset=utf-8");
      // Streamed in small pieces, as a page render is, cutting through the nonces.
      const bytes = Buffer.from(page);
      for (let i = 0; i < bytes.length; i += 17) res.write(bytes.subarray(i, i + 17));
      res.end();
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

  it("gives every response a new nonce, the same in the policy and on every script, and never sends the stand-in", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/page`);
      const html = await res.text();
      const nonce = nonceOf(res);
      expect(nonce).toBeDefined();
      expect(nonce).not.toBe(STAND_IN);
      expect(html).not.toContain(STAND_IN);
      expect([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1])).toEqual([nonce, nonce]);
      expect(html.length).toBe(page.length);
      seen.add(nonce as string);
    }
    expect(seen.size).toBe(3);
  });

  it("compresses after putting the nonce in", async () => {
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer; policy: string | undefined }>((resolve, reject) => {
      import("node:http").then(({ get }) =>
        get(`${base}/page`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () =>
            resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks), policy: res.headers["content-security-policy"] as string }),
          );
        }).on("error", reject),
      );
    });
    expect(raw.encoding).toBe("gzip");
    const html = gunzipSync(raw.body).toString();
    const nonce = /'nonce-([^']+)'/.exec(raw.policy ?? "")?.[1];
    expect(html).toContain(`<script nonce="${nonce}" src="/a.js">`);
    expect(html).not.toContain(STAND_IN);
  });

  it("sends no policy with a 304, so the browser keeps the one stored with its page", async () => {
    const res = await fetch(`${base}/not-modified`);
    expect(res.status).toBe(304);
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("leaves other bodies as they are but still replaces the stand-in in their policy", async () => {
    const res = await fetch(`${base}/json`);
    expect(nonceOf(res)).not.toBe(STAND_IN);
    expect(await res.json()).toEqual({ text: STAND_IN });
  });
});
