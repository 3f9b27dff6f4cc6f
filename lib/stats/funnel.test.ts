import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialPmf, classifyProvider, funnelCurves, funnelLimit, funnelLimits, interpolatedQuantile } from './funnel';
import { percentOneDecimal } from './rounding';

/**
 * An independent reference: the binomial in exact rational arithmetic with BigInt. θ₀ = a/b and
 * p = c/d, so P(R = k) = C(n, k)·aᵏ·(b − a)ⁿ⁻ᵏ / bⁿ exactly, the smallest r with P(R ≤ r) ≥ p is
 * found by comparing integers, and α = (P(R ≤ r) − p)/P(R = r) is one exact fraction.
 */
function exactQuantile(a: bigint, b: bigint, n: number, c: bigint, d: bigint): { r: number; alpha: number } {
  const total = b ** BigInt(n);
  let choose = 1n; // C(n, k)
  let cumulative = 0n; // bⁿ · P(R ≤ k)
  for (let k = 0; k <= n; k += 1) {
    if (k > 0) choose = (choose * BigInt(n - k + 1)) / BigInt(k);
    const mass = choose * a ** BigInt(k) * (b - a) ** BigInt(n - k); // bⁿ · P(R = k)
    cumulative += mass;
    if (cumulative * d >= c * total) return { r: k, alpha: ratio(cumulative * d - c * total, d * mass) };
  }
  throw new Error('unreachable: P(R ≤ n) = 1 ≥ p');
}

/** num/den as a double, to about 20 significant digits before the final conversion. */
function ratio(num: bigint, den: bigint): number {
  const scale = 10n ** 20n;
  return Number((num * scale) / den) / 1e20;
}

describe('funnel limits: reference values', () => {
  it('θ₀ = 0.9, n = 60', () => {
    // Hand check of the 2.5% limit from the appendix: P(R ≤ 48) < 0.025 ≤ P(R ≤ 49), so r = 49;
    // α = (P(R ≤ 49) − 0.025)/P(R = 49) = 0.469; limit = (49 − 0.469)/60 = 0.8088 → 80.9%.
    const percent = (p: number) => percentOneDecimal(funnelLimit(0.9, 60, p));
    expect(percent(0.001)).toBe(75.4);
    expect(percent(0.025)).toBe(80.9);
    expect(percent(0.975)).toBe(96.2);
    expect(percent(0.999)).toBe(99.1);
    expect(interpolatedQuantile(0.9, 60, 0.025).r).toBe(49);
  });

  it('θ₀ = 0.5, n = 10, worked by hand', () => {
    // P(R ≤ 1) = 11/1024 = 0.0107 < 0.025 ≤ P(R ≤ 2) = 56/1024 = 0.0547, so r = 2;
    //   α = (56/1024 − 0.025)/(45/1024) = 0.0296875/0.0439453 = 0.67556; (2 − 0.67556)/10 = 0.1324 → 13.2%.
    // P(R ≤ 7) = 968/1024 = 0.9453 < 0.975 ≤ P(R ≤ 8) = 1013/1024 = 0.98926, so r = 8;
    //   α = (1013/1024 − 0.975)/(45/1024) = 0.0142578/0.0439453 = 0.32444; (8 − 0.32444)/10 = 0.7676 → 76.8%.
    expect(interpolatedQuantile(0.5, 10, 0.025)).toEqual({ r: 2, alpha: expect.closeTo(0.675556, 6) as number });
    expect(percentOneDecimal(funnelLimit(0.5, 10, 0.025))).toBe(13.2);
    expect(interpolatedQuantile(0.5, 10, 0.975)).toEqual({ r: 8, alpha: expect.closeTo(0.324444, 6) as number });
    expect(percentOneDecimal(funnelLimit(0.5, 10, 0.975))).toBe(76.8);
  });

  it('agree with an exact BigInt binomial on r and α over a grid of θ₀, n and p', () => {
    const thetas: [bigint, bigint][] = [
      [1n, 100n],
      [1n, 10n],
      [1n, 4n],
      [1n, 2n],
      [37n, 50n],
      [9n, 10n],
      [99n, 100n],
    ];
    const ps: [bigint, bigint][] = [
      [1n, 1000n],
      [25n, 1000n],
      [1n, 2n],
      [975n, 1000n],
      [999n, 1000n],
    ];
    for (const n of [1, 2, 3, 7, 10, 25, 60, 90, 200, 500]) {
      for (const [a, b] of thetas) {
        for (const [c, d] of ps) {
          const theta = Number(a) / Number(b);
          const p = Number(c) / Number(d);
          const expected = exactQuantile(a, b, n, c, d);
          const actual = interpolatedQuantile(theta, n, p);
          const where = `θ₀ = ${theta}, n = ${n}, p = ${p}`;
          // The limit, r − α files, always agrees.
          expect(Math.abs(actual.r - actual.alpha - (expected.r - expected.alpha)), where).toBeLessThan(1e-9);
          // So do r and α, except at an exact tie, P(R ≤ r) = p (θ₀ = 0.9, n = 3, p = 0.001: P(R = 0) =
          // 0.1³): there exact arithmetic gives (r, 0) and floating point may give (r + 1, ≈1), the same limit.
          if (expected.alpha > 1e-9) {
            expect(actual.r, where).toBe(expected.r);
            expect(Math.abs(actual.alpha - expected.alpha), where).toBeLessThan(1e-9);
          }
        }
      }
    }
  });

  it('stay exact for a large sample, where (1 − θ)ⁿ underflows', () => {
    // 0.1³⁰⁰⁰ is far below the smallest double; the recurrence from the mode does not need it.
    for (const [c, d] of [
      [25n, 1000n],
      [999n, 1000n],
    ] as const) {
      const expected = exactQuantile(9n, 10n, 3000, c, d);
      const actual = interpolatedQuantile(0.9, 3000, Number(c) / Number(d));
      expect(actual.r).toBe(expected.r);
      expect(Math.abs(actual.alpha - expected.alpha)).toBeLessThan(1e-8);
    }
  });

  it('come close to the normal approximation for large n', () => {
    const limits = funnelLimits(0.9, 5000);
    const se = Math.sqrt((0.9 * 0.1) / 5000);
    expect(Math.abs(limits.lower95 - (0.9 - 1.96 * se))).toBeLessThan(0.001);
    expect(Math.abs(limits.upper95 - (0.9 + 1.96 * se))).toBeLessThan(0.001);
  });
});

