/**
 * Skill scores, scoring.md section 2. Both are "higher is better", 1 is perfect, 0 is no better
 * than the reference, negative is worse.
 */
import type { MurphyDecomposition } from "./murphy-decomposition";

/**
 * Skill against a coin flip: 1 - 4 BS. Always saying 50% scores BS = 0.25 whatever happens,
 * so 1 - BS / 0.25 = 1 - 4 BS. `brier` is on the 0-1 scale.
 */
export function skillVsCoinFlip(brier: number): number {
  return 1 - 4 * brier;
}

/**
 * Skill against the base rate: (RES - REL) / UNC, the binned form of the Brier skill score
 * against always forecasting the observed base rate (whose Brier score is UNC). It differs
 * from 1 - BS / UNC by exactly (WBC - WBV) / UNC, which is 0 when each bin holds one value.
 *
 * UNC = 0 means every outcome was the same (all yes or all no): the base rate forecast is then
 * perfect, there is nothing to resolve, and the ratio is undefined. It returns null, not 0, 1
 * or +-Infinity, so a page shows "n/a" rather than a number that looks like a verdict.
 */
export function skillVsBaseRate(d: Pick<MurphyDecomposition, "reliability" | "resolution" | "uncertainty">): number | null {
  if (d.uncertainty === 0) return null;
  return (d.resolution - d.reliability) / d.uncertainty;
}
