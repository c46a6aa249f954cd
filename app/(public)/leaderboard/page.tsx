import type { Metadata } from "next";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { DEFAULT_LEADERBOARD_OPTIONS } from "@/lib/accuracy/leaderboard-params";
import { getLeaderboard } from "@/lib/read/accuracy";
import { pageMetadata } from "@/lib/share/metadata";
import { LeaderboardView } from "./leaderboard-view";

export const metadata: Metadata = pageMetadata({
  title: "Leaderboard",
  description: "Forecasters and outlets ranked by the Brier score of their resolved forecasts, with the sample size and shrinkage toward the mean.",
  path: "/leaderboard",
});

/** Rendered once with the default settings and served from the page cache; other settings are fetched by the browser (leaderboard-view.tsx). */
export const dynamic = "force-static";
export const revalidate = 86400;

export default async function LeaderboardPage() {
  const forecasters = getLeaderboard("forecaster", DEFAULT_ACCURACY_FILTERS, DEFAULT_LEADERBOARD_OPTIONS);
  const outlets = getLeaderboard("outlet", DEFAULT_ACCURACY_FILTERS, DEFAULT_LEADERBOARD_OPTIONS);
  return (
    <>
      <h1>Leaderboard</h1>
      <LeaderboardView initial={{ forecasters, outlets }} />
    </>
  );
}
