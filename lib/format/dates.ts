/**
 * How dates read on a page: one format everywhere, "14 Feb 2017" (British English, UTC), and for
 * moments "14 Feb 2017, 13:52 UTC". The ISO form goes into the <time> element's dateTime and title
 * (app/_components/date-text.tsx) so a reader can still see and copy it.
 */
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** A calendar date ("YYYY-MM-DD", lib/vocabulary/calendar.ts) as "14 Feb 2017"; "unknown" when absent. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  return dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** A moment (Date or ISO timestamp) as "14 Feb 2017, 13:52 UTC". */
export function formatDateTime(at: Date | string): string {
  const d = typeof at === "string" ? new Date(at) : at;
  return `${dateFormat.format(d)}, ${timeFormat.format(d)} UTC`;
}

/** The ISO form of a moment to the minute, for a tooltip: "2026-11-30 13:52 UTC". */
export function isoMinute(at: Date | string): string {
  const d = typeof at === "string" ? new Date(at) : at;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A year from a timestamp in ms (chart axes). */
export function formatYear(ms: number): string {
  return String(new Date(ms).getUTCFullYear());
}

/** "Feb 2017" from "2017-02" or a timestamp (chart axes and tooltips). */
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
export function formatMonth(at: string | number): string {
  const d = typeof at === "number" ? new Date(at) : new Date(`${at.slice(0, 7)}-01T00:00:00Z`);
  return monthFormat.format(d);
}
