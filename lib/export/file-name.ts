import type { ForecastFilters } from "@/lib/forecasts/filters";
import type { ExportFormat } from "./format";

/**
 * A download's file name that says what it holds: "hindsight-forecasts-forecaster-richard-palmer-2026-11-21.csv".
 * Only [a-z0-9-] from the filters, so it is safe inside a Content-Disposition header.
 */
export function exportFileName(filters: Partial<ForecastFilters>, format: ExportFormat, date: string): string {
  const parts: string[] = [];
  for (const key of [
    "forecaster",
    "author",
    "outlet",
    "article",
    "topic",
    "event",
    "language",
    "status",
    "deadlineFrom",
    "deadlineTo",
    "q",
    "outcome",
    "sort",
  ] as const) {
    const value = filters[key];
    if (value === undefined || value === "") continue;
    const safe = String(value)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40);
    if (safe) parts.push(`${key.toLowerCase()}-${safe}`);
  }
  const name = ["hindsight-forecasts", ...parts].join("-").slice(0, 150);
  return `${name}-${date}.${format}`;
}
