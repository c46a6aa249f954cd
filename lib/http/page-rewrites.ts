/**
 * Rewrites in front of the page cache (next.config.ts `rewrites().beforeFiles`). The default
 * leaderboard pages are static per address (`/leaderboard`, `/leaderboard/forecasters/2`); an
 * address carrying one of the leaderboard's settings in its query goes instead to
 * `/leaderboard/custom`, rendered per request, with the board and page from the path; so do the
 * later pages of the article, people and outlet lists (`/articles?page=2` -> `/lists/articles`).
 * The forecast list: `/forecasts` itself is static; `?page=N` and no other filter goes to
 * `/forecasts/pages/N`, static too, one cached address per page; an address with any filter in its
 * query goes to `/forecasts/filtered`, rendered per request. A parameter given empty (a form
 * submitted with blank fields) counts as absent, as in the filters' parser. Plain data, no
 * imports: next.config.ts loads it before the app's path aliases exist.
 */

/** Every query parameter the leaderboard reads (lib/accuracy/leaderboard-params.ts; a test keeps them equal). */
export const LEADERBOARD_QUERY_KEYS = ["from", "to", "topic", "language", "lowInfo", "bins", "by", "min", "k", "sort"] as const;

/** The lists whose later pages (`?page=N`) render per request at /lists/KIND (app/_components/source-lists.tsx). */
export const PAGED_LISTS = ["articles", "people", "outlets"] as const;

type QueryMatch = { type: "query"; key: string; value?: string };
type Rewrite = { source: string; destination: string; has: QueryMatch[]; missing?: QueryMatch[] };

export function pageRewrites(): Rewrite[] {
  return [...listAndBoardRewrites(), ...forecastListRewrites()];
}

function listAndBoardRewrites(): Rewrite[] {
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

/** Every query parameter of the list (lib/forecasts/filters.ts forecastFiltersSchema; a test keeps them equal). */
export const FORECAST_LIST_QUERY_KEYS = [
  "forecaster",
  "author",
  "outlet",
  "article",
  "status",
  "language",
  "topic",
  "event",
  "deadlineFrom",
  "deadlineTo",
  "q",
  "outcome",
  "sort",
  "scored",
  "madeFrom",
  "madeTo",
  "lowInfo",
  "page",
  "pageSize",
] as const;

function forecastListRewrites(): Rewrite[] {
  const others = FORECAST_LIST_QUERY_KEYS.filter((k) => k !== "page").map((key) => ({ type: "query" as const, key }));
  return [
    // Next's `has` matches a non-empty value only, and `missing` holds when a key is absent or empty.
    { source: "/forecasts", has: [{ type: "query" as const, key: "page", value: "(?<n>[1-9]\\d{0,6})" }], missing: others, destination: "/forecasts/pages/:n" },
    ...FORECAST_LIST_QUERY_KEYS.map((key) => ({ source: "/forecasts", has: [{ type: "query" as const, key }], destination: "/forecasts/filtered" })),
  ];
}
