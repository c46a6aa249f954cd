/** How a calendar date ("YYYY-MM-DD", lib/vocabulary/calendar.ts) reads on a page. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
