import { describe, expect, it } from "vitest";
import { ACCURACY_FILTER_KEYS } from "@/lib/accuracy/filters";
import { parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import { LEADERBOARD_QUERY_KEYS, pageRewrites } from "./page-rewrites";

describe("leaderboard rewrites", () => {
  it("send every parameter the leaderboard reads to the per-request page", () => {
    expect([...LEADERBOARD_QUERY_KEYS].sort()).toEqual([...ACCURACY_FILTER_KEYS, "by", "min", "k", "sort"].sort());
    // A parameter outside the list is one the leaderboard refuses, so the static page (which ignores the query) loses nothing.
    expect(parseLeaderboardQuery({ min: "3", extra: "1" }).ok).toBe(false);
  });
  it("cover both the combined page and each table's pages", () => {
    const rules = pageRewrites();
    expect(rules).toHaveLength(LEADERBOARD_QUERY_KEYS.length * 2 + 3);
    expect(rules.filter((r) => r.has[0]!.key === "sort").map((r) => r.source)).toEqual([
      "/leaderboard",
      "/leaderboard/:board(forecasters|outlets)/:page(\\d+)",
    ]);
  });
});

describe("list rewrites", () => {
  it("send /articles, /people and /outlets with ?page= to the per-request list page", () => {
    const rules = pageRewrites().filter((r) => r.has[0]!.key === "page");
    expect(rules.map((r) => [r.source, r.destination])).toEqual([
      ["/articles", "/lists/articles"],
      ["/people", "/lists/people"],
      ["/outlets", "/lists/outlets"],
    ]);
  });
});
