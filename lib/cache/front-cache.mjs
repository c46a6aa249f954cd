/**
 * The front of the page cache (used by server.mjs; plain JavaScript because server.mjs runs
 * before any bundling). Next.js answers a cached page through its whole request pipeline (proxy,
 * routing, the route's handler), about 1.5 ms of CPU a request on the development machine, where
 * a static file costs 0.3 ms; so under a crowd a page from cache was served at a tenth of the
 * rate of a static file. This keeps the bytes of each page Next served from its page cache
 * (response header `x-nextjs-cache`) and answers the next request for the same address itself.
 *
 * What is kept is the page's own bytes: Next's compression is off (server.mjs compresses on the
 * way out), and an answer Next encoded anyway is never kept.
 *
 * Never stale, as the page cache: an entry remembers the database's cache-tag sequence number
 * read before Next answered, and before serving it the same one indexed query as
 * lib/cache/next-cache-handler.cjs checks that no tag of the page (pageTags, by path) has moved
 * since. Entries also end with the UTC day. Only plain page loads come from here: GET without
 * the router's headers (rsc, next-router-*), a server action or a range; only 200 answers
 * without Set-Cookie that Next marked as from its page cache. Headers are stored as Next set
 * them, before server.mjs's response wrappers (CSP nonce, compression), and the stored answer
 * goes out through those wrappers again, so every response still gets its own nonce.
 *
 * Requests for an address whose answer Next is still rendering wait for that answer instead of
 * each going through Next (then the same freshness check applies).
 *
 * Memory: HINDSIGHT_FRONT_CACHE_BYTES (default 64 MB), least recently used first out.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pageCache = require("./next-cache-handler.cjs");

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range"];
/** Headers that belong to one connection or one encoding of the body, never replayed. */
const NOT_REPLAYED = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding", "set-cookie"]);
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  return typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
}

export function createFrontCache({ maxBytes = Number(process.env.HINDSIGHT_FRONT_CACHE_BYTES || 64 * 1024 * 1024) } = {}) {
  const entries = new Map();
  /** Address -> promise of the entry being captured from Next (null when it cannot be kept). */
  const pending = new Map();
  let bytes = 0;
  const drop = (key) => {
    const e = entries.get(key);
    if (e) {
      bytes -= e.body.length;
      entries.delete(key);
    }
  };
  // Async: on PostgreSQL the tags are read from the server (next-cache-handler.cjs).
  const fresh = async (e) => e.day === pageCache.today() && (await pageCache.latestSeq(e.tags)) <= e.seq;

  /** Records what Next writes for this request (called last, so it sees Next's own bytes and headers). */
  function capture(key, req, res, seq) {
    const { write, end } = res;
    let settle;
    const done = new Promise((resolve) => {
      settle = (entry) => {
        if (pending.get(key) === done) pending.delete(key);
        resolve(entry);
      };
    });
    pending.set(key, done);
    res.on("close", () => settle(null));
    const chunks = [];
    let size = 0;
    let keep = true;
    const take = (chunk, encoding) => {
      if (!keep) return;
      const buf = toBuffer(chunk, encoding);
      if (!buf) return;
      size += buf.length;
      if (size > MAX_ENTRY_BYTES) keep = false;
      else chunks.push(buf);
    };
    res.write = function (chunk, encoding, cb) {
      take(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      take(chunk, encoding);
      const headers = res.getHeaders();
      const control = String(headers["cache-control"] ?? "");
      const encoded = headers["content-encoding"] && headers["content-encoding"] !== "identity";
      if (keep && !encoded && res.statusCode === 200 && headers["x-nextjs-cache"] && !headers["set-cookie"] && !/private|no-store/.test(control)) {
        const stored = {};
        for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) stored[name] = value;
        const body = Buffer.concat(chunks);
        const entry = { seq, tags: pageCache.pageTags(new URL(req.url, "http://x").pathname), day: pageCache.today(), headers: stored, body };
        drop(key);
        entries.set(key, entry);
        bytes += body.length;
        while (bytes > maxBytes && entries.size > 1) drop(entries.keys().next().value);
        settle(entry);
      } else settle(null);
      return end.call(this, chunk, encoding, cb);
    };
  }

  function send(res, entry) {
    res.statusCode = 200;
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
    res.setHeader("content-length", entry.body.length);
    res.end(entry.body);
  }

  async function fromNext(key, req, res, next) {
    let seq;
    try {
      seq = await pageCache.currentSeq();
    } catch {
      // No database yet (or not migrated): Next answers, nothing is kept.
      return next();
    }
    capture(key, req, res, seq);
    next();
  }

  /** Answers from the front cache, or hands the request to `next` (Next's handler), keeping what it answers when it may. */
  return async function frontCache(req, res, next) {
    if (req.method !== "GET" || req.url.startsWith("/_next/") || req.url.startsWith("/api/") || ROUTER_HEADERS.some((h) => h in req.headers)) return next();
    // The headers depend on the address and on whether the request came over https (HSTS and the
    // policy's upgrade-insecure-requests, proxy.ts and lib/http/security-headers.ts), nothing else.
    const key = `${req.headers["x-forwarded-proto"] === "https" ? "https" : "http"} ${req.url}`;
    try {
      const hit = entries.get(key);
      if (hit && (await fresh(hit))) {
        entries.delete(key);
        entries.set(key, hit);
        return send(res, hit);
      }
      if (hit) drop(key);
    } catch {
      return next();
    }
    const inFlight = pending.get(key);
    if (!inFlight) return fromNext(key, req, res, next);
    inFlight.then(async (entry) => {
      let ok = false;
      try {
        ok = entry !== null && (await fresh(entry));
      } catch {}
      if (ok) send(res, entry);
      else fromNext(key, req, res, next);
    });
  };
}
