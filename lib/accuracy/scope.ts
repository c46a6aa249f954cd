/** Accuracy scopes as they appear in URLs: "all", "person:SLUG", "published-by:SLUG", "outlet:SLUG" or "article:SLUG". */
import type { DB } from "@/db/client";
import { type AccuracyScope, getScopeOwnerId } from "@/db/queries/accuracy";

export { SCOPE_PATTERN } from "./scope-key";

/** The scope a URL names, or null when its person, outlet or article does not exist. */
export function resolveScope(db: DB, scope: string): AccuracyScope | null {
  if (scope === "all") return { kind: "all" };
  const [kind, slug] = scope.split(":") as [string, string];
  if (kind === "outlet") {
    const outletId = getScopeOwnerId(db, "outlets", slug);
    return outletId === null ? null : { kind: "outlet", outletId };
  }
  if (kind === "article") {
    const articleId = getScopeOwnerId(db, "articles", slug);
    return articleId === null ? null : { kind: "article", articleId };
  }
  const personId = getScopeOwnerId(db, "people", slug);
  if (personId === null) return null;
  return kind === "person" ? { kind: "forecaster", personId } : { kind: "published-by", personId };
}
