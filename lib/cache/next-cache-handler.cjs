/**
 * Next.js's page cache handler (next.config.ts `cacheHandler`): the reading pages are rendered
 * once and served from this process's memory until a write changes what they show.
 *
 * Invalidation does not travel through Next's in-process tag state: every write moves the tags
 * of what it changed in the database's cache_tags table, in its own transaction
 * (lib/ledger/forecasts-changed.ts), whichever process made it (another server, npm run import,
 * db:setup). On every read this handler compares the page's tags (pageTags below: the page's
 * path says what it shows) with the sequence number the page was rendered at, in one indexed
 * query, so a page is never served after a write that changed it, in any process. Pages also
 * expire at the turn of the UTC day (figures depend on today) and are never served from before
 * this process started (the build's prerenders may come from another database).
 *
 * On PostgreSQL (a postgres:// DATABASE_URL) the tags are read from the server's cache_tags table,
 * which every instance's writes move, so invalidation reaches every instance without a broadcast.
 *
 * Plain CommonJS because Next loads it as is. The SQL mirrors db/queries/cache-tags.ts (and
 * db/pg/queries/cache-tags.ts).
 */
const Database = require("better-sqlite3");

const MAX_BYTES = Number(process.env.HINDSIGHT_PAGE_CACHE_BYTES || 256 * 1024 * 1024);
const STARTED = Date.now();

const databaseUrl = () => process.env.DATABASE_URL || "file:./data/hindsight.db";
const onPostgres = () => /^postgres(ql)?:\/\//i.test(databaseUrl());

function databaseFile() {
  const url = databaseUrl();
  return url.startsWith("file:") ? url.slice("file:".length).replace(/^\/\/(?=\/)/, "") : url;
}

/**
 * SQLite: the ledger's file, read-only, prepared statements per tag count. Every reading request
 * asks, so answers are remembered until the database changes: `PRAGMA data_version` moves when any
 * other connection (this process's writer, another process) has committed since this connection
 * last asked, and this connection only reads. Asking it reads SQLite's shared-memory header, a
 * few microseconds; the tag query it saves took ~40.
 */
function sqliteTags() {
  const db = new Database(databaseFile(), { readonly: true, fileMustExist: true, timeout: 2000 });
  const version = db.prepare("pragma data_version").pluck();
  const current = db.prepare("select seq from cache_tags where tag = ''");
  const latest = new Map();
  let seen = null;
  const known = new Map();
  const remembered = (key, read) => {
    const v = version.get();
    if (v !== seen || known.size > 10000) {
      seen = v;
      known.clear();
    }
    let seq = known.get(key);
    if (seq === undefined) {
      seq = read();
      known.set(key, seq);
    }
    return seq;
  };
  return {
    current: async () => remembered("", () => current.get()?.seq ?? 0),
    latest: async (tags) => {
      if (!tags.length) return 0;
      if (!latest.has(tags.length))
        latest.set(tags.length, db.prepare(`select max(seq) as seq from cache_tags where tag in (${Array(tags.length).fill("?").join(", ")})`));
      return remembered(`\u0000${tags.join("\u0000")}`, () => latest.get(tags.length).get(...tags)?.seq ?? 0);
    },
  };
}

/**
 * PostgreSQL: the same table on the shared server, through a small pool of this process's own, so
 * a write through any instance (its transaction moved the tags) is seen by the next read here.
 *
 * Under a crowd every cached read asks, and each question is a round trip. So the questions are
 * asked in batches: a read joins the next query to start (never one already under way, which
 * could have missed a write completed before the read arrived), which asks for every tag its
 * readers want at once; while one query is out, the next batch gathers. A reader waits at most
 * two round trips, and the server sees about one query per round trip, however many readers.
 */
function postgresTags() {
  const { Pool } = require("pg");
  const pool = new Pool({ connectionString: databaseUrl(), max: Number(process.env.HINDSIGHT_PAGE_CACHE_PG_POOL_MAX || 2), connectionTimeoutMillis: 2000 });
  pool.on("error", () => {});
  const latest = batchedTags(async (tags) => {
    // A named statement: each pooled connection parses and plans it once, not on every question.
    const { rows } = await pool.query({ name: "hindsight-cache-tags", text: "select tag, seq from cache_tags where tag = any($1::text[])", values: [tags] });
    return new Map(rows.map((r) => [r.tag, Number(r.seq)]));
  });
  return { current: () => latest([""]), latest };
}

/**
 * `latest(tags)` through `query(tags) -> Map(tag -> seq)`, in batches: a call joins the next
 * query to start, never one under way, and one query is out at a time.
 */
