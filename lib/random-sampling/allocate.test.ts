import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProportional } from './allocate';

const shares = (populations: number[], size: number) =>
  allocateProportional(
    populations.map((population, i) => ({ key: `s${i}`, population })),
    size,
  ).map((a) => a.sample);

describe('proportional allocation with largest-remainder rounding', () => {
  it('gives each stratum its exact share when the shares are whole', () => {
    expect(shares([500, 1000, 1500], 60)).toEqual([10, 20, 30]);
  });

  it('hands the places left over to the largest remainders', () => {
    // Quotas 2.4, 0.6, 0.96, 3.0, 3.6, 1.2, 0.24: whole parts 9, three more to .96, .6 and .6.
    expect(shares([20, 5, 8, 25, 30, 10, 2], 12)).toEqual([2, 1, 1, 3, 4, 1, 0]);
    // Quotas 3.33… each: one place left, which goes to the first on a tie of equal populations.
    expect(shares([100, 100, 100], 10)).toEqual([4, 3, 3]);
    // Equal remainders: the larger population wins the tie.
    expect(shares([1, 3], 2)).toEqual([0, 2]);
  });

  it('gives strata with no files nothing, and takes everyone when the sample is the population', () => {
    expect(shares([0, 10, 0, 5], 3)).toEqual([0, 2, 0, 1]);
    expect(shares([7, 0, 3], 10)).toEqual([7, 0, 3]);
    expect(shares([0, 0], 0)).toEqual([0, 0]);
  });

  it('refuses a sample larger than the population, or not a whole number', () => {
    expect(() => shares([10, 20], 31)).toThrow('a sample of 31 cannot be drawn from a population of 30');
    expect(() => shares([10, 20], 2.5)).toThrow(RangeError);
    expect(() => shares([10, -1], 2)).toThrow(RangeError);
  });

  it('always sums to the sample size and never exceeds a stratum’s population (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 12 }).chain((populations) => {
          const total = populations.reduce((a, b) => a + b, 0);
          return fc.tuple(fc.constant(populations), fc.integer({ min: 0, max: total }));
        }),
        ([populations, size]) => {
          const result = shares(populations, size);
          expect(result.reduce((a, b) => a + b, 0)).toBe(size);
          result.forEach((n, i) => {
            expect(n).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThanOrEqual(populations[i] ?? 0);
            // Largest remainder never strays a whole place from the exact quota.
            const total = populations.reduce((a, b) => a + b, 0);
            const quota = total === 0 ? 0 : (size * (populations[i] ?? 0)) / total;
            expect(Math.abs(n - quota)).toBeLessThan(1);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
