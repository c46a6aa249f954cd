/** sitemap.xml and robots.txt from the ledger: the reading pages and every forecast, article, person and outlet. */
import type { MetadataRoute } from "next";
import type { DB } from "@/db/client";
import { sitemapRows } from "@/db/queries/sitemap";
import { publicOrigin } from "@/lib/config/env";

const STATIC_PAGES = ["/", "/forecasts", "/articles", "/people", "/outlets", "/leaderboard", "/methods", "/api"];

export function buildSitemap(db: DB): MetadataRoute.Sitemap {
  const origin = publicOrigin();
  return [
    ...STATIC_PAGES.map((path) => ({ url: `${origin}${path}` })),
    ...sitemapRows(db).map((r) => ({ url: `${origin}${r.path}`, lastModified: new Date(r.modified) })),
  ];
}

/** Reading pages are open to crawlers; editor pages, the API and embeds are not. */
export function buildRobots(): MetadataRoute.Robots {
  const origin = publicOrigin();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/embed/", "/admin/", "/due", "/import", "/articles/new", "/login", "/signup", "/account/"] }],
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