function batchedTags(query) {
  let next = null; // what the next query asks for: { tags: Set, waiters: [{ tags, resolve, reject }] }
  let asking = false;
  async function ask() {
    asking = true;
    while (next) {
      const batch = next;
      next = null;
      try {
        const seq = await query([...batch.tags]);
        for (const w of batch.waiters) w.resolve(w.tags.reduce((a, t) => Math.max(a, seq.get(t) ?? 0), 0));
      } catch (err) {
        for (const w of batch.waiters) w.reject(err);
      }
    }
    asking = false;
  }
  return (tags) =>
    tags.length
      ? new Promise((resolve, reject) => {
          next ??= { tags: new Set(), waiters: [] };
          for (const t of tags) next.tags.add(t);
          next.waiters.push({ tags, resolve, reject });
          if (!asking) ask();
        })
      : Promise.resolve(0);
}

let tagSource = null;
function sql() {
  // `next build` prerenders from an empty in-memory ledger: nothing it renders is ever served (STARTED), so it asks no database.
  if (process.env.NEXT_PHASE === "phase-production-build") throw new Error("no cache during the build");
  tagSource ??= onPostgres() ? postgresTags() : sqliteTags();
  return tagSource;
}
const latestSeq = (tags) => sql().latest(tags);
const currentSeq = () => sql().current();

/** What each reading page shows, by its path (kept in step with the tags bumpForecastTags writes). */
function pageTags(key) {
  const at = key.lastIndexOf("/$");
  const path = at >= 0 ? key.slice(at + 2) || "/" : key;
  let m = path.match(/^\/forecasts\/(\d+)(?:\.rsc)?$/);
  if (m) return [`forecast:${m[1]}`];
  m = path.match(/^\/people\/([^/.]+)/);
  if (m) return [`person:${m[1]}`, "topics"];
  m = path.match(/^\/outlets\/([^/.]+)/);
  if (m) return [`outlet:${m[1]}`, "topics"];
  m = path.match(/^\/articles\/([^/.]+)/);
  if (m) return [`article:${m[1]}`];
  if (/^\/methods/.test(path)) return [];
  return ["ledger"];
}

/** Today's UTC date (YYYY-MM-DD), asked on every cached read: made again only when the day turns. */
let day = { text: "", ends: 0 };
function today() {
  const now = Date.now();
  if (now >= day.ends) {
    const text = new Date(now).toISOString().slice(0, 10);
    day = { text, ends: Date.parse(`${text}T00:00:00Z`) + 86_400_000 };
  }
  return day.text;
}

/** Roughly the bytes an entry holds (HTML, RSC payload, segments, a route's body). */
function sizeOf(data) {
  let n = 1024;
  const len = (v) => (v && typeof v.length === "number" ? v.length : 0);
  n += len(data.html) + len(data.rscData) + len(data.body);
  if (data.segmentData && typeof data.segmentData.values === "function") for (const v of data.segmentData.values()) n += len(v);
  return n;
}

// Next creates a handler per request: the entries live in the module, shared by all of them.
const store = { entries: new Map(), pending: new Map(), bytes: 0 };

class HindsightPageCache {
  get entries() {
    return store.entries;
  }
  get pending() {
    return store.pending;
  }
  get bytes() {
    return store.bytes;
  }
  set bytes(n) {
    store.bytes = n;
  }

  async get(key) {
    const hit = this.entries.get(key);
    try {
      if (hit && hit.day === today() && hit.lastModified >= STARTED && (await latestSeq(hit.tags)) <= hit.seq) {
        this.entries.delete(key);
        this.entries.set(key, hit);
        return { lastModified: hit.lastModified, value: hit.value };
      }
      // A miss: remember the sequence number before the page renders, for the entry it will store.
      this.pending.set(key, await currentSeq());
    } catch {
      // No database yet (or not migrated): never serve from cache.
      this.pending.delete(key);
    }
    if (hit) this.drop(key);
    return null;
  }

  async set(key, data) {
    const seq = this.pending.get(key);
    this.pending.delete(key);
    if (data === null || seq === undefined) return;
    const entry = { value: data, lastModified: Date.now(), seq, day: today(), tags: pageTags(key), bytes: sizeOf(data) };
    this.drop(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    while (this.bytes > MAX_BYTES && this.entries.size > 1) this.drop(this.entries.keys().next().value);
  }

  drop(key) {
    const e = this.entries.get(key);
    if (e) {
      this.bytes -= e.bytes;
      this.entries.delete(key);
    }
  }

  /** revalidateTag / revalidatePath in this process: the database's tags already say it; clear what the path names. */
  async revalidateTag() {}

  resetRequestCache() {}
}

module.exports = HindsightPageCache;
module.exports.pageTags = pageTags;
// For the front cache in server.mjs (lib/cache/front-cache.mjs): the same checks on the same database.
module.exports.currentSeq = currentSeq;
module.exports.latestSeq = latestSeq;
module.exports.today = today;
module.exports.batchedTags = batchedTags;
