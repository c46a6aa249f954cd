import { parseAccuracyFilters } from "@/lib/accuracy/filters";
import { AppError } from "@/lib/http/errors";
import { badQuery } from "@/lib/http/query-params";
import { route } from "@/lib/http/route";
import { getAccuracyView, resolveScope, SCOPE_PATTERN } from "@/lib/read/accuracy";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/accuracy?scope=all|person:SLUG|published-by:SLUG|outlet:SLUG|article:SLUG
 *   [&from=YYYY-MM-DD&to=YYYY-MM-DD&topic=SLUG&language=de|nl|en&lowInfo=1|0&bins=decile|lexicon]
 * The figures behind an accuracy page: counts, scores, calibration bins, timeline, score over time.
 */
export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const scopeParam = params.get("scope") ?? "all";
  if (!SCOPE_PATTERN.test(scopeParam))
    throw new AppError("bad_request", `scope must be "all", "person:SLUG", "published-by:SLUG", "outlet:SLUG" or "article:SLUG", got "${scopeParam}"`, [
      { field: "scope", message: "unrecognised scope" },
    ]);
  const parsed = parseAccuracyFilters(params, ["scope"]);
  if (!parsed.ok) throw badQuery(parsed.errors);
  const scope = await resolveScope(scopeParam);
  if (!scope) throw new AppError("not_found", `Nothing found for scope "${scopeParam}"`);
  return Response.json(await getAccuracyView(scope, parsed.filters));
});
