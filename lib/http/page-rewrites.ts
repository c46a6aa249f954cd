/**
 * Rewrites in front of the page cache (next.config.ts `rewrites().beforeFiles`). The default
 * leaderboard pages are static per address (`/leaderboard`, `/leaderboard/forecasters/2`); an
 * address carrying one of the leaderboard's settings in its query goes instead to
 * `/leaderboard/custom`, rendered per request, with the board and page from the path; so do the
 * later pages of the article, people and outlet lists (`/articles?page=2` -> `/lists/articles`). Plain data,
 * no imports: next.config.ts loads it before the app's path aliases exist.
 */

/** Every query parameter the leaderboard reads (lib/accuracy/leaderboard-params.ts; a test keeps them equal). */
export const LEADERBOARD_QUERY_KEYS = ["from", "to", "topic", "language", "lowInfo", "bins", "by", "min", "k", "sort"] as const;

/** The lists whose later pages (`?page=N`) render per request at /lists/KIND (app/_components/source-lists.tsx). */
export const PAGED_LISTS = ["articles", "people", "outlets"] as const;

export function pageRewrites() {
  const lists = PAGED_LISTS.map((kind) => ({ source: `/${kind}`, has: [{ type: "query" as const, key: "page" }], destination: `/lists/${kind}` }));
  return lists.concat(
    LEADERBOARD_QUERY_KEYS.flatMap((key) => [
      { source: "/leaderboard", has: [{ type: "query" as const, key }], destination: "/leaderboard/custom" },
      {
        source: "/leaderboard/:board(forecasters|outlets)/:page(\\d+)",
        has: [{ type: "query" as const, key }],
        destination: "/leaderboard/custom?board=:board&page=:page",
      },
    ]),
  );
}
