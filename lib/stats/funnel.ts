/**
 * Funnel-plot control limits for a proportion (Spiegelhalter, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 2005, appendix): exact binomial limits around
 * a target θ₀, interpolated between the integers so that the funnel is a smooth curve rather than
 * a staircase. A force with few relevant files sits inside a wide funnel, which is the point: its
 * distance from the national figure may be chance.
 *
 * No dependency: the binomial probabilities come from a recurrence started at the mode and
 * normalised, which neither underflows nor overflows for n in the thousands (where (1 − θ)ⁿ, the
 * textbook starting point, is far below the smallest double).
 */

/** Limits for one sample size n, as proportions clipped to 0–1. */
export interface FunnelLimits {
  n: number;
  /** p = 0.001: the lower 99.8% limit. */
  lower998: number;
  /** p = 0.025: the lower 95% limit. */
  lower95: number;
  /** p = 0.975: the upper 95% limit. */
  upper95: number;
  /** p = 0.999: the upper 99.8% limit. */
  upper998: number;
}

/** Where a provider's proportion falls. A point exactly on a limit is inside it (the usual convention). */
export type FunnelPosition = 'below-99.8' | 'below-95' | 'within' | 'above-95' | 'above-99.8';

const P_LOWER_998 = 0.001;
const P_LOWER_95 = 0.025;
const P_UPPER_95 = 0.975;
const P_UPPER_998 = 0.999;

/**
 * How close (in files) a count must be to a limit to count as on it. Floating point can put a count
 * that is exactly on a limit a hair to either side; this keeps "on the limit is inside" true.
 */
const ON_LIMIT_TOLERANCE = 1e-9;

function checkTheta(theta0: number): void {
  if (!(theta0 >= 0 && theta0 <= 1)) throw new RangeError(`funnel: θ₀ must be between 0 and 1, got ${theta0}`);
}

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`funnel: n must be a whole number of at least 1, got ${n}`);
}

/**
 * P(R = k) for k = 0…n under Binomial(n, θ). Starts from 1 at the mode, steps outwards with the
 * ratio P(k + 1)/P(k) = (n − k)/(k + 1) · θ/(1 − θ), then divides by the total. Terms more than
 * about 10⁻³⁰⁰ below the mode become 0, which changes no tail probability we use. θ = 0 and θ = 1
 * fall out of the same steps (all the mass at 0 or at n) without dividing by zero.
 */
export function binomialPmf(n: number, theta: number): number[] {
  checkN(n);
  checkTheta(theta);
  const pmf = new Array<number>(n + 1).fill(0);
  const mode = Math.min(n, Math.floor((n + 1) * theta));
  pmf[mode] = 1;
  let total = 1;
  let term = 1;
  for (let k = mode; k < n && term > 0; k += 1) {
    term *= ((n - k) / (k + 1)) * (theta / (1 - theta));
    pmf[k + 1] = term;
    total += term;
  }
  term = 1;
  for (let k = mode; k > 0 && term > 0; k -= 1) {
    term *= (k / (n - k + 1)) * ((1 - theta) / theta);
    pmf[k - 1] = term;
    total += term;
  }
  return pmf.map((value) => value / total);
}

/** The interpolated quantile of the appendix: limit = (r − α)/n. */
export interface InterpolatedQuantile {
  /** The smallest r with P(R ≤ r) ≥ p. */
  r: number;
  /** (P(R ≤ r) − p)/P(R = r), in [0, 1). */
  alpha: number;
}

/** Spiegelhalter's r and α for probability p from the probabilities `pmf` (index = count). */
function quantileFromPmf(pmf: readonly number[], p: number): InterpolatedQuantile {
  let cumulative = 0;
  for (let r = 0; r < pmf.length; r += 1) {
    const mass = pmf[r] ?? 0;
    cumulative += mass;
    // The last count always qualifies: rounding may leave the total a hair below p near 1.
    if (cumulative >= p || r === pmf.length - 1) {
      const alpha = mass > 0 ? (cumulative - p) / mass : 0;
      return { r, alpha: Math.min(Math.max(alpha, 0), 1) };
    }
  }
  throw new RangeError('funnel: empty distribution'); // unreachable: pmf has n + 1 ≥ 2 entries
}

