/**
 * Rewrites in front of the page cache (next.config.ts `rewrites().beforeFiles`). The default
 * leaderboard pages are static per address (`/leaderboard`, `/leaderboard/forecasters/2`); an
 * address carrying one of the leaderboard's settings in its query goes instead to
 * `/leaderboard/custom`, rendered per request, with the board and page from the path. Plain data,
 * no imports: next.config.ts loads it before the app's path aliases exist.
 */

/** Every query parameter the leaderboard reads (lib/accuracy/leaderboard-params.ts; a test keeps them equal). */
export const LEADERBOARD_QUERY_KEYS = ["from", "to", "topic", "language", "lowInfo", "bins", "by", "min", "k", "sort"] as const;

export function pageRewrites() {
  return LEADERBOARD_QUERY_KEYS.flatMap((key) => [
    { source: "/leaderboard", has: [{ type: "query" as const, key }], destination: "/leaderboard/custom" },
    {
      source: "/leaderboard/:board(forecasters|outlets)/:page(\\d+)",
      has: [{ type: "query" as const, key }],
      destination: "/leaderboard/custom?board=:board&page=:page",
    },
  ]);
}
