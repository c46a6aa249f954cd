/** sitemap.xml and robots.txt from the ledger: the reading pages and every forecast, article, person and outlet. */
import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/config/env";
import type { AppReader } from "@/lib/ledger/app-reader";

const STATIC_PAGES = ["/", "/forecasts", "/articles", "/people", "/outlets", "/leaderboard", "/methods", "/api"];

export async function buildSitemap(db: AppReader): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin();
  return [
    ...STATIC_PAGES.map((path) => ({ url: `${origin}${path}` })),
    ...(await db.sitemapRows()).map((r) => ({ url: `${origin}${r.path}`, lastModified: new Date(r.modified) })),
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
