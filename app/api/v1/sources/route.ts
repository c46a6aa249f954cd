import { sourceQuerySchema } from "@/lib/forecasts/source-query";
import { queryOrThrow } from "@/lib/http/query-params";
import { route } from "@/lib/http/route";
import { matchSources } from "@/lib/read/sources";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/sources?kind=forecaster|author|outlet&q=TEXT[&limit=10]: the sources of that kind
 * whose name holds every word of q (folded as the search folds: "muller" finds "Müller"), for the
 * forecast list's filters. Names where each word starts a word first, then most forecasts first.
 */
export const GET = route(async (request) => {
  const { kind, q, limit } = queryOrThrow(sourceQuerySchema, new URL(request.url).searchParams, { allowed: Object.keys(sourceQuerySchema.shape) });
  const { items, matched } = await matchSources(kind, q, limit);
  return Response.json({ kind, q, matched, items });
});
