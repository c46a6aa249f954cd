import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { ACCURACY_FILTER_KEYS } from "@/lib/accuracy/filters";
import { parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { FORECAST_LIST_QUERY_KEYS, LEADERBOARD_QUERY_KEYS, pageRewrites } from "./page-rewrites";

describe("leaderboard rewrites", () => {
  it("send every parameter the leaderboard reads to the per-request page", () => {
    expect([...LEADERBOARD_QUERY_KEYS].sort()).toEqual([...ACCURACY_FILTER_KEYS, "by", "min", "k", "sort"].sort());
    // A parameter outside the list is one the leaderboard refuses, so the static page (which ignores the query) loses nothing.
    expect(parseLeaderboardQuery({ min: "3", extra: "1" }).ok).toBe(false);
  });
  it("cover both the combined page and each table's pages", () => {
    const rules = pageRewrites().filter((r) => r.source.startsWith("/leaderboard"));
    expect(rules).toHaveLength(LEADERBOARD_QUERY_KEYS.length * 2);
    expect(rules.filter((r) => r.has[0]!.key === "sort").map((r) => r.source)).toEqual([
      "/leaderboard",
      "/leaderboard/:board(forecasters|outlets)/:page(\\d+)",
    ]);
  });
});

describe("list rewrites", () => {
  it("send /articles, /people and /outlets with ?page= to the per-request list page", () => {
    const rules = pageRewrites().filter((r) => r.has[0]!.key === "page" && r.source !== "/forecasts");
    expect(rules.map((r) => [r.source, r.destination])).toEqual([
      ["/articles", "/lists/articles"],
      ["/people", "/lists/people"],
      ["/outlets", "/lists/outlets"],
    ]);
  });
});

/** Where Next's own matcher sends `/forecasts?QUERY`: the first rule that matches, else the static page. */
function destination(query: string): string {
  const q = Object.fromEntries(new URLSearchParams(query));
  for (const rule of pageRewrites().filter((r) => r.source === "/forecasts")) {
    const params = matchHas({ headers: {} } as never, q, rule.has, rule.missing ?? []);
    if (params) return rule.destination.replace(":n", String(params.n));
  }
  return "/forecasts";
}

describe("the forecast list's rewrites", () => {
  it("know every parameter the list reads", () => {
    expect([...FORECAST_LIST_QUERY_KEYS].sort()).toEqual(Object.keys(forecastFiltersSchema.shape).sort());
  });

  it("keep the list and its plain pages static, and send any filter to the per-request page", () => {
    expect(destination("")).toBe("/forecasts");
    expect(destination("page=2")).toBe("/forecasts/pages/2");
    // A form submitted with blank fields is the plain list (blank values count as absent).
    expect(destination("page=3&q=&forecaster=&status=")).toBe("/forecasts/pages/3");
    expect(destination("q=&forecaster=")).toBe("/forecasts");
    expect(destination("page=2&q=nato")).toBe("/forecasts/filtered");
    expect(destination("forecaster=M%C3%BCller")).toBe("/forecasts/filtered");
    expect(destination("pageSize=50")).toBe("/forecasts/filtered");
    // Not a page number: the per-request page explains what is wrong.
    expect(destination("page=0")).toBe("/forecasts/filtered");
    expect(destination("page=abc")).toBe("/forecasts/filtered");
    for (const key of FORECAST_LIST_QUERY_KEYS) if (key !== "page") expect(destination(`${key}=x`), key).toBe("/forecasts/filtered");
  });
});
