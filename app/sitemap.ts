import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { buildSitemap } from "@/lib/read/share";

/** /sitemap.xml: the reading pages and every forecast, article, person and outlet in the ledger. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return await buildSitemap();
}
