/**
 * The search index kept in bulk: after writes made with its triggers off (db/queries/bulk.ts),
 * the whole index is rebuilt from the forecasts in one statement. The one place a bulk write
 * touches the search index.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../client";
import type { Tx } from "../tx";

export function rebuildSearchIndex(db: Tx | DB) {
  db.run(sql`insert into forecasts_fts (forecasts_fts) values ('rebuild')`);
}
