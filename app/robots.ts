import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { buildRobots } from "@/lib/share/sitemap";

/** /robots.txt: reading pages open, editor pages, the API and embeds closed; points at the sitemap. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return buildRobots();
}
