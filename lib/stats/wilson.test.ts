import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proportionDifference } from './difference';
import { formatOneDecimal, percentOf, percentOneDecimal } from './rounding';
import { wilsonInterval } from './wilson';

const asPercent = (i: { low: number; high: number } | null) => (i ? [percentOneDecimal(i.low), percentOneDecimal(i.high)] : null);

describe('Wilson score interval', () => {
  // Reference values computed independently (R: binom::binom.wilson / prop.test(correct = FALSE)).
  it.each([
    [54, 60, [79.9, 95.3]],
    [0, 10, [0, 27.8]],
    [10, 10, [72.2, 100]],
    [1, 1, [20.7, 100]],
    [0, 1, [0, 79.3]],
    [5, 10, [23.7, 76.3]],
    [81, 263, [25.5, 36.6]],
  ] as const)('%i of %i gives %j percent', (x, n, expected) => {
    expect(asPercent(wilsonInterval(x, n))).toEqual(expected);
  });

  it('has no interval without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('refuses impossible counts rather than inventing an interval', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });

  it('stays within 0–100 and contains the percent, for any count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([x, n]) => {
          const interval = wilsonInterval(x, n);
          expect(interval).not.toBeNull();
          if (!interval) return;
          expect(interval.low).toBeGreaterThanOrEqual(0);
          expect(interval.high).toBeLessThanOrEqual(1);
          expect(interval.low).toBeLessThanOrEqual(x / n);
          expect(interval.high).toBeGreaterThanOrEqual(x / n);
          // And as the one-decimal figures people read.
          const percent = percentOf(x, n) ?? -1;
          expect(percentOneDecimal(interval.low)).toBeLessThanOrEqual(percent);
          expect(percentOneDecimal(interval.high)).toBeGreaterThanOrEqual(percent);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('narrows as the sample grows', () => {
    const small = wilsonInterval(9, 10);
    const large = wilsonInterval(900, 1000);
    expect(small && large && large.high - large.low < small.high - small.low).toBe(true);
  });
});

describe('rounding', () => {
  it('rounds exact halves up and writes one decimal place', () => {
    expect(percentOf(1, 80)).toBe(1.3); // 1.25
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(54, 60)).toBe(90);
    expect(formatOneDecimal(percentOf(54, 60))).toBe('90.0');
    expect(percentOf(0, 0)).toBeNull();
    expect(formatOneDecimal(null)).toBe('');
  });
});

describe('difference between two proportions (Newcombe)', () => {
  it('matches Newcombe’s worked example (56/70 vs 48/80)', () => {
    const d = proportionDifference(56, 70, 48, 80);
    expect(d?.estimate).toBeCloseTo(0.2, 10);
    expect(d && [d.interval.low, d.interval.high].map((v) => Math.round(v * 10000) / 10000)).toEqual([0.0524, 0.3339]);
  });

  it('has no interval when one side has no files', () => {
    expect(proportionDifference(5, 10, 0, 0)).toBeNull();
  });

  it('always contains the estimate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([x1, n1], [x2, n2]) => {
          const d = proportionDifference(x1, n1, x2, n2);
          if (!d) throw new Error('expected a difference');
          expect(d.interval.low).toBeLessThanOrEqual(d.estimate + 1e-12);
          expect(d.interval.high).toBeGreaterThanOrEqual(d.estimate - 1e-12);
          expect(d.interval.low).toBeGreaterThanOrEqual(-1);
          expect(d.interval.high).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
