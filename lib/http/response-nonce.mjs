/**
 * A fresh Content-Security-Policy nonce on every response, cached pages included (used by
 * server.mjs; plain JavaScript because server.mjs runs before any bundling).
 *
 * Why: the reading pages are rendered once and served from the page cache to everyone
 * (lib/cache/next-cache-handler.cjs), and Next.js writes the nonce it finds in the request's
 * policy onto its scripts at render time. So the proxy (proxy.ts) renders every page with one
 * secret stand-in nonce, made at random when the process starts and never sent to anyone: on
 * the way out, this module replaces it, in the policy header and in the HTML and RSC bodies,
 * with a nonce made for this response. Content stored in the ledger cannot carry a valid nonce,
 * since the stand-in is unknown outside the process and every response's nonce is new.
 *
 * The nonce has the stand-in's length, so a Content-Length stays true. A 304 answer carries no
 * policy: the browser keeps the page it stored together with the policy stored with it.
 */
import { randomFillSync } from "node:crypto";

const NONCE_BYTES = 18; // 24 base64 characters, no padding

// Random bytes for 256 nonces are drawn at once from the system's generator (one call costs about
// as much as 256 small ones), and each slice is used for one nonce only.
const pool = Buffer.alloc(NONCE_BYTES * 256);
let used = pool.length;

export function newNonce() {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += NONCE_BYTES;
  return pool.toString("base64", used - NONCE_BYTES, used);
}

/** The secret stand-in nonce every page is rendered with; proxy.ts reads it from here. */
export const STAND_IN_KEY = Symbol.for("hindsight.csp-stand-in-nonce");

export function installStandIn() {
  globalThis[STAND_IN_KEY] ??= newNonce();
  return globalThis[STAND_IN_KEY];
}

/**
 * Replaces `from` by `to` (the same length) in a body that arrives in chunks split anywhere: an
 * end of a chunk that could be the start of `from` is held back until the next chunk or the end. Chunks are
 * never changed in place (they may be the page cache's own buffer).
 */
export function createReplacer(from, to) {
  const needle = Buffer.from(from);
  const replacement = Buffer.from(to);
  if (needle.length !== replacement.length || needle.length === 0) throw new Error("the nonce and its stand-in must have one length");
  const hold = needle.length - 1;
  let carry = Buffer.alloc(0);
  const replaceAll = (buf) => {
    let at = buf.indexOf(needle);
    if (at < 0) return buf;
    const out = Buffer.from(buf);
    while (at >= 0) {
      replacement.copy(out, at);
      at = out.indexOf(needle, at + needle.length);
    }
    return out;
  };
  /** How many bytes at the end of `buf` could begin the stand-in (held back; a streamed page is otherwise sent as it comes). */
  const partialMatchAtEnd = (buf) => {
    for (let keep = Math.min(hold, buf.length); keep > 0; keep--) {
      if (buf.subarray(buf.length - keep).equals(needle.subarray(0, keep))) return keep;
    }
    return 0;
  };
  return {
    /** Bytes ready to send for this chunk. */
    push(chunk) {
      const buf = replaceAll(carry.length ? Buffer.concat([carry, chunk]) : chunk);
      const keep = partialMatchAtEnd(buf);
      carry = Buffer.from(buf.subarray(buf.length - keep));
      return buf.subarray(0, buf.length - keep);
    },
    /** What is still held back. */
    end() {
      const rest = carry;
      carry = Buffer.alloc(0);
      return rest;
    },
  };
}

const REWRITTEN_TYPES = /^text\/(html|x-component)\b/i;

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return Buffer.alloc(0);
  return Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
}

/**
 * Gives this response its own nonce: wraps res.writeHead, res.write and res.end (whatever wraps
 * them later, such as Next's handler, goes through these). Call before handing res to Next.
 */
export function freshNonceFor(req, res, standIn) {
  const nonce = newNonce();
  const { writeHead, write, end } = res;
  let decided = false;
  let replacer = null;
  const decide = (headArgs) => {
    if (decided) return;
    decided = true;
    const status = typeof headArgs?.[0] === "number" ? headArgs[0] : res.statusCode;
    const given = headArgs?.find((a) => a && typeof a === "object" && !Array.isArray(a));
    for (const name of Object.keys(given ?? {})) {
      if (name.toLowerCase() === "content-security-policy") {
        if (status === 304) delete given[name];
        else given[name] = String(given[name]).replaceAll(standIn, nonce);
      }
    }
    const policy = res.getHeader("content-security-policy");
    if (status === 304) res.removeHeader("content-security-policy");
    else if (typeof policy === "string") res.setHeader("content-security-policy", policy.replaceAll(standIn, nonce));
    const type = String(res.getHeader("content-type") ?? Object.entries(given ?? {}).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "");
    if (req.method !== "HEAD" && REWRITTEN_TYPES.test(type)) replacer = createReplacer(standIn, nonce);
  };
  res.writeHead = function (...args) {
    decide(args);
    return writeHead.apply(this, args);
  };
  res.write = function (chunk, encoding, cb) {
    decide();
    if (!replacer) return write.call(this, chunk, encoding, cb);
    const done = typeof encoding === "function" ? encoding : cb;
    return write.call(this, replacer.push(toBuffer(chunk, encoding)), done);
  };
  res.end = function (chunk, encoding, cb) {
    decide();
    if (!replacer) return end.call(this, chunk, encoding, cb);
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : cb;
    const last = replacer.push(toBuffer(chunk, encoding));
    return end.call(this, Buffer.concat([last, replacer.end()]), done);
  };
}
