/** The accuracy figures the pages and the read API show, served through the cache (lib/accuracy/cache.ts). */
import * as cache from "@/lib/accuracy/cache";
import * as verdict from "@/lib/accuracy/forecast-verdict";
import * as scope from "@/lib/accuracy/scope";
import { withDb } from "./bind";

export type { AccuracyScope, AccuracyView } from "@/lib/accuracy/figures";
export type { ForecastVerdict } from "@/lib/accuracy/forecast-verdict";
export type { Leaderboard } from "@/lib/accuracy/leaderboard";
export { SCOPE_PATTERN } from "@/lib/accuracy/scope";

export const getAccuracyView = withDb(cache.getAccuracyViewCached);
export const getLeaderboard = withDb(cache.getLeaderboardCached);
export const getForecastCounts = withDb(cache.getForecastCountsCached);
export const getAccuracy = withDb(cache.getAccuracyCached);
export const resolveScope = withDb(scope.resolveScope);
export const getForecastVerdict = withDb(verdict.getForecastVerdict);
