import { describe, expect, it } from "vitest";
import type { AccuracyView } from "./figures";
import { viewForPage } from "./page-view";

describe("the accuracy view a page sends", () => {
  it("keeps the score-over-time Brier scores to 6 decimals and everything else as it is", () => {
    const view = {
      asOf: "2026-12-01",
      scoreOverTime: [
        { month: "2010-01", resolvedThisMonth: 54, cumulativeN: 54, brier: 0.12117222222222222 },
        { month: "2010-02", resolvedThisMonth: 40, cumulativeN: 94, brier: 0.25 },
      ],
      timeline: [{ id: 1 }],
    } as unknown as AccuracyView;
    const sent = viewForPage(view);
    expect(sent.scoreOverTime.map((p) => p.brier)).toEqual([0.121172, 0.25]);
    expect(sent.scoreOverTime[0]).toMatchObject({ month: "2010-01", resolvedThisMonth: 54, cumulativeN: 54 });
    expect(sent.timeline).toBe(view.timeline);
    expect(view.scoreOverTime[0]!.brier).toBe(0.12117222222222222); // the view itself (the API's) is not changed
  });
});
