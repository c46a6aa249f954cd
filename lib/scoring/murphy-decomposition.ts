/**
 * Murphy's (1973) decomposition of the Brier score over bins, scoring.md section 2, computed
 * from the forecasts themselves (the "row path"; bin-aggregates.ts computes the same terms from
 * SQL sums).
 *
 * For bins k with n_k forecasts, mean forecast f_k, observed frequency o_k, base rate o_bar, N in all:
 *   REL = (1/N) sum_k n_k (f_k - o_k)^2          reliability (miscalibration, lower is better)
 *   RES = (1/N) sum_k n_k (o_k - o_bar)^2        resolution (higher is better)
 *   UNC = o_bar (1 - o_bar)                      uncertainty (the data's, not the forecaster's)
 *   WBV = (1/N) sum_k sum_i (f_i - f_k)^2        within-bin variance of the forecasts
 *   WBC = (2/N) sum_k sum_i (f_i - f_k)(o_i - o_k)   within-bin covariance
 * and BS = REL - RES + UNC + WBV - WBC exactly. Why: within bin k,
 *   f_i - o_i = (f_i - f_k) - (o_i - o_k) + (f_k - o_k);
 * squaring and summing, the cross terms with (f_k - o_k) vanish (deviations from a mean sum to
 * zero), and because o_i is 0/1, sum_i (o_i - o_k)^2 = n_k o_k (1 - o_k), whose sum over k is
 * N (UNC - RES). Binning with one forecast value per bin (lexicon classes) gives WBV = WBC = 0
 * and the classic three-term form. The binned REL and RES are not the CORP terms that
 * reliabilitydiag publishes; only BS and UNC are comparable to those.
 */
import { assertNonEmpty, type BinaryForecast, checkForecasts } from "./forecast";

export interface MurphyDecomposition {
  reliability: number;
  resolution: number;
  uncertainty: number;
  withinBinVariance: number;
  withinBinCovariance: number;
}

export interface DecomposedScore {
  n: number;
  brier: number;
  baseRate: number;
  decomposition: MurphyDecomposition;
}

/**
 * Decomposes the Brier score of all forecasts in `bins` (one array per bin; empty bins are
 * ignored). Two passes per bin (means, then deviations), so the within-bin terms do not suffer
 * the cancellation of the sums-of-squares form. Throws if there are no forecasts at all.
 */
export function murphyDecomposition(bins: readonly (readonly BinaryForecast[])[]): DecomposedScore {
  const all = bins.flat();
  assertNonEmpty(all);
  checkForecasts(all);
  const N = all.length;

  let sumO = 0;
  let sumSq = 0;
  for (const x of all) {
    sumO += x.outcome;
    sumSq += (x.probability - x.outcome) ** 2;
  }
  const baseRate = sumO / N;

  let rel = 0;
  let res = 0;
  let wbv = 0;
  let wbc = 0;
  for (const bin of bins) {
    if (bin.length === 0) continue;
    const n = bin.length;
    let sf = 0;
    let so = 0;
    for (const x of bin) {
      sf += x.probability;
      so += x.outcome;
    }
    const fk = sf / n;
    const ok = so / n;
    rel += n * (fk - ok) ** 2;
    res += n * (ok - baseRate) ** 2;
    for (const x of bin) {
      const df = x.probability - fk;
      wbv += df * df;
      wbc += df * (x.outcome - ok);
    }
  }

  return {
    n: N,
    brier: sumSq / N,
    baseRate,
    decomposition: {
      reliability: rel / N,
      resolution: res / N,
      uncertainty: baseRate * (1 - baseRate),
      withinBinVariance: wbv / N,
      withinBinCovariance: (2 * wbc) / N,
    },
  };
}
