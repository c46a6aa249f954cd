/**
 * Whole-set scores from SQL aggregates (see forecast-sums.ts for the query), for pages that
 * must not load every forecast.
 *
 *   Brier     = (sumF2 - 2 sumFO + sumO) / n      since (f - o)^2 = f^2 - 2 f o + o for o in {0, 1}
 *   base rate = sumO / n,  uncertainty = base rate (1 - base rate)
 *
 * The log score and hit rate are not functions of these sums; pass their sums if the query
 * computes them (SQLite needs its math functions for ln), otherwise they come back null:
 *   sumLogScore = sum(-ln(case when o = 1 then min(max(f, 0.01), 0.99) else 1 - min(max(f, 0.01), 0.99) end))
 *   sumHit      = sum(case when f = 0.5 then 0.5 when (f > 0.5) = (o = 1) then 1 else 0 end)
 * Resolution, reliability and skill against the base rate need bins: binsFromAggregates.
 */

import { type BinaryForecast, checkForecasts } from "./forecast";
import { assertValidSums, type BinSums, sumsOf } from "./forecast-sums";
import { hitTerm } from "./hit-rate";
import { logScoreTerm } from "./log-score";
import { skillVsCoinFlip } from "./skill";

export interface ForecastSums extends BinSums {
  /** sum of logScoreTerm over the set (nats), if the query computed it. */
  sumLogScore?: number | null;
  /** sum of hitTerm over the set, if the query computed it. */
  sumHit?: number | null;
}

export interface AggregateSummary {
  n: number;
  /** All null when n = 0. */
  brier: number | null;
  baseRate: number | null;
  uncertainty: number | null;
  meanForecast: number | null;
  skillVsCoinFlip: number | null;
  logScore: number | null;
  hitRate: number | null;
}

/** All five sums plus sumLogScore and sumHit for a set of forecasts (in memory, and for tests). */
export function forecastSums(forecasts: readonly BinaryForecast[]): Required<ForecastSums> {
  checkForecasts(forecasts);
  let sumLogScore = 0;
  let sumHit = 0;
  for (const x of forecasts) {
    sumLogScore += logScoreTerm(x.probability, x.outcome);
    sumHit += hitTerm(x.probability, x.outcome);
  }
  return { ...sumsOf(forecasts), sumLogScore, sumHit };
}

export function summaryFromAggregates(s: ForecastSums): AggregateSummary {
  assertValidSums(s);
  const { n } = s;
  if (n === 0) {
    return { n, brier: null, baseRate: null, uncertainty: null, meanForecast: null, skillVsCoinFlip: null, logScore: null, hitRate: null };
  }
  // Clamp the -1e-17 that cancellation can leave when every forecast is exactly right.
  const brier = Math.max(0, s.sumF2 - 2 * s.sumFO + s.sumO) / n;
  const baseRate = s.sumO / n;
  return {
    n,
    brier,
    baseRate,
    uncertainty: baseRate * (1 - baseRate),
    meanForecast: s.sumF / n,
    skillVsCoinFlip: skillVsCoinFlip(brier),
    logScore: s.sumLogScore == null ? null : s.sumLogScore / n,
    hitRate: s.sumHit == null ? null : s.sumHit / n,
  };
}
