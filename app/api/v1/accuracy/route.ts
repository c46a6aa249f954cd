import { getDb } from "@/db/client";
import { resolveScope, SCOPE_PATTERN } from "@/db/queries/accuracy";
import { getAccuracyViewCached } from "@/db/queries/accuracy-cache";
import { parseAccuracyFilters } from "@/lib/accuracy-filters";
import { AppError, errorResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/accuracy?scope=all|person:SLUG|published-by:SLUG|outlet:SLUG
 *   [&from=YYYY-MM-DD&to=YYYY-MM-DD&topic=SLUG&language=de|nl|en&lowInfo=1|0&bins=decile|lexicon]
 * The figures behind an accuracy page: counts, scores, calibration bins, timeline, score over time.
 */
export function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const scopeParam = params.get("scope") ?? "all";
    if (!SCOPE_PATTERN.test(scopeParam)) throw new AppError("bad_request", `scope must be "all", "person:SLUG", "published-by:SLUG" or "outlet:SLUG", got "${scopeParam}"`, [{ field: "scope", message: "unrecognised scope" }]);
    const parsed = parseAccuracyFilters(params, ["scope"]);
    if (!parsed.ok) throw new AppError("bad_request", `Invalid query parameters: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`, parsed.errors);
    const db = getDb();
    const scope = resolveScope(db, scopeParam);
    if (!scope) throw new AppError("not_found", `Nothing found for scope "${scopeParam}"`);
    return Response.json(getAccuracyViewCached(db, scope, parsed.filters));
  } catch (err) {
    return errorResponse(err);
  }
}
