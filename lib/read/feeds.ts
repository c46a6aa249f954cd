/** The Atom feeds, on the app's SQLite database (lib/feeds/); not yet on PostgreSQL (501). */
import { getDb } from "@/db/client";
import { type OverallFeed, overallFeed as overall, type SourceKind, sourceFeed as source } from "@/lib/feeds/feeds";
import { requireSqliteFor } from "@/lib/ledger/engine";

export type { OverallFeed, SourceKind } from "@/lib/feeds/feeds";

const MISSING = "the feed queries (db/queries/feeds.ts) have no PostgreSQL twin";

export async function overallFeed(which: OverallFeed): Promise<string> {
  requireSqliteFor("the Atom feeds", MISSING);
  return overall(getDb(), which);
}

export async function sourceFeed(kind: SourceKind, slug: string): Promise<string | null> {
  requireSqliteFor("the Atom feeds", MISSING);
  return source(getDb(), kind, slug);
}
