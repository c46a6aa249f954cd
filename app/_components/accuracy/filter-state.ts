import type { AccuracyFilters } from "@/lib/accuracy/filters";

export const FILTER_KEYS = ["from", "to", "topic", "language", "lowInfo", "bins"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;
export const DEFAULTS: Partial<FilterValues> = { lowInfo: "1", bins: "decile" };

export function filtersFrom(params: URLSearchParams): FilterValues {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? DEFAULTS[k] ?? ""])) as FilterValues;
}

export function sameFilters(current: Record<string, string>, initial: AccuracyFilters): boolean {
  return FILTER_KEYS.every((k) => (current[k] || DEFAULTS[k] || "") === String((initial as Record<string, unknown>)[k] ?? DEFAULTS[k] ?? ""));
}
