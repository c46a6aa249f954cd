import type { Metadata } from "next";
import { pageMetadata } from "@/lib/share/metadata";
import { LeaderboardView } from "./leaderboard-view";

/**
 * Both tables with the default settings, first page each: rendered on first request and served from
 * the page cache until a write changes it (lib/cache/next-cache-handler.cjs). Settings and sort
 * orders in the query are rewritten to ./custom (next.config.ts).
 */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Leaderboard",
  description: "Forecasters and outlets ranked by the Brier score of their resolved forecasts, with the sample size and shrinkage toward the mean.",
  path: "/leaderboard",
});

export default function LeaderboardPage() {
  return <LeaderboardView raw={{}} page={1} />;
}
