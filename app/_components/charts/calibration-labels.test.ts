import { describe, expect, it } from "vitest";
import { labelPlaces } from "./calibration-labels";

const bin = (meanForecast: number, observed: number, n: number, halfWidth = 0.02) => ({
  meanForecast,
  observed,
  n,
  wilsonLow: Math.max(0, observed - halfWidth),
  wilsonHigh: Math.min(1, observed + halfWidth),
});
const text = (pts: { n: number }[]) => (i: number) => `n = ${pts[i]!.n}`;

describe("where calibration labels go", () => {
  it("labels every point of a wide chart whose bins lie apart, right of each but near 100%", () => {
    const pts = [0.05, 0.25, 0.45, 0.65, 0.85].map((p, i) => bin(p, p, 10 + i));
    const places = labelPlaces(pts, 600, 280, text(pts));
    expect([...places.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(places.get(0)!.left).toBe(false);
    expect(places.get(4)!.left).toBe(true);
  });

  it("on a phone-width chart, keeps the larger bin's label where two would overlap", () => {
    // Two bins near 0%, 15 px apart on a 250 px plot: their labels would cross.
    const pts = [bin(0.04, 0.03, 136), bin(0.1, 0.04, 1054)];
    expect([...labelPlaces(pts, 250, 200, text(pts)).keys()]).toEqual([1]);
    // The same bins on a wide chart both keep their labels.
    expect(labelPlaces(pts, 1200, 300, text(pts)).size).toBe(2);
  });

  it("moves a label elsewhere rather than over a neighbouring point", () => {
    // The big bin's label, level with it on its right, would cover the small bin's point: it goes above it.
    const pts = [bin(0.5, 0.5, 400), bin(0.53, 0.5, 3)];
    expect(labelPlaces(pts, 300, 250, text(pts)).get(0)).toEqual({ dx: 9, dy: -9, left: false });
    // With a tall bar beside it as well, above and below on the right are taken too: it goes left.
    const crowded = [bin(0.5, 0.5, 400), bin(0.53, 0.5, 3, 0.3)];
    expect(labelPlaces(crowded, 300, 250, text(crowded)).get(0)).toMatchObject({ left: true });
  });

  it("never places a label over another point's interval bar or outside the plot", () => {
    // The small bin's label would cross the tall interval bar of the bin 12 px to its right, and there is no room on its left.
    const pts = [bin(0.02, 0.5, 5), bin(0.06, 0.5, 80, 0.3)];
    const places = labelPlaces(pts, 300, 250, text(pts));
    expect(places.has(0)).toBe(false);
    expect(places.has(1)).toBe(true);
  });
});
