import type { AccuracyView } from "./figures";

/**
 * The accuracy view as a page hands it to the accuracy panel: the score-over-time series' Brier
 * scores to 6 decimals. The chart and its table show 3; the JSON API keeps every digit. A ledger's
 * months of cumulative scores as 17-digit floats were 1.4 KB of the dashboard's 19.7 KB on the
 * wire (203 months at 200,000 forecasts): random digits do not compress.
 */
export function viewForPage(view: AccuracyView): AccuracyView {
  return { ...view, scoreOverTime: view.scoreOverTime.map((p) => ({ ...p, brier: Math.round(p.brier * 1e6) / 1e6 })) };
}
