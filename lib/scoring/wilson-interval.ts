/**
 * Wilson score interval for a binomial proportion (Wilson 1927), scoring.md section 3: the 95%
 * interval shown around each calibration bin's observed frequency. Unlike the normal (Wald)
 * interval it stays inside [0, 1] and is not zero-width at 0/n or n/n, which matters because
 * most bins of a pundit's record are small.
 */

/** Two-sided 95% normal quantile, qnorm(0.975) to double precision. */
export const Z_95 = 1.959963984540054;

export interface WilsonInterval {
  low: number;
  high: number;
}

/**
 * Wilson interval for `successes` out of `n`: centre (p + z^2/2n) / (1 + z^2/n), half-width
 * z / (1 + z^2/n) * sqrt(p(1 - p)/n + z^2/4n^2). n = 0 carries no information: [0, 1].
 * `successes` need not be an integer (it is n times an observed frequency).
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): WilsonInterval {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`n ${String(n)} must be a number >= 0`);
  if (!Number.isFinite(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes ${String(successes)} must be in [0, n = ${n}]`);
  }
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 the bound is 0 or 1 in exact arithmetic; clamp away the rounding error.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
