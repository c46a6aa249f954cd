/**
 * Slugs for new articles, people, outlets, topics and events: lower-case ASCII words joined by
 * hyphens ("Dmitri Peskow" -> "dmitri-peskow", "Königsberg" -> "koenigsberg"), unique in their
 * table by a numeric suffix.
 */
const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "ae", Ö: "oe", Ü: "ue", ß: "ss" };

/** Slugs that name pages of their own (/articles/new) and so cannot be record slugs. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["new", "import", "edit"]);

export function slugify(text: string, maxLength = 80): string {
  const ascii = text
    .replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at a word boundary so the slug stays readable.
  const cut = ascii.length <= maxLength ? ascii : ascii.slice(0, maxLength).replace(/-[^-]*$/, "");
  return cut || "untitled";
}

/** `base`, or `base-2`, `base-3`, ...: the first that is neither taken nor reserved. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base) && !RESERVED_SLUGS.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** A readable name for a topic given only as a slug ("nuclear-weapons" -> "Nuclear weapons"). */
export function nameFromSlug(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
