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
/** Column orders of the page's tables (lib/accuracy/leaderboard.ts sortLeaderboardRows); the API answers in rank order. */
export const LEADERBOARD_SORTS = ["rank", "name", "scored", "brier", "shrunk"] as const;
export type LeaderboardSort = (typeof LEADERBOARD_SORTS)[number];

export const leaderboardQuerySchema = accuracyFiltersSchema.safeExtend({
  by: z.enum(LEADERBOARD_BY, { error: "expected forecaster or outlet" }).default("forecaster"),
  min: queryInt("min", 1, 1000).default(DEFAULT_MIN_RESOLVED),
  k: queryPositiveNumber("k", 1000).default(DEFAULT_SHRINKAGE_K),
});

const sortSchema = z.enum(LEADERBOARD_SORTS, { error: `expected one of ${LEADERBOARD_SORTS.join(", ")}` }).catch("rank");

/** The page's `sort` parameter (an unknown value falls back to rank order). */
export function leaderboardSort(raw: unknown): LeaderboardSort {
  return sortSchema.parse(raw);
}

export interface LeaderboardQuery {
  by: (typeof LEADERBOARD_BY)[number];
  filters: AccuracyFilters;
  options: { minResolved: number; k: number };
}

export const DEFAULT_LEADERBOARD_OPTIONS = { minResolved: DEFAULT_MIN_RESOLVED, k: DEFAULT_SHRINKAGE_K };

export function parseLeaderboardQuery(params: RawParams) {
  const parsed = parseQuery(leaderboardQuerySchema, params, { allowed: [...ACCURACY_FILTER_KEYS, "by", "min", "k"], ignore: ["sort"] });
  if (!parsed.ok) return parsed;
  const { by, min, k, ...filters } = parsed.data;
  return { ok: true as const, data: { by, filters, options: { minResolved: min, k } } satisfies LeaderboardQuery };
}
