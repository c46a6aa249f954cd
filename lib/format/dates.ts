/** Calendar dates are "YYYY-MM-DD" strings in UTC throughout Hindsight. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
