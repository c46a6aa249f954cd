/** The accuracy figures the pages and the read API show, served through the cache (lib/accuracy/cache.ts). */
import * as cache from "@/lib/accuracy/cache";
import * as verdict from "@/lib/accuracy/forecast-verdict";
import * as scope from "@/lib/accuracy/scope";
import { withReader } from "./bind";

export type { AccuracyScope, AccuracyView } from "@/lib/accuracy/figures";
export type { ForecastVerdict } from "@/lib/accuracy/forecast-verdict";
export type { Leaderboard, LeaderboardPage } from "@/lib/accuracy/leaderboard";
export { SCOPE_PATTERN } from "@/lib/accuracy/scope";

export const getAccuracyView = withReader(cache.getAccuracyViewCached);
export const getLeaderboard = withReader(cache.getLeaderboardCached);
export const getLeaderboardPage = withReader(cache.getLeaderboardPageCached);
export const getForecastCounts = withReader(cache.getForecastCountsCached);
export const getAccuracy = withReader(cache.getAccuracyCached);
export const resolveScope = withReader(scope.resolveScope);
export const getForecastVerdict = withReader(verdict.getForecastVerdict);
