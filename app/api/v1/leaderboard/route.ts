import { parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import { badQuery } from "@/lib/http/query-params";
import { route } from "@/lib/http/route";
import { getLeaderboard } from "@/lib/read/accuracy";

export const dynamic = "force-dynamic";

/** GET /api/v1/leaderboard?by=forecaster|outlet[&min=25&k=10&from&to&topic&language&lowInfo] */
export const GET = route(async (request) => {
  const parsed = parseLeaderboardQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw badQuery(parsed.errors);
  const { by, filters, options } = parsed.data;
  return Response.json(await getLeaderboard(by, filters, options));
});
