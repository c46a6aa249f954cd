/**
 * The timeline's default window (pure): from the earliest made-on date of the last `yearsBack`
 * years to today plus `yearsAhead`, so a 1962 forecast or a 2071 deadline does not shrink every
 * other bar to a sliver. Bars outside the window are clipped to its edge and marked with their
 * real date; the chart offers the whole span as well.
 */
export interface TimelineSpanInput {
  madeOn: string;
  /** null: no deadline (drawn to today). */
  deadline: string | null;
}

export interface TimelineWindow {
  start: number;
  end: number;
  /** The whole span of the data (ms), for "show everything". */
  fullStart: number;
  fullEnd: number;
  /** Some bar starts before or ends after the window. */
  clipped: boolean;
}

export interface ClippedSpan {
  span: [number, number];
  /** The real start or end when it lies outside the window (ms), else null. */
  before: number | null;
  after: number | null;
}

const DAY = 86_400_000;
export const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const addYears = (t: number, years: number) => {
  const d = new Date(t);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
};

export function timelineWindow(items: readonly TimelineSpanInput[], asOf: string, yearsBack = 10, yearsAhead = 3): TimelineWindow {
  const now = ms(asOf);
  const starts = items.map((i) => ms(i.madeOn));
  const ends = items.map((i) => (i.deadline ? ms(i.deadline) : now));
  const fullStart = Math.min(now, ...starts);
  const fullEnd = Math.max(now, ...ends);
  const recent = starts.filter((s) => s >= addYears(now, -yearsBack));
  const start = recent.length ? Math.min(...recent) : Math.min(now, ...starts);
  const end = Math.max(now, Math.min(fullEnd, addYears(now, yearsAhead)));
  // A little room on both sides so bars at the edge are not drawn on the axis.
  const pad = Math.max(30 * DAY, (end - start) * 0.02);
  const window = { start: Math.max(fullStart - pad, start - pad), end: Math.min(fullEnd + pad, end + pad) };
  return { ...window, fullStart: fullStart - pad, fullEnd: fullEnd + pad, clipped: fullStart < window.start || fullEnd > window.end };
}

/** One bar inside [start, end], at least `minWidthDays` wide, with the real dates it was clipped from. */
export function clipSpan(from: number, to: number, start: number, end: number, minWidth = ((end - start) / 200) | 0): ClippedSpan {
  const before = from < start ? from : null;
  const after = to > end ? to : null;
  let a = Math.min(Math.max(from, start), end);
  let b = Math.min(Math.max(to, start), end);
  if (b - a < minWidth) {
    if (a + minWidth <= end) b = a + minWidth;
    else a = b - minWidth;
  }
  return { span: [a, b], before, after };
}
