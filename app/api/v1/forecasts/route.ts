import { parseForecastFilters } from "@/lib/forecasts/filters";
import { badQuery } from "@/lib/http/query-params";
import { route } from "@/lib/http/route";
import { listForecasts } from "@/lib/read/ledger";

export const dynamic = "force-dynamic";

/** GET /api/v1/forecasts: the forecast list with the list page's filters, paginated. */
export const GET = route(async (request) => {
  const parsed = parseForecastFilters(new URL(request.url).searchParams);
  if (!parsed.ok) throw badQuery(parsed.errors);
  return Response.json(await listForecasts(parsed.filters));
});
