import { atomResponse } from "@/lib/feeds/response";
import { route, segment } from "@/lib/http/route";
import { sourceFeed } from "@/lib/read/feeds";

export const dynamic = "force-dynamic";

/** GET /people/:slug/feed.atom: this source's forecasts as they are added and resolved; 404 for an unknown slug. */
export const GET = route(async (_request, ctx: { params: Promise<{ slug: string }> }) => {
  const slug = await segment(ctx, "slug");
  return atomResponse(await sourceFeed("people", slug), `person "${slug}"`);
});
