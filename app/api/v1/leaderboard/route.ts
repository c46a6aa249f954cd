import { getDb } from "@/db/client";
import { getLeaderboardCached } from "@/db/queries/accuracy-cache";
import { parseAccuracyFilters } from "@/lib/accuracy-filters";
import { AppError, errorResponse } from "@/lib/errors";
import { leaderboardParamsSchema } from "@/lib/leaderboard-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/leaderboard?by=forecaster|outlet[&min=25&k=10&from&to&topic&language&lowInfo] */
export function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const by = params.get("by") ?? "forecaster";
    if (by !== "forecaster" && by !== "outlet") throw new AppError("bad_request", `by must be "forecaster" or "outlet", got "${by}"`, [{ field: "by", message: "expected forecaster or outlet" }]);
    const lp = leaderboardParamsSchema.safeParse({ min: params.get("min") ?? undefined, k: params.get("k") ?? undefined });
    const parsed = parseAccuracyFilters(params, ["by", "min", "k"]);
    const errors = [...(lp.success ? [] : lp.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message }))), ...(parsed.ok ? [] : parsed.errors)];
    if (errors.length || !lp.success || !parsed.ok) throw new AppError("bad_request", `Invalid query parameters: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`, errors);
    return Response.json(getLeaderboardCached(getDb(), by, parsed.filters, { minResolved: lp.data.min, k: lp.data.k }));
  } catch (err) {
    return errorResponse(err);
  }
}
