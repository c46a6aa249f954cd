/** Calendar dates are "YYYY-MM-DD" strings in UTC throughout Hindsight (they sort and compare as text). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
