/** Accuracy scopes as they appear in URLs: "all", "person:SLUG", "published-by:SLUG", "outlet:SLUG" or "article:SLUG". */
import type { AccuracyScope } from "@/db/queries/accuracy";
import type { LedgerReader } from "@/lib/ledger/reader";

export { SCOPE_PATTERN } from "./scope-key";

/** The scope a URL names, or null when its person, outlet or article does not exist. */
export async function resolveScope(db: LedgerReader, scope: string): Promise<AccuracyScope | null> {
  if (scope === "all") return { kind: "all" };
  const [kind, slug] = scope.split(":") as [string, string];
  if (kind === "outlet") {
    const outletId = await db.getScopeOwnerId("outlets", slug);
    return outletId === null ? null : { kind: "outlet", outletId };
  }
  if (kind === "article") {
    const articleId = await db.getScopeOwnerId("articles", slug);
    return articleId === null ? null : { kind: "article", articleId };
  }
  const personId = await db.getScopeOwnerId("people", slug);
  if (personId === null) return null;
  return kind === "person" ? { kind: "forecaster", personId } : { kind: "published-by", personId };
}
