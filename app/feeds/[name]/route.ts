import { atomResponse } from "@/lib/feeds/response";
import { route, segment } from "@/lib/http/route";
import { type OverallFeed, overallFeed } from "@/lib/read/feeds";

export const dynamic = "force-dynamic";

const FEEDS: Record<string, OverallFeed> = { "forecasts.atom": "forecasts", "due.atom": "due", "resolved.atom": "resolved" };

/** GET /feeds/forecasts.atom, /feeds/due.atom, /feeds/resolved.atom: the overall Atom feeds. */
export const GET = route(async (_request, ctx: { params: Promise<{ name: string }> }) => {
  const name = await segment(ctx, "name");
  const which = Object.hasOwn(FEEDS, name) ? FEEDS[name] : undefined;
  return atomResponse(which ? await overallFeed(which) : null, `feed called ${name}`);
});
