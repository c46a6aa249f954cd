import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { forecastFiltersSchema } from "./filters";
import { FORECAST_LIST_QUERY_KEYS, forecastListRewrites } from "./list-rewrites";

/** Where Next's own matcher sends `/forecasts?QUERY`: the first rule that matches, else the static page. */
function destination(query: string): string {
  const q = Object.fromEntries(new URLSearchParams(query));
  for (const rule of forecastListRewrites()) {
    const params = matchHas({ headers: {} } as never, q, rule.has, "missing" in rule ? rule.missing : []);
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
