/**
 * Ranking sources by Brier score without rewarding small samples (scoring.md section 2): a
 * source with two lucky calls must not top a leaderboard.
 *
 * - Eligibility: only sources with at least `minResolved` scored forecasts are ranked (default
 *   25, the threshold PunditTracker graded at).
 * - Shrinkage: each source's mean Brier is pulled toward the population mean,
 *     shrunk = (n * mean + k * popMean) / (n + k),
 *   i.e. weight n / (n + k) on the source's own mean: as if every source started with k
 *   forecasts at the population average (default k = 10).
 * - Uncertainty: the standard error of the source's mean Brier, from the per-forecast Brier
 *   terms b = (f - o)^2, using only n, sum b and sum b^2 so SQL can supply it:
 *     select count(*) as n, sum((f - o) * (f - o)) as sumBrier,
 *            sum((f - o) * (f - o) * (f - o) * (f - o)) as sumBrierSquares ... group by source
 *   sample variance s^2 = (sum b^2 - (sum b)^2 / n) / (n - 1), SE = s / sqrt(n).
 * Lower Brier is better, so rank 1 has the lowest shrunk score; scores equal to 12 decimal places
 * share a rank (rankKey).
 */
import { brierTerm } from "./brier";
import { type BinaryForecast, checkForecasts } from "./forecast";

export const DEFAULT_SHRINKAGE_K = 10;
export const DEFAULT_MIN_RESOLVED = 25;

/** Weight on a source's own mean: n / (n + k). */
export function shrinkageWeight(n: number, k: number = DEFAULT_SHRINKAGE_K): number {
  if (!(n >= 0) || !(k >= 0) || n + k === 0) throw new RangeError(`need n >= 0, k >= 0 and n + k > 0 (n = ${n}, k = ${k})`);
  return n / (n + k);
}

/** (n * mean + k * popMean) / (n + k). With n = 0 it is the population mean. */
export function shrunkScore(n: number, mean: number, populationMean: number, k: number = DEFAULT_SHRINKAGE_K): number {
  const w = shrinkageWeight(n, k);
  // n = 0: the source's mean is undefined (maybe NaN); the weight on it is 0, so skip it.
  return n === 0 ? populationMean : w * mean + (1 - w) * populationMean;
}

export interface BrierMoments {
  n: number;
  /** sum of (f - o)^2 */
  sumBrier: number;
  /** sum of (f - o)^4 */
  sumBrierSquares: number;
}

/** The three SQL aggregates for a set of forecasts (in memory, and for tests). */
export function brierMoments(forecasts: readonly BinaryForecast[]): BrierMoments {
  checkForecasts(forecasts);
  let sumBrier = 0;
  let sumBrierSquares = 0;
  for (const x of forecasts) {
    const b = brierTerm(x.probability, x.outcome);
    sumBrier += b;
    sumBrierSquares += b * b;
  }
  return { n: forecasts.length, sumBrier, sumBrierSquares };
}

/** Standard error of the mean Brier (sample SD / sqrt n); null for n < 2, where it is undefined. */
export function brierStandardError({ n, sumBrier, sumBrierSquares }: BrierMoments): number | null {
  if (n < 2) return null;
  // The sums-of-squares form cancels: with all terms equal it leaves rounding noise of about
  // n * eps * sum b^2 (possibly negative), which the square root would blow up to ~1e-10.
  // Anything below that noise level is indistinguishable from 0, so it is 0.
  const numerator = sumBrierSquares - (sumBrier * sumBrier) / n;
  const noise = Math.max(n, 16) * Number.EPSILON * sumBrierSquares;
  if (numerator <= noise) return 0;
  return Math.sqrt(numerator / (n - 1) / n);
}

/**
 * What ranks compare: the shrunk score to 12 decimal places, as an integer (floor(x * 1e12 + 0.5),
 * the same three operations in SQL: db/queries/leaderboard.ts). Scores equal to 12 places tie: two
 * sources with the same mean may differ in the last bit by the order their terms were summed, and
 * the population mean by the order of its sum; a rank must not depend on either.
 */
export function rankKey(shrunk: number): number {
  return Math.floor(shrunk * 1e12 + 0.5);
}

export interface SourceAggregate extends BrierMoments {
  key: string;
}

export interface RankedSource {
  key: string;
  n: number;
  /** Raw mean Brier (0-1 scale); null when n = 0. */
  meanBrier: number | null;
  standardError: number | null;
  /** n / (n + k) */
  weight: number;
  /** Null only when no source has any forecast and no populationMean was given. */
  shrunkBrier: number | null;
  /** n >= minResolved */
  eligible: boolean;
  /** 1 = best (lowest shrunk Brier) among eligible sources; ties share a rank (1, 2, 2, 4); null if not eligible. */
  rank: number | null;
}

export interface RankingOptions {
  k?: number;
  minResolved?: number;
  /**
   * Mean to shrink toward. Default: the pooled mean Brier of every forecast of every source
   * passed in (eligible or not), sum of sumBrier / sum of n.
   */
  populationMean?: number;
}

export interface Ranking {
  populationMean: number | null;
  k: number;
  minResolved: number;
  /** Eligible sources by rank, then the others by shrunk score. */
  sources: RankedSource[];
}

export function rankSources(sources: readonly SourceAggregate[], options: RankingOptions = {}): Ranking {
  const k = options.k ?? DEFAULT_SHRINKAGE_K;
  const minResolved = options.minResolved ?? DEFAULT_MIN_RESOLVED;
  if (!(k > 0)) throw new RangeError(`k ${k} must be > 0`);
  if (!Number.isInteger(minResolved) || minResolved < 0) throw new RangeError(`minResolved ${minResolved} must be a non-negative integer`);
  const keys = new Set<string>();
  for (const s of sources) {
    if (keys.has(s.key)) throw new RangeError(`source "${s.key}" appears twice`);
    keys.add(s.key);
    if (!Number.isInteger(s.n) || s.n < 0) throw new RangeError(`source "${s.key}": n ${s.n} must be a non-negative integer`);
  }
  const totalN = sources.reduce((a, s) => a + s.n, 0);
  const populationMean = options.populationMean ?? (totalN ? sources.reduce((a, s) => a + s.sumBrier, 0) / totalN : null);

  const scored = sources.map((s) => {
    const meanBrier = s.n ? s.sumBrier / s.n : null;
    const shrunkBrier = populationMean === null ? null : shrunkScore(s.n, meanBrier ?? 0, populationMean, k);
    const ranked: RankedSource = {
      key: s.key,
      n: s.n,
      meanBrier,
      standardError: brierStandardError(s),
      weight: shrinkageWeight(s.n, k),
      shrunkBrier,
      eligible: s.n >= minResolved && s.n > 0,
      rank: null,
    };
    return ranked;
  });
  // shrunkBrier is null only when no source has a forecast (then nobody is eligible); sort
  // those last. Ties (rankKey): more forecasts first, then by key, so the order is deterministic.
  const k12 = (s: RankedSource) => (s.shrunkBrier === null ? Infinity : rankKey(s.shrunkBrier));
  const order = (a: RankedSource, b: RankedSource) => k12(a) - k12(b) || b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const eligible = scored.filter((s) => s.eligible).sort(order);
  eligible.forEach((s, i) => {
    const prev = eligible[i - 1];
    s.rank = prev && k12(prev) === k12(s) ? prev.rank : i + 1;
  });
  const others = scored.filter((s) => !s.eligible).sort(order);
  return { populationMean, k, minResolved, sources: [...eligible, ...others] };
}