function checkP(p: number): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`funnel: p must be strictly between 0 and 1, got ${p}`);
}

/** Spiegelhalter's r and α for probability p under Binomial(n, θ₀). */
export function interpolatedQuantile(theta0: number, n: number, p: number): InterpolatedQuantile {
  checkP(p);
  return quantileFromPmf(binomialPmf(n, theta0), p);
}

function clip(value: number): number {
  return Math.min(1, Math.max(0, value)) + 0;
}

/**
 * The control limit for probability p at sample size n around target θ₀, as a proportion:
 * (r − α)/n, clipped to 0–1 (it falls below 0 only when r = 0, and then by less than 1/n).
 */
export function funnelLimit(theta0: number, n: number, p: number): number {
  const { r, alpha } = interpolatedQuantile(theta0, n, p);
  return clip((r - alpha) / n);
}

/** The 95% and 99.8% limits at sample size n, from one binomial distribution. */
export function funnelLimits(theta0: number, n: number): FunnelLimits {
  const pmf = binomialPmf(n, theta0);
  const limit = (p: number) => {
    const { r, alpha } = quantileFromPmf(pmf, p);
    return clip((r - alpha) / n);
  };
  return { n, lower998: limit(P_LOWER_998), lower95: limit(P_LOWER_95), upper95: limit(P_UPPER_95), upper998: limit(P_UPPER_998) };
}

/**
 * Where a provider with `met` of `n` falls against the funnel around θ₀; null when n = 0 (it has no
 * proportion to place). The comparison is made in files, met against r − α, so no rounding of the
 * proportion moves a provider across a limit; a provider exactly on a limit is inside it.
 */
export function classifyProvider(met: number, n: number, theta0: number): FunnelPosition | null {
  if (!Number.isInteger(met) || !Number.isInteger(n) || met < 0 || n < 0 || met > n) {
    throw new RangeError(`classifyProvider needs 0 ≤ met ≤ n (integers), got ${met} of ${n}`);
  }
  if (n === 0) return null;
  const pmf = binomialPmf(n, theta0);
  const bound = (p: number) => {
    const { r, alpha } = quantileFromPmf(pmf, p);
    return r - alpha;
  };
  const below = (p: number) => met < bound(p) - ON_LIMIT_TOLERANCE;
  const above = (p: number) => met > bound(p) + ON_LIMIT_TOLERANCE;
  if (below(P_LOWER_998)) return 'below-99.8';
  if (below(P_LOWER_95)) return 'below-95';
  if (above(P_UPPER_998)) return 'above-99.8';
  if (above(P_UPPER_95)) return 'above-95';
  return 'within';
}

/**
 * The funnel's curves for plotting, from n = 1 to maxN: every integer n when there are at most
 * `maxPoints` of them, otherwise about `maxPoints` values of n spaced evenly on a log scale (every
 * integer while the spacing is under one, thinning out where the funnel is nearly flat), always
 * including 1 and maxN. In increasing n.
 */
export function funnelCurves(theta0: number, maxN: number, maxPoints = 200): FunnelLimits[] {
  checkTheta(theta0);
  checkN(maxN);
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`funnelCurves: maxPoints must be at least 2, got ${maxPoints}`);
  const ns: number[] = [];
  if (maxN <= maxPoints) {
    for (let n = 1; n <= maxN; n += 1) ns.push(n);
  } else {
    for (let i = 0; i < maxPoints; i += 1) {
      const n = i === maxPoints - 1 ? maxN : Math.round(maxN ** (i / (maxPoints - 1)));
      if (n !== ns[ns.length - 1]) ns.push(n);
    }
  }
  return ns.map((n) => funnelLimits(theta0, n));
}
