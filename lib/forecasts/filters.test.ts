import { describe, expect, it } from "vitest";
import { parseAccuracyFilters } from "@/lib/accuracy/filters";
import { parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import { parseForecastFilters } from "./filters";

const fieldsOf = (r: { ok: boolean; errors?: { field: string }[] }) => (r.ok ? [] : (r.errors ?? []).map((e) => e.field));

describe("the forecast list filters refuse what the README promises to refuse", () => {
  it.each(["2025-02-30", "2023-13-01", "2024-00-10", "2025-04-31"])("deadlineFrom=%s is not a real date", (d) => {
    expect(fieldsOf(parseForecastFilters(new URLSearchParams({ deadlineFrom: d })))).toEqual(["deadlineFrom"]);
    expect(fieldsOf(parseForecastFilters(new URLSearchParams({ deadlineTo: d })))).toEqual(["deadlineTo"]);
  });

  it.each(["0x10", "1e1", "+5", " 7", "10.0", "0b11", "Infinity", "٣"])("pageSize=%s is not a decimal whole number", (v) => {
    expect(fieldsOf(parseForecastFilters(new URLSearchParams({ pageSize: v })))).toEqual(["pageSize"]);
    expect(fieldsOf(parseForecastFilters(new URLSearchParams({ page: v })))).toEqual(["page"]);
    expect(fieldsOf(parseForecastFilters(new URLSearchParams({ event: v })))).toEqual(["event"]);
  });

  it("still accepts real dates and decimal numbers", () => {
    const r = parseForecastFilters(new URLSearchParams({ deadlineFrom: "2024-02-29", pageSize: "16", page: "2", event: "3" }));
    expect(r).toMatchObject({ ok: true, filters: { deadlineFrom: "2024-02-29", pageSize: 16, page: 2, event: 3 } });
  });
});

describe("the accuracy and leaderboard filters use the same strict parsers", () => {
  it("refuses impossible dates and hex or exponent numbers", () => {
    expect(fieldsOf(parseAccuracyFilters(new URLSearchParams({ from: "2025-02-30" })))).toEqual(["from"]);
    expect(fieldsOf(parseLeaderboardQuery(new URLSearchParams({ min: "0x10" })))).toEqual(["min"]);
    expect(fieldsOf(parseLeaderboardQuery(new URLSearchParams({ k: "1e2" })))).toEqual(["k"]);
    expect(parseLeaderboardQuery(new URLSearchParams({ min: "16", k: "2.5" }))).toMatchObject({ ok: true, data: { options: { minResolved: 16, k: 2.5 } } });
  });
});
