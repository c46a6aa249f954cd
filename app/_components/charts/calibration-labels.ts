/**
 * Where each calibration point's "n = …" label goes, if anywhere: beside the point (right of it,
 * or left near 100%; above it near 0% observed, below near 100%), else above or below it on that
 * side, else on the other side, and left out where every place would overlap another label, another point or its interval bar, or leave
 * the plot. The larger bins are placed first; a point left unlabelled still shows its n in the
 * tooltip and in the table under the chart.
 */

const CHAR_WIDTH = 6.4; // px per character of the 11 px label, a little generous
const LABEL_HEIGHT = 12;
const GAP = 3; // px kept clear around a label
const POINT_RADIUS = 6;
const BAR_HALF_WIDTH = 4;
/** The axes' padding around 0..1 (calibration-chart.tsx): a label may reach into it, not past it onto the ticks. */
const AXIS_PADDING = 12;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface LabelPlace {
  dx: number;
  dy: number;
  left: boolean;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The label's usual place, then the other side, each level with the point, above it, then below it. */
function candidates(meanForecast: number, observed: number): LabelPlace[] {
  const usualDy = observed < 0.1 ? -9 : observed > 0.9 ? 14 : 4;
  const usual = meanForecast > 0.8;
  const dys = [...new Set([usualDy, -9, 14])];
  return [usual, !usual].flatMap((left) => dys.map((dy) => ({ dx: left ? -9 : 9, dy, left })));
}

/**
 * The place of each labelled point (by index into `points`), for a plot of `plotWidth` x
 * `plotHeight` pixels over 0..1 on both axes; `text(i)` is point i's label.
 */
export function labelPlaces(
  points: { meanForecast: number; observed: number; wilsonLow: number; wilsonHigh: number; n: number }[],
  plotWidth: number,
  plotHeight: number,
  text: (i: number) => string,
): Map<number, LabelPlace> {
  const px = (p: { meanForecast: number }) => p.meanForecast * plotWidth;
  const py = (v: number) => (1 - v) * plotHeight;
  const obstacles: { owner: number; box: Box }[] = points.flatMap((p, i) => [
    { owner: i, box: { left: px(p) - POINT_RADIUS, right: px(p) + POINT_RADIUS, top: py(p.observed) - POINT_RADIUS, bottom: py(p.observed) + POINT_RADIUS } },
    { owner: i, box: { left: px(p) - BAR_HALF_WIDTH, right: px(p) + BAR_HALF_WIDTH, top: py(p.wilsonHigh), bottom: py(p.wilsonLow) } },
  ]);
  const placed: Box[] = [];
  const places = new Map<number, LabelPlace>();
  const order = points.map((_, i) => i).sort((a, b) => points[b]!.n - points[a]!.n || a - b);
  for (const i of order) {
    const p = points[i]!;
    const w = text(i).length * CHAR_WIDTH;
    for (const place of candidates(p.meanForecast, p.observed)) {
      const x = px(p) + place.dx;
      const baseline = py(p.observed) + place.dy;
      const box: Box = {
        left: (place.left ? x - w : x) - GAP,
        right: (place.left ? x : x + w) + GAP,
        top: baseline - LABEL_HEIGHT - GAP,
        bottom: baseline + GAP,
      };
      if (box.left < 0 || box.right > plotWidth || box.top < -AXIS_PADDING || box.bottom > plotHeight + AXIS_PADDING) continue;
      if (placed.some((b) => overlaps(b, box)) || obstacles.some((o) => o.owner !== i && overlaps(o.box, box))) continue;
      placed.push(box);
      places.set(i, place);
      break;
    }
  }
  return places;
}
