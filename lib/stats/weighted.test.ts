import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exclusionReasonText, weightedEstimate, weightedEstimatePercent, Z_WEIGHTED_95, type ForceCounts } from './weighted';

function force(code: string, populationSize: number | null, sampled: number, met: number, relevant: number): ForceCounts {
  return { code, name: `Force ${code}`, populationSize, sampled, met, relevant };
}

describe('national estimate weighted by crime volume', () => {
  it('matches a hand computation for three forces', () => {
    // Force  N      sampled  met/relevant  W = N/ΣN           p     f = sampled/N
    // a      2,000  60       54/60         2000/10000 = 0.2   0.9   60/2000 = 0.03
    // b      5,000  90       56/80         5000/10000 = 0.5   0.7   90/5000 = 0.018
    // c      3,000  60       40/50         3000/10000 = 0.3   0.8   60/3000 = 0.02
    // Estimate = 0.2·0.9 + 0.5·0.7 + 0.3·0.8 = 0.18 + 0.35 + 0.24 = 0.77.
    // Variance, W²·(1 − f)·p(1 − p)/(relevant − 1):
    //   a: 0.04·0.97·0.09/59  = 0.003492/59  = 0.0000591864
    //   b: 0.25·0.982·0.21/79 = 0.051555/79  = 0.0006525949
    //   c: 0.09·0.98·0.16/49  = 0.014112/49  = 0.000288
    //   total = 0.0009997814; √ = 0.0316193; 1.96·√ = 0.0619739.
    // Interval = 0.77 ± 0.0619739 = 0.7080261 to 0.8319739 → 77.0% (70.8%–83.2%).
    const result = weightedEstimate([force('a', 2000, 60, 54, 60), force('b', 5000, 90, 56, 80), force('c', 3000, 60, 40, 50)]);
    expect(result.estimate).toBeCloseTo(0.77, 12);
    expect(result.included.map((f) => f.weight)).toEqual([0.2, 0.5, 0.3]);
    expect(result.included.map((f) => f.samplingFraction)).toEqual([0.03, 0.018, 0.02]);
    expect(result.included[0]?.varianceContribution).toBeCloseTo(0.0000591864, 10);
    expect(result.included[1]?.varianceContribution).toBeCloseTo(0.0006525949, 10);
    expect(result.included[2]?.varianceContribution).toBeCloseTo(0.000288, 10);
    expect(result.variance).toBeCloseTo(0.0009997814, 10);
    expect(result.interval?.low).toBeCloseTo(0.7080261, 7);
    expect(result.interval?.high).toBeCloseTo(0.8319739, 7);
    expect(weightedEstimatePercent(result)).toEqual({ estimate: 77, low: 70.8, high: 83.2 });
    expect(result.excluded).toEqual([]);
  });

  it('equals the pooled figure when every force has the same N and the same number of relevant files', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100 }),
        fc.integer({ min: 1000, max: 100_000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 43 }),
        (relevant, populationSize, extra, seeds) => {
          const forces = seeds.map((s, i) => force(`f${i}`, populationSize, relevant + extra, s % (relevant + 1), relevant));
          const pooled = forces.reduce((sum, f) => sum + f.met, 0) / (relevant * forces.length);
          expect(weightedEstimate(forces).estimate).toBeCloseTo(pooled, 12);
        },
      ),
    );
  });

  it('leaves out and names forces with fewer than 2 relevant files or no population size', () => {
    const result = weightedEstimate([
      force('a', 2000, 60, 54, 60),
      force('b', 5000, 60, 1, 1),
      force('c', null, 60, 40, 50),
      force('d', 0, 60, 40, 50),
      force('e', 3000, 60, 0, 0),
      force('f', 50, 60, 40, 50),
    ]);
    expect(result.included.map((f) => f.code)).toEqual(['a']);
    expect(result.included[0]?.weight).toBe(1); // the weights are shares of the included forces only
    expect(result.estimate).toBeCloseTo(0.9, 12);
    expect(result.excluded).toEqual([
      { code: 'b', name: 'Force b', reason: 'fewer-than-2-relevant' },
      { code: 'c', name: 'Force c', reason: 'no-population-size' },
      { code: 'd', name: 'Force d', reason: 'no-population-size' },
      { code: 'e', name: 'Force e', reason: 'fewer-than-2-relevant' },
      { code: 'f', name: 'Force f', reason: 'sample-larger-than-population' },
    ]);
    expect(result.excluded.map((f) => exclusionReasonText(f.reason))).toEqual([
      'fewer than 2 relevant files',
      'no crimes-recorded figure (population size)',
      'no crimes-recorded figure (population size)',
      'fewer than 2 relevant files',
      'more files sampled than crimes recorded',
    ]);
  });

  it('has no estimate when no force is included', () => {
    const result = weightedEstimate([force('a', null, 60, 54, 60), force('b', 5000, 60, 1, 1)]);
    expect(result.estimate).toBeNull();
    expect(result.variance).toBeNull();
    expect(result.interval).toBeNull();
    expect(result.excluded).toHaveLength(2);
    expect(weightedEstimatePercent(result)).toEqual({ estimate: null, low: null, high: null });
    expect(weightedEstimate([]).estimate).toBeNull();
  });

  it('adds no variance for a force that reviewed its whole population (f = 1)', () => {
    const result = weightedEstimate([force('census', 60, 60, 54, 60), force('sampled', 6000, 60, 54, 60)]);
    expect(result.included[0]?.samplingFraction).toBe(1);
    expect(result.included[0]?.varianceContribution).toBe(0);
    expect(result.included[1]?.varianceContribution).toBeGreaterThan(0);
    const censusOnly = weightedEstimate([force('census', 60, 60, 54, 60)]);
    expect(censusOnly.variance).toBe(0);
    expect(censusOnly.interval).toEqual({ low: 0.9, high: 0.9 });
  });

  it('uses z = 1.96 unless told otherwise', () => {
    expect(Z_WEIGHTED_95).toBe(1.96);
    const forces = [force('a', 2000, 60, 30, 60)]; // p = 0.5: far enough from 0 and 1 not to be clipped
    const wide = weightedEstimate(forces, 3);
    const normal = weightedEstimate(forces);
    const width = (r: typeof normal) => (r.interval ? r.interval.high - r.interval.low : 0);
    expect(width(wide) / width(normal)).toBeCloseTo(3 / 1.96, 10);
  });

  it('refuses impossible counts', () => {
    expect(() => weightedEstimate([force('a', 2000, 60, 61, 60)])).toThrow(RangeError);
    expect(() => weightedEstimate([force('a', 2000, 60, 50, 61)])).toThrow(RangeError);
    expect(() => weightedEstimate([force('a', 2000, 60, -1, 60)])).toThrow(RangeError);
    expect(() => weightedEstimate([force('a', 2000.5, 60, 1, 60)])).toThrow(RangeError);
  });

  it('always has an interval within 0–1 that contains the estimate', () => {
    const forceArbitrary = fc
      .record({ populationSize: fc.integer({ min: 1, max: 200_000 }), sampled: fc.integer({ min: 0, max: 200 }) })
      .chain(({ populationSize, sampled }) => {
        const s = Math.min(sampled, populationSize);
        return fc
          .integer({ min: 0, max: s })
          .chain((relevant) => fc.integer({ min: 0, max: relevant }).map((met) => force('x', populationSize, s, met, relevant)));
      });
    fc.assert(
      fc.property(fc.array(forceArbitrary, { maxLength: 43 }), (forces) => {
        const result = weightedEstimate(forces);
        expect(result.included.length + result.excluded.length).toBe(forces.length);
        if (result.estimate === null || result.interval === null) {
          expect(result.included).toHaveLength(0);
          return;
        }
        expect(Number.isFinite(result.estimate)).toBe(true);
        expect(result.interval.low).toBeGreaterThanOrEqual(0);
        expect(result.interval.high).toBeLessThanOrEqual(1);
        expect(result.interval.low).toBeLessThanOrEqual(result.estimate);
        expect(result.interval.high).toBeGreaterThanOrEqual(result.estimate);
        expect(result.variance).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});
