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
 * without Set-Cookie that Next marked as from its page cache.
 *
 * Headers and bytes are stored as Next wrote them, before server.mjs's response wrappers (CSP
 * nonce, compression). The page is cut at its stand-in nonces and compressed once
 * (lib/http/nonce-gzip.mjs); every answer from here gets a nonce of its own, in the policy header
 * and in the page, gzip-compressed when the client accepts it, without compressing per response.
 *
 * The build's static files under /_next/static/ (named by their content, marked immutable) are
 * kept too, so they are compressed once rather than per request.
 *
 * Requests for an address whose answer Next is still rendering wait for that answer instead of
 * each going through Next, and take it when it is at least as new as the database was when they
 * arrived (see `answer`).
 *
 * Memory: HINDSIGHT_FRONT_CACHE_BYTES (default 64 MB), least recently used first out.
 */
import { createRequire } from "node:module";
import Negotiator from "negotiator";
import { compressPieces, cutAt, gzipJoined, joined } from "../http/nonce-gzip.mjs";
import { newNonce } from "../http/response-nonce.mjs";

const require = createRequire(import.meta.url);
const pageCache = require("./next-cache-handler.cjs");

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range"];
/** Headers that belong to one connection or one encoding of the body, never replayed. */
const NOT_REPLAYED = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding", "set-cookie"]);
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/** The build's static files (scripts, styles, fonts): their names change with their content. */
const isBuildFile = (url) => url.startsWith("/_next/static/") && !url.includes("?");

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  return typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
}

/**
 * `standIn`: the stand-in nonce pages are rendered with (server.mjs), replaced per answer; none in
 * tests of the cache alone. The returned handler calls `next(keep)` when Next must answer; `keep`
 * (when the answer may be kept) must be called once the response wrappers are in place, right
 * before Next's handler, so it sees Next's own bytes.
 */
