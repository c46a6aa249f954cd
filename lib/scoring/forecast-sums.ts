/**
 * The sufficient statistics that let pages aggregate in SQL and still get exact scores.
 *
 * Over a set of forecasts (a whole source, or one calibration bin), with o in {0, 1}:
 *   n = count(*), sumF = sum(f), sumO = sum(o), sumF2 = sum(f * f), sumFO = sum(f * o).
 * In SQL, with o = (case status when 'yes' then 1 else 0 end) over rows whose status is 'yes'
 * or 'no':
 *   select count(*) as n, sum(probability) as sumF, sum(o) as sumO,
 *          sum(probability * probability) as sumF2, sum(probability * o) as sumFO ...
 * Because o is 0/1, o^2 = o, so every quadratic term needs only these five numbers; the
 * algebra is in bin-aggregates.ts and summary-from-aggregates.ts.
 */
import { type BinaryForecast, checkForecasts } from "./forecast";

export interface BinSums {
  n: number;
  sumF: number;
  sumO: number;
  sumF2: number;
  sumFO: number;
}

/** The five sums of a set of forecasts, as SQL would return them (used in memory and in tests). */
export function sumsOf(forecasts: readonly BinaryForecast[]): BinSums {
  checkForecasts(forecasts);
  const s: BinSums = { n: 0, sumF: 0, sumO: 0, sumF2: 0, sumFO: 0 };
  for (const { probability: f, outcome: o } of forecasts) {
    s.n += 1;
    s.sumF += f;
    s.sumO += o;
    s.sumF2 += f * f;
    s.sumFO += f * o;
  }
  return s;
}

/**
 * Sanity checks on sums that came from a query: n a non-negative integer, sumO an integer in
 * [0, n] (outcomes are 0/1), the other sums finite and not negative. A wrong column mapping
 * (sum of o passed as sumF, say) usually fails here instead of producing a plausible number.
 */
export function assertValidSums(s: BinSums, what = "sums"): void {
  const { n, sumF, sumO, sumF2, sumFO } = s;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}: n ${String(n)} must be a non-negative integer`);
  if (!Number.isInteger(sumO) || sumO < 0 || sumO > n) {
    throw new RangeError(`${what}: sumO ${String(sumO)} must be an integer in [0, n = ${n}] (outcomes are 0/1)`);
  }
  // Rounding slack for sums of up to n values in [0, 1].
  const slack = 1e-9 * Math.max(1, n);
  for (const [name, v, max] of [
    ["sumF", sumF, n],
    ["sumF2", sumF2, sumF],
    ["sumFO", sumFO, Math.min(sumF, sumO)],
  ] as const) {
    if (!Number.isFinite(v) || v < -slack || v > max + slack) {
      throw new RangeError(`${what}: ${name} ${String(v)} must be in [0, ${max}]`);
    }
  }
}
