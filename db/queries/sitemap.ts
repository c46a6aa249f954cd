/** The ledger's public pages for the sitemap: every forecast, article, person and outlet with its last change. */
import { sql } from "drizzle-orm";
import type { DB } from "../client";

export interface SitemapRow {
  path: string;
  /** Milliseconds since the epoch. */
  modified: number;
}

export function sitemapRows(db: DB): SitemapRow[] {
  return db.all<SitemapRow>(sql`
    select '/forecasts/' || id as path, updated_at as modified from forecasts
    union all
    select '/articles/' || a.slug, coalesce((select max(f.updated_at) from forecasts f where f.article_id = a.id), a.created_at) from articles a
    union all
    select '/people/' || p.slug, coalesce((select max(f.updated_at) from forecasts f where f.forecaster_id = p.id), p.created_at) from people p
    union all
    select '/outlets/' || o.slug, o.created_at from outlets o`);
}
