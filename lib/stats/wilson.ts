/**
 * The Wilson score interval for a binomial proportion (Wilson, 1927). Unlike the textbook
 * "p ± 1.96·SE" it stays within 0–1 and behaves sensibly for small samples and for 0 or n
 * successes, which file review meets often (10 of 10; 0 of 6).
 */

/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  /** Lower bound, as a proportion (0–1). */
  low: number;
  /** Upper bound, as a proportion (0–1). */
  high: number;
}

/** Wilson interval for `successes` of `trials`; null when there are no trials. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs 0 ≤ successes ≤ trials (integers), got ${successes} of ${trials}`);
  }
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or n successes one bound is exactly 0 or 1; floating point would leave it a hair off.
  const low = successes === 0 ? 0 : Math.max(0, centre - half);
  const high = successes === trials ? 1 : Math.min(1, centre + half);
  return { low, high };
}