describe('binomial probabilities', () => {
  it('sum to 1 and match C(n, k)θᵏ(1 − θ)ⁿ⁻ᵏ', () => {
    const pmf = binomialPmf(10, 0.5);
    expect(pmf.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    expect(pmf[2]).toBeCloseTo(45 / 1024, 15);
    expect(pmf[10]).toBeCloseTo(1 / 1024, 15);
  });

  it('put all the mass at 0 or n when θ is 0 or 1', () => {
    expect(binomialPmf(4, 0)).toEqual([1, 0, 0, 0, 0]);
    expect(binomialPmf(4, 1)).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('funnel limits: edge cases', () => {
  it('give numbers, never NaN, for θ₀ = 0 and θ₀ = 1', () => {
    for (const theta of [0, 1]) {
      for (const n of [1, 2, 60, 1000]) {
        const limits = funnelLimits(theta, n);
        for (const value of [limits.lower998, limits.lower95, limits.upper95, limits.upper998]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
    // θ₀ = 0: R is always 0, so r = 0, α = 1 − p and every limit is (0 − α)/n < 0, clipped to 0.
    expect(funnelLimits(0, 10)).toEqual({ n: 10, lower998: 0, lower95: 0, upper95: 0, upper998: 0 });
    // θ₀ = 1: R is always n, so r = n, α = 1 − p and the limit is (n − 1 + p)/n: 0.9975 for p = 0.975.
    expect(funnelLimits(1, 10).upper95).toBeCloseTo(0.9975, 12);
  });

  it('refuse impossible arguments', () => {
    expect(() => funnelLimit(1.2, 10, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(Number.NaN, 10, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(0.5, 0, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(0.5, 2.5, 0.5)).toThrow(RangeError);
    expect(() => funnelLimit(0.5, 10, 0)).toThrow(RangeError);
    expect(() => funnelLimit(0.5, 10, 1)).toThrow(RangeError);
  });

  const thetaArbitrary = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });

  it('are ordered, within 0–1, and straddle θ₀ to within one file', () => {
    fc.assert(
      fc.property(thetaArbitrary, fc.integer({ min: 1, max: 500 }), (theta, n) => {
        const l = funnelLimits(theta, n);
        const median = funnelLimit(theta, n, 0.5);
        expect(l.lower998).toBeGreaterThanOrEqual(0);
        expect(l.lower998).toBeLessThanOrEqual(l.lower95);
        expect(l.lower95).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(l.upper95);
        expect(l.upper95).toBeLessThanOrEqual(l.upper998);
        expect(l.upper998).toBeLessThanOrEqual(1);
        // "θ₀-ish": the exact limits are for whole numbers of files, so θ₀ itself may lie up to
        // 1/n outside the 95% limits (n = 1, θ₀ = 0.99: the upper limit is 0.975).
        expect(l.lower95).toBeLessThanOrEqual(theta + 1 / n);
        expect(l.upper95).toBeGreaterThanOrEqual(theta - 1 / n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a provider against the funnel', () => {
  it('is placed by its count of files against each limit', () => {
    // θ₀ = 0.9, n = 60: limits 75.4 / 80.9 / 96.2 / 99.1%, i.e. 45.25 / 48.53 / 57.71 / 59.44 files.
    expect(classifyProvider(45, 60, 0.9)).toBe('below-99.8');
    expect(classifyProvider(46, 60, 0.9)).toBe('below-95');
    expect(classifyProvider(48, 60, 0.9)).toBe('below-95');
    expect(classifyProvider(49, 60, 0.9)).toBe('within');
    expect(classifyProvider(54, 60, 0.9)).toBe('within');
    expect(classifyProvider(57, 60, 0.9)).toBe('within');
    expect(classifyProvider(58, 60, 0.9)).toBe('above-95');
    expect(classifyProvider(59, 60, 0.9)).toBe('above-95');
    expect(classifyProvider(60, 60, 0.9)).toBe('above-99.8');
  });

  it('is inside when exactly on a limit', () => {
    // n = 1, θ₀ = 0.975: P(R ≤ 0) = 0.025, so the lower 95% limit is r = 0, α = 0: 0 files. A provider
    // with 0 of 1 sits on it, and is within (not below-95), though 1 − 0.975 is a hair off 0.025 in floating point.
    expect(interpolatedQuantile(0.975, 1, 0.025)).toEqual({ r: 0, alpha: expect.closeTo(0, 12) as number });
    expect(classifyProvider(0, 1, 0.975)).toBe('within');
    // The mirror image: θ₀ = 0.025, P(R ≤ 0) = 0.975, so the upper 95% limit is 0 files; 0 of 1 is on it.
    expect(interpolatedQuantile(0.025, 1, 0.975)).toEqual({ r: 0, alpha: expect.closeTo(0, 12) as number });
    expect(classifyProvider(0, 1, 0.025)).toBe('within');
    // 1 of 1 there is above both: the upper 99.8% limit is r = 1, α = (1 − 0.999)/0.025 = 0.04, so 0.96 files.
    expect(classifyProvider(1, 1, 0.025)).toBe('above-99.8');
  });

  it('has no place without files, and refuses impossible counts', () => {
    expect(classifyProvider(0, 0, 0.9)).toBeNull();
    expect(() => classifyProvider(11, 10, 0.9)).toThrow(RangeError);
    expect(() => classifyProvider(-1, 10, 0.9)).toThrow(RangeError);
  });
});

describe('funnel curves for plotting', () => {
  it('have one point per n up to the point budget', () => {
    const curves = funnelCurves(0.9, 60);
    expect(curves.map((c) => c.n)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(curves[59]).toEqual(funnelLimits(0.9, 60));
  });

  it('thin out on a log scale beyond it, keeping 1, every small n, and the largest', () => {
    const curves = funnelCurves(0.9, 5000, 200);
    const ns = curves.map((c) => c.n);
    expect(ns[0]).toBe(1);
    expect(ns[ns.length - 1]).toBe(5000);
    expect(ns.length).toBeLessThanOrEqual(200);
    expect(ns.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let i = 1; i < ns.length; i += 1) expect(ns[i] ?? 0).toBeGreaterThan(ns[i - 1] ?? 0);
  });
});
