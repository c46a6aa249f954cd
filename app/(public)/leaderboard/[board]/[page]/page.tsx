import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageNumber } from "@/app/_components/page-links";
import { pageMetadata } from "@/lib/share/metadata";
import type { BoardName } from "../../board";
import { LeaderboardView } from "../../leaderboard-view";

/** One table, one page (`/leaderboard/forecasters/2`), default settings: static per address like ../../page.tsx. */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ board: string; page: string }> };

function parse(board: string, page: string): { board: BoardName; page: number } | null {
  const n = pageNumber(page);
  return (board === "forecasters" || board === "outlets") && n ? { board, page: n } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const found = parse(p.board, p.page);
  if (!found) return { title: "Not found" };
  return pageMetadata({
    title: `Leaderboard: ${found.board}, page ${found.page}`,
    description: `The ${found.board} ranked by the Brier score of their resolved forecasts, page ${found.page}.`,
    path: `/leaderboard/${found.board}/${found.page}`,
  });
}

export default async function LeaderboardBoardPage({ params }: Params) {
  const p = await params;
  const found = parse(p.board, p.page);
  if (!found) notFound();
  return <LeaderboardView raw={{}} only={found.board} page={found.page} />;
}
