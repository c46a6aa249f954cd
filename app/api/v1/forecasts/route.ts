import { getDb } from "@/db/client";
import { listForecasts } from "@/db/queries/forecasts";
import { AppError, errorResponse } from "@/lib/errors";
import { parseForecastFilters } from "@/lib/forecast-filters";

export const dynamic = "force-dynamic";

/** GET /api/v1/forecasts: the forecast list with the list page's filters, paginated. */
export function GET(request: Request) {
  try {
    const parsed = parseForecastFilters(new URL(request.url).searchParams);
    if (!parsed.ok) {
      throw new AppError("bad_request", `Invalid query parameters: ${parsed.errors.map((e) => `${e.param}: ${e.message}`).join("; ")}`, parsed.errors.map((e) => ({ field: e.param, message: e.message })));
    }
    return Response.json(listForecasts(getDb(), parsed.filters));
  } catch (err) {
    return errorResponse(err);
  }
}
