/**
 * The filters shared by the forecasts page, GET /api/v1/forecasts and the export: parsed from
 * URL search parameters with messages that say what was wrong and how to fix it.
 */
import { z } from "zod";
import type { FieldError } from "@/lib/http/errors";
import { parseQuery, type RawParams } from "@/lib/http/query-params";
import { isoDate, queryInt } from "@/lib/http/validation";
import { parseSearch } from "@/lib/search/query";
import { FORECAST_SORTS, FORECAST_STATUS_FILTERS, LANGUAGES, OUTCOME_FILTERS } from "@/lib/vocabulary";
import { SCOPE_PATTERN } from "../accuracy/scope-key";

export const FORECAST_STATUSES = FORECAST_STATUS_FILTERS;
export type ForecastStatusFilter = (typeof FORECAST_STATUSES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug such as 'richard-palmer'");

export const forecastFiltersSchema = z
  .object({
    forecaster: slug.optional(),
    author: slug.optional(),
    outlet: slug.optional(),
    article: slug.optional(),
    status: z.enum(FORECAST_STATUSES, { error: `expected one of ${FORECAST_STATUSES.join(", ")}` }).optional(),
    language: z.enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(", ")}` }).optional(),
    topic: slug.optional(),
    event: queryInt("event", 1, Number.MAX_SAFE_INTEGER).optional(),
    deadlineFrom: isoDate.optional(),
    deadlineTo: isoDate.optional(),
    q: z
      .string()
      .trim()
      .max(200, "search text is limited to 200 characters")
      .superRefine((q, ctx) => {
        const parsed = parseSearch(q);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
      })
      .optional(),
    outcome: z.enum(OUTCOME_FILTERS, { error: `expected one of ${OUTCOME_FILTERS.join(", ")}` }).optional(),
    sort: z.enum(FORECAST_SORTS, { error: `expected one of ${FORECAST_SORTS.join(", ")}` }).optional(),
    /** Exactly the forecasts behind a scope's accuracy figures ("person:SLUG", ...; docs/scoring.md 2.1). */
    scored: z.string().regex(SCOPE_PATTERN, "expected a scope such as 'person:richard-palmer', 'outlet:rt-deutsch', 'article:SLUG' or 'all'").optional(),
    /** With `scored`: the accuracy filters of the figures (made-on range, low-information wording). */
    madeFrom: isoDate.optional(),
    madeTo: isoDate.optional(),
    lowInfo: z.enum(["1", "0"], { error: "expected 1 (include) or 0 (exclude)" }).optional(),
    page: queryInt("page", 1, 1_000_000).default(1),
    pageSize: queryInt("pageSize", 1, 100).default(20),
  })
  .strict()
  .refine((f) => !f.deadlineFrom || !f.deadlineTo || f.deadlineFrom <= f.deadlineTo, { path: ["deadlineTo"], message: "deadlineTo is before deadlineFrom" })
  .refine((f) => f.sort !== "relevance" || f.q, { path: ["sort"], message: "sort=relevance needs search text (q); without one use made, deadline or score" });

export type ForecastFilters = z.infer<typeof forecastFiltersSchema>;

/** Empty values count as absent, so a form submitted with blank fields is not an error. */
export function parseForecastFilters(params: RawParams): { ok: true; filters: ForecastFilters } | { ok: false; errors: FieldError[] } {
  const parsed = parseQuery(forecastFiltersSchema, params, { allowed: Object.keys(forecastFiltersSchema.shape) });
  return parsed.ok ? { ok: true, filters: parsed.data } : parsed;
}

/** The filters as a query string (for links that keep the current view). */
export function filtersToQuery(filters: Partial<ForecastFilters>, overrides: Partial<Record<keyof ForecastFilters, string | number | undefined>> = {}): string {
  const out = new URLSearchParams();
  const merged = { ...filters, ...overrides } as Record<string, unknown>;
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === null || v === "") continue;
    if (k === "page" && Number(v) === 1) continue;
    if (k === "pageSize" && Number(v) === 20) continue;
    out.set(k, String(v));
  }
  const s = out.toString();
  return s ? `?${s}` : "";
}
