/**
 * The data cache of the read side: a value computed from the database is kept per process with
 * the tags of what it shows and the cache sequence number at which it was computed; it is served
 * until one of its tags moves (every write moves the tags of what it changed, in its own
 * transaction: db/queries/cache-tags.ts, lib/ledger/forecasts-changed.ts) or the date changes
 * (figures depend on today). Checking costs one indexed read of cache_tags, so every process on
 * the database, the command-line tools included, sees every write at once. On PostgreSQL the tags
 * are read from its cache_tags table (through the AppReader), so a write through one app instance
 * is seen by the next read through any other.
 */
import type { AppReader } from "@/lib/ledger/app-reader";
import { today } from "@/lib/vocabulary/calendar";

const MAX_ENTRIES = 2000;

interface Entry {
  seq: number;
  day: string;
  tags: readonly string[];
  value: unknown;
}

type TagSource = Pick<AppReader, "currentCacheSeq" | "latestTagSeq">;
const caches = new WeakMap<TagSource, Map<string, Entry>>();

export async function cached<T>(db: TagSource, key: string, tags: readonly string[], compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const day = today();
  const hit = cache.get(key);
  if (hit && hit.day === day && (await db.latestTagSeq(hit.tags)) <= hit.seq) {
    cache.delete(key); // recency for the LRU order
    cache.set(key, hit);
    return hit.value as T;
  }
  // The sequence number is read before computing: a write that lands meanwhile leaves the entry stale, never the reverse.
  const seq = await db.currentCacheSeq();
  const value = await compute();
  cache.set(key, { seq, day, tags, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
