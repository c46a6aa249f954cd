/**
 * A page's metadata in one call: its title and description, the canonical URL, the Atom feeds
 * it announces (<link rel="alternate" type="application/atom+xml">), and the Open Graph and
 * Twitter cards with the same title and description. Relative URLs resolve against the root
 * layout's metadataBase (HINDSIGHT_PUBLIC_URL, else BETTER_AUTH_URL).
 */
import type { Metadata } from "next";

export interface FeedLink {
  title: string;
  url: string;
}

/** Every page announces the overall feeds; source pages add their own. */
export const SITE_FEEDS: FeedLink[] = [
  { title: "Hindsight: new forecasts", url: "/feeds/forecasts.atom" },
  { title: "Hindsight: forecasts coming due", url: "/feeds/due.atom" },
  { title: "Hindsight: resolved forecasts", url: "/feeds/resolved.atom" },
];

export interface PageMeta {
  title: string;
  description: string;
  /** The page's path without query (its canonical URL). */
  path: string;
  feeds?: FeedLink[];
  /** "article" for a forecast or an article page, "profile" for a person; "website" otherwise. */
  type?: "website" | "article" | "profile";
  /** Pages not meant for search engines (editor pages). */
  noindex?: boolean;
}

/** Descriptions stay under what cards show (about 200 characters), cut at a word. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 30))}…`;
}

export function pageMetadata(m: PageMeta): Metadata {
  const description = clip(m.description);
  return {
    title: m.title,
    description,
    alternates: {
      canonical: m.path,
      types: { "application/atom+xml": [...(m.feeds ?? []), ...SITE_FEEDS] },
    },
    openGraph: { title: m.title, description, url: m.path, siteName: "Hindsight", type: m.type ?? "website" },
    twitter: { card: "summary_large_image", title: m.title, description },
    ...(m.noindex ? { robots: { index: false, follow: false } } : {}),
  };
}
