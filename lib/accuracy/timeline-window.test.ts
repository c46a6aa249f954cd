import { describe, expect, it } from "vitest";
import { clipSpan, ms, timelineWindow } from "./timeline-window";

const year = (t: number) => new Date(t).getUTCFullYear();

describe("the timeline's default window", () => {
  it("leaves a 1962 forecast and a 2071 deadline outside, from the earliest recent made-on to a few years ahead", () => {
    const items = [
      { madeOn: "1962-05-01", deadline: null },
      { madeOn: "2017-02-14", deadline: "2020-02-14" },
      { madeOn: "2021-02-09", deadline: "2071-02-09" },
      { madeOn: "2025-05-01", deadline: "2029-12-31" },
    ];
    const w = timelineWindow(items, "2026-11-21");
    // the earliest made-on of the last ten years, with a little room (2% of the span)
    expect(w.start).toBeLessThan(ms("2017-02-14"));
    expect(w.start).toBeGreaterThan(ms("2016-10-01"));
    expect(w.end).toBeLessThan(ms("2030-06-01"));
    expect(w.end).toBeGreaterThan(ms("2029-11-21"));
    expect(w.clipped).toBe(true);
    expect(year(w.fullStart)).toBe(1962);
    expect(year(w.fullEnd)).toBe(2071);
  });

  it("is the whole span when nothing lies far out", () => {
    const w = timelineWindow([{ madeOn: "2024-01-01", deadline: "2026-01-01" }], "2025-06-01");
    expect(w.clipped).toBe(false);
    expect(w.start).toBe(w.fullStart);
    expect(w.end).toBe(w.fullEnd);
  });

  it("clips a bar to the window and keeps its real dates for the edge marks", () => {
    const start = ms("2017-01-01");
    const end = ms("2030-01-01");
    const c = clipSpan(ms("1962-05-01"), ms("2026-11-21"), start, end);
    expect(c.span).toEqual([start, ms("2026-11-21")]);
    expect(year(c.before!)).toBe(1962);
    expect(c.after).toBeNull();
    const out = clipSpan(ms("2021-02-09"), ms("2071-02-09"), start, end);
    expect(out.span[1]).toBe(end);
    expect(year(out.after!)).toBe(2071);
    // a bar entirely before the window keeps a visible sliver at the left edge
    const gone = clipSpan(ms("1962-05-01"), ms("1970-01-01"), start, end);
    expect(gone.span[0]).toBe(start);
    expect(gone.span[1]).toBeGreaterThan(start);
  });
});
