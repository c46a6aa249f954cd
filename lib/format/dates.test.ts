import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth, isoMinute } from "./dates";

describe("dates", () => {
  it("reads a calendar date as day, short month and year", () => {
    expect(formatDate("2017-02-14")).toBe("14 Feb 2017");
    expect(formatDate(null)).toBe("unknown");
  });
  it("reads a moment with its time in UTC, and keeps the ISO form for tooltips", () => {
    expect(formatDateTime("2026-11-30T13:52:09Z")).toBe("30 Nov 2026, 13:52 UTC");
    expect(isoMinute(new Date("2026-11-30T13:52:09Z"))).toBe("2026-11-30 13:52 UTC");
  });
  it("reads a month", () => {
    expect(formatMonth("2020-02")).toBe("Feb 2020");
  });
});
