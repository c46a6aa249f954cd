/** Accuracy scopes as they appear in URLs: "all", "person:SLUG", "published-by:SLUG" or "outlet:SLUG". */
import type { DB } from "@/db/client";
import { type AccuracyScope, getScopeOwnerId } from "@/db/queries/accuracy";

export const SCOPE_PATTERN = /^(all|(person|published-by|outlet):[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The scope a URL names, or null when its person or outlet does not exist. */
export function resolveScope(db: DB, scope: string): AccuracyScope | null {
  if (scope === "all") return { kind: "all" };
  const [kind, slug] = scope.split(":") as [string, string];
  if (kind === "outlet") {
    const outletId = getScopeOwnerId(db, "outlets", slug);
    return outletId === null ? null : { kind: "outlet", outletId };
  }
  const personId = getScopeOwnerId(db, "people", slug);
  if (personId === null) return null;
  return kind === "person" ? { kind: "forecaster", personId } : { kind: "published-by", personId };
}
