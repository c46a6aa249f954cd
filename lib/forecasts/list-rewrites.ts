/**
 * How an address of the forecast list reaches its page (next.config.ts `rewrites().beforeFiles`):
 * `/forecasts` itself is static (served from the page cache between writes); `?page=N` and no other
 * filter goes to `/forecasts/pages/N`, static too, one cached address per page; an address with
 * any filter in its query goes to `/forecasts/filtered`, rendered per request. A parameter given
 * empty (a form submitted with blank fields) counts as absent, as in the filters' parser.
 * Plain data, no imports: next.config.ts loads it before the app's path aliases exist.
 */

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

export function forecastListRewrites() {
  const others = FORECAST_LIST_QUERY_KEYS.filter((k) => k !== "page").map((key) => ({ type: "query" as const, key }));
  return [
    // Next's `has` matches a non-empty value only, and `missing` holds when a key is absent or empty.
    { source: "/forecasts", has: [{ type: "query" as const, key: "page", value: "(?<n>[1-9]\\d{0,6})" }], missing: others, destination: "/forecasts/pages/:n" },
    ...FORECAST_LIST_QUERY_KEYS.map((key) => ({ source: "/forecasts", has: [{ type: "query" as const, key }], destination: "/forecasts/filtered" })),
  ];
}