export function createFrontCache({ maxBytes = Number(process.env.HINDSIGHT_FRONT_CACHE_BYTES || 64 * 1024 * 1024), standIn = "" } = {}) {
  const entries = new Map();
  /** Address -> promise of the entry being captured from Next (null when it cannot be kept). */
  const pending = new Map();
  let bytes = 0;
  const drop = (key) => {
    const e = entries.get(key);
    if (e) {
      bytes -= e.size;
      entries.delete(key);
    }
  };
  // Async: on PostgreSQL the tags are read from the server (next-cache-handler.cjs).
  // Build files (/_next/static/, named by their content and marked immutable) never change.
  const fresh = async (e) => e.immutable || (e.day === pageCache.today() && (await pageCache.latestSeq(e.tags)) <= e.seq);

  /** A render by Next for this address begins: readers arriving meanwhile wait for it. Returns what settles it. */
  function begin(key) {
    let settle;
    const done = new Promise((resolve) => {
      settle = (entry) => {
        if (pending.get(key) === done) pending.delete(key);
        resolve(entry);
      };
    });
    pending.set(key, done);
    return settle;
  }

  /** Records what Next writes for this request (called last, so it sees Next's own bytes and headers). */
  function capture(key, req, res, seq, settle) {
    // A reader who left while waiting (a crowd's connections closing): its 'close' has passed,
    // and Next may never end its answer, so nothing would settle what others wait for.
    if (res.destroyed || res.writableEnded || req.socket.destroyed) return settle(null);
    const { write, end } = res;
    res.on("close", () => settle(null));
    const chunks = [];
    let size = 0;
    let keep = true;
    // Whether Next encoded the answer, seen before its first bytes go down: then server.mjs's
    // compression has not yet set its own Content-Encoding (it does as the headers go out).
    let encodedByNext = null;
    const look = () => {
      if (encodedByNext !== null) return;
      const e = res.getHeader("content-encoding");
      encodedByNext = Boolean(e) && e !== "identity";
    };
    const take = (chunk, encoding) => {
      look();
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
      look();
      const encoded = encodedByNext;
      const immutable = isBuildFile(req.url) && /\bimmutable\b/.test(control);
      const cacheable = immutable || (headers["x-nextjs-cache"] && !/private|no-store/.test(control));
      if (keep && cacheable && !encoded && res.statusCode === 200 && !headers["set-cookie"]) {
        const stored = {};
        for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) stored[name] = value;
        const body = Buffer.concat(chunks);
        const pieces = cutAt(body, standIn);
        const tags = immutable ? [] : pageCache.pageTags(new URL(req.url, "http://x").pathname);
        const entry = { key, immutable, seq, tags, day: pageCache.today(), headers: stored, pieces, gzip: null, size: body.length };
        drop(key);
        entries.set(key, entry);
        bytes += entry.size;
        while (bytes > maxBytes && entries.size > 1) drop(entries.keys().next().value);
        settle(entry);
      } else settle(null);
      return end.call(this, chunk, encoding, cb);
    };
  }

  /** The kept answer with a nonce of its own; gzip-compressed (from the pieces compressed once) when the client accepts it. */
  function send(req, res, entry) {
    const nonce = standIn ? newNonce() : "";
    res.statusCode = 200;
    for (const [name, value] of Object.entries(entry.headers)) {
      res.setHeader(name, name === "content-security-policy" && standIn ? String(value).replaceAll(standIn, nonce) : value);
    }
    const vary = String(entry.headers.vary ?? "");
    res.setHeader("vary", /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    let body;
    const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/.test(String(entry.headers["content-type"] ?? ""));
    if (compressible && new Negotiator(req).encoding(["gzip", "identity"]) === "gzip") {
      if (!entry.gzip) {
        entry.gzip = compressPieces(entry.pieces, Buffer.byteLength(standIn));
        entry.size += entry.gzip.bytes;
        if (entries.get(entry.key) === entry) bytes += entry.gzip.bytes;
      }
      body = gzipJoined(entry.gzip, nonce);
      res.setHeader("content-encoding", "gzip");
    } else body = joined(entry.pieces, nonce);
    res.setHeader("content-length", body.length);
    res.end(body);
  }

  async function fromNext(key, req, res, next) {
    const settle = begin(key); // at once, so that readers arriving from now on wait for this render
    let seq;
    try {
      seq = await pageCache.currentSeq();
    } catch {
      // No database yet (or not migrated): Next answers, nothing is kept.
      settle(null);
      return next();
    }
    next(() => capture(key, req, res, seq, settle));
  }

  /**
   * Sends a kept answer at least as new as the database was when this reader arrived (`arrival`:
   * the page's latest tag number then), waiting for a render under way when there is one; else
   * Next renders. A render that began before a write this reader could have seen is not enough:
   * the reader waits for the next one (which one reader starts and the others join).
   */
  async function answer(key, req, res, next, arrival) {
    const hit = entries.get(key);
    if (hit && (await fresh(hit))) {
      entries.delete(key);
      entries.set(key, hit);
      return send(req, res, hit);
    }
    if (hit && entries.get(key) === hit) drop(key);
    const inFlight = pending.get(key);
    if (!inFlight) return fromNext(key, req, res, next);
    arrival ??= isBuildFile(req.url) ? 0 : await pageCache.latestSeq(pageCache.pageTags(new URL(req.url, "http://x").pathname));
    const entry = await inFlight;
    // Not kept (not a page from the page cache, or the render failed): Next answers this reader.
    if (entry === null) return fromNext(key, req, res, next);
    if (entry.immutable || (entry.day === pageCache.today() && entry.seq >= arrival)) return send(req, res, entry);
    return answer(key, req, res, next, arrival);
  }

  /** Answers from the front cache, or hands the request to `next` (Next's handler), keeping what it answers when it may. */
  return async function frontCache(req, res, next) {
    if (
      req.method !== "GET" ||
      (req.url.startsWith("/_next/") && !isBuildFile(req.url)) ||
      req.url.startsWith("/api/") ||
      ROUTER_HEADERS.some((h) => h in req.headers)
    )
      return next();
    // The headers depend on the address and on whether the request came over https (HSTS and the
    // policy's upgrade-insecure-requests, proxy.ts and lib/http/security-headers.ts), nothing else.
    const key = `${req.headers["x-forwarded-proto"] === "https" ? "https" : "http"} ${req.url}`;
    let handed = false;
    const toNext = (keep) => {
      if (handed) return;
      handed = true;
      next(keep);
    };
    try {
      await answer(key, req, res, toNext);
    } catch {
      // The cache tags could not be read: Next answers (and reports what is wrong).
      if (!res.headersSent) toNext();
    }
  };
}
