/**
 * The article text cut into plain runs and marked runs, one mark per forecast quote (the first
 * place its quote appears verbatim); overlapping quotes share one mark that names every forecast.
 * Pure: the article page draws the marks.
 */
export interface TextSegment {
  text: string;
  /** The forecasts whose quote this run is (sorted), or absent for plain text. */
  ids?: number[];
}

export function highlightSegments(body: string, quotes: readonly { id: number; quote: string }[]): TextSegment[] {
  const ranges = quotes
    .map((q) => ({ id: q.id, start: q.quote ? body.indexOf(q.quote) : -1, len: q.quote.length }))
    .filter((r) => r.start >= 0)
    .map((r) => ({ ids: [r.id], start: r.start, end: r.start + r.len }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { ids: number[]; start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.ids.push(...r.ids);
    } else merged.push({ ...r, ids: [...r.ids] });
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push({ text: body.slice(at, m.start) });
    out.push({ text: body.slice(m.start, m.end), ids: m.ids.sort((a, b) => a - b) });
    at = m.end;
  }
  if (at < body.length) out.push({ text: body.slice(at) });
  return out;
}

/** Forecasts whose quote is not found verbatim in the text (shown apart, never silently dropped). */
export function unplacedQuotes(body: string, quotes: readonly { id: number; quote: string }[]): number[] {
  return quotes.filter((q) => !q.quote || body.indexOf(q.quote) < 0).map((q) => q.id);
}
