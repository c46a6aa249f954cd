/**
 * The leaderboard's query: the accuracy filters plus `by` (forecaster or outlet), `min` (scored
 * forecasts needed to be ranked; PunditTracker graded at 25) and `k` (shrinkage strength).
 * Parsed once here for the page and GET /api/v1/leaderboard.
 */
import { z } from "zod";
import { parseQuery, type RawParams } from "@/lib/http/query-params";
import { queryInt, queryPositiveNumber } from "@/lib/http/validation";
import { DEFAULT_MIN_RESOLVED, DEFAULT_SHRINKAGE_K } from "@/lib/scoring";
import { ACCURACY_FILTER_KEYS, type AccuracyFilters, accuracyFiltersSchema } from "./filters";

export const LEADERBOARD_BY = ["forecaster", "outlet"] as const;

export const leaderboardQuerySchema = accuracyFiltersSchema.safeExtend({
  by: z.enum(LEADERBOARD_BY, { error: "expected forecaster or outlet" }).default("forecaster"),
  min: queryInt("min", 1, 1000).default(DEFAULT_MIN_RESOLVED),
  k: queryPositiveNumber("k", 1000).default(DEFAULT_SHRINKAGE_K),
});

export interface LeaderboardQuery {
  by: (typeof LEADERBOARD_BY)[number];
  filters: AccuracyFilters;
  options: { minResolved: number; k: number };
}

export const DEFAULT_LEADERBOARD_OPTIONS = { minResolved: DEFAULT_MIN_RESOLVED, k: DEFAULT_SHRINKAGE_K };

export function parseLeaderboardQuery(params: RawParams) {
  const parsed = parseQuery(leaderboardQuerySchema, params, { allowed: [...ACCURACY_FILTER_KEYS, "by", "min", "k"] });
  if (!parsed.ok) return parsed;
  const { by, min, k, ...filters } = parsed.data;
  return { ok: true as const, data: { by, filters, options: { minResolved: min, k } } satisfies LeaderboardQuery };
}
