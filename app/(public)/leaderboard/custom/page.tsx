import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { pageNumber } from "@/app/_components/page-links";
import { pageMetadata } from "@/lib/share/metadata";
import { LeaderboardView } from "../leaderboard-view";

/**
 * The leaderboard with settings or a sort order in the query, rendered per request from the data
 * cache's rankings. Readers reach it through the same addresses as the static pages:
 * next.config.ts rewrites `/leaderboard?min=10` here, and `/leaderboard/outlets/2?sort=name`
 * with `board=outlets&page=2` added.
 */
export const metadata: Metadata = pageMetadata({
  title: "Leaderboard",
  description: "Forecasters and outlets ranked by the Brier score of their resolved forecasts, with the sample size and shrinkage toward the mean.",
  path: "/leaderboard",
});

export default async function CustomLeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const board = raw.board === undefined ? undefined : raw.board === "forecasters" || raw.board === "outlets" ? raw.board : null;
  const page = raw.page === undefined ? 1 : typeof raw.page === "string" ? pageNumber(raw.page) : null;
  if (board === null || page === null || (page > 1 && !board)) notFound();
  return <LeaderboardView raw={raw} only={board} page={page} />;
}
