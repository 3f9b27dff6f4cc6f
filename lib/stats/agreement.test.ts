import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreement, agreementPairs, COUNTS_AS, formatThreeDecimals, questionCategories, type CountsAs, type Pair } from './agreement';

/** `count` copies of the pair [a, b]. */
function repeat<C extends string>(count: number, a: C, b: C): Pair<C>[] {
  return Array.from({ length: count }, () => [a, b] as const);
}

const three = (value: number | null) => formatThreeDecimals(value);

describe('agreement between two reviewers', () => {
  it('on a yes/no question, matches the figures worked by hand', () => {
    // 60 pairs: 56 met/met, 1 not_met/not_met, 2 met/not_met, 1 not_met/met.
    //   agreed = 57; pₒ = 57/60 = 0.95 → 95.0%.
    //   First reviewer: met 58, not_met 2. Second: met 57, not_met 3.
    // Kappa: pₑ = (58·57 + 2·3)/60² = 3312/3600 = 0.92;
    //   κ = (0.95 − 0.92)/(1 − 0.92) = 0.03/0.08 = 0.375.
    // AC1, q = 2: t_met = 58 + 57 = 115, t_not = 2 + 3 = 5; π = 115/120, 5/120.
    //   Σ π(1 − π) = 2 · (115/120)(5/120) = 1150/14400 = 0.0798611; pₑ = 0.0798611/(2 − 1).
    //   AC1 = (0.95 − 0.0798611)/(1 − 0.0798611) = 0.8701389/0.9201389 = 0.94566 → 0.946.
    // Alpha: N = 120, n_met = 115, n_not = 5. The 3 disagreeing pairs give Σ_{c≠k} o_ck = 6.
    //   Σ_{c≠k} n_c·n_k = 2·115·5 = 1150. α = 1 − 119·6/1150 = 1 − 714/1150 = 0.37913 → 0.379.
    const pairs = [
      ...repeat(56, 'met', 'met'),
      ...repeat(1, 'not_met', 'not_met'),
      ...repeat(2, 'met', 'not_met'),
      ...repeat(1, 'not_met', 'met'),
    ];
    const a = agreement(['met', 'not_met'], pairs);
    expect(a.pairs).toBe(60);
    expect(a.agreed).toBe(57);
    expect(a.percentAgreement).toBe(95);
    expect(three(a.kappa)).toBe('0.375');
    expect(three(a.ac1)).toBe('0.946');
    expect(three(a.alpha)).toBe('0.379');
    // Wilson, z = 1.96, 57 of 60: centre = (0.95 + z²/120)/(1 + z²/60) = 0.92292,
    //   half = (z/(1 + z²/60))·√(0.95·0.05/60 + z²/14400) = 0.05993 → 86.3%–98.3%.
    expect(a.interval).toEqual({ low: 86.3, high: 98.3 });
  });

  it('on a three-category question, matches the figures worked by hand', () => {
    // 60 pairs: 40 met/met, 6 partly/partly, 4 not_met/not_met, 5 met/partly, 3 partly/not_met, 2 not_met/met.
    //   agreed = 50; pₒ = 50/60 = 0.83333 → 83.3%.
    //   First: met 45, partly 9, not_met 6. Second: met 42, partly 11, not_met 7.
    // Kappa: pₑ = (45·42 + 9·11 + 6·7)/3600 = (1890 + 99 + 42)/3600 = 2031/3600 = 0.564167;
    //   κ = (0.833333 − 0.564167)/(1 − 0.564167) = 0.269167/0.435833 = 0.61759 → 0.618.
    // AC1, q = 3: t = 87, 20, 13 of 120; π = 0.725, 0.166667, 0.108333.
    //   Σ π(1 − π) = 0.199375 + 0.138889 + 0.096597 = 0.434861; pₑ = 0.434861/2 = 0.217431.
    //   AC1 = (0.833333 − 0.217431)/(1 − 0.217431) = 0.615903/0.782569 = 0.78703 → 0.787.
    // Alpha: N = 120; 10 disagreeing pairs give Σ_{c≠k} o_ck = 20.
    //   Σ_{c≠k} n_c·n_k = 120² − (87² + 20² + 13²) = 14400 − 8138 = 6262.
    //   α = 1 − 119·20/6262 = 1 − 2380/6262 = 0.61993 → 0.620.
    const pairs = [
      ...repeat(40, 'met', 'met'),
      ...repeat(6, 'partly', 'partly'),
      ...repeat(4, 'not_met', 'not_met'),
      ...repeat(5, 'met', 'partly'),
      ...repeat(3, 'partly', 'not_met'),
      ...repeat(2, 'not_met', 'met'),
    ];
    const a = agreement(['met', 'partly', 'not_met'], pairs);
    expect(a.agreed).toBe(50);
    expect(a.percentAgreement).toBe(83.3);
    expect(three(a.kappa)).toBe('0.618');
    expect(three(a.ac1)).toBe('0.787');
    expect(three(a.alpha)).toBe('0.620');
  });

  it('with perfect agreement on one category: AC1 is 1, kappa and alpha are undefined (null, not NaN)', () => {
    // pₑ(kappa) = 1 → 0/0. No variation → alpha's Σ n_c·n_k = 0. AC1: π_met = 1, pₑ = 0, AC1 = 1.
    const a = agreement(['met', 'not_met'], repeat(12, 'met', 'met'));
    expect(a.percentAgreement).toBe(100);
    expect(a.kappa).toBeNull();
    expect(a.alpha).toBeNull();
    expect(a.ac1).toBe(1);
  });

  it('has nothing to say without pairs', () => {
    expect(agreement(['met', 'not_met'], [])).toEqual({
      pairs: 0,
      agreed: 0,
      percentAgreement: null,
      interval: null,
      kappa: null,
      ac1: null,
      alpha: null,
    });
  });

  it('has no AC1 when the question can take only one category', () => {
    expect(agreement(['met'], repeat(3, 'met', 'met')).ac1).toBeNull();
  });

  it('takes q from the categories the question can take, not those observed', () => {
    // Same pairs as the yes/no case but a YNA question with a rule: q = 3, so pₑ halves.
    // pₑ = 0.0798611/2 = 0.0399306; AC1 = (0.95 − 0.0399306)/(1 − 0.0399306) = 0.9479 → 0.948.
    const pairs = [
      ...repeat(56, 'met', 'met'),
      ...repeat(1, 'not_met', 'not_met'),
      ...repeat(2, 'met', 'not_met'),
      ...repeat(1, 'not_met', 'met'),
    ];
    expect(three(agreement(['met', 'not_met', 'not_applicable'], pairs).ac1)).toBe('0.948');
  });

  it('refuses a pair outside the categories, and a category listed twice', () => {
    expect(() => agreement(['met', 'not_met'], [['met', 'partly']])).toThrow(RangeError);
    expect(() => agreement(['met', 'met'], [])).toThrow(RangeError);
  });

  const judgementsArbitrary = fc
    .integer({ min: 1, max: 4 })
    .chain((q) =>
      fc.tuple(
        fc.constant(COUNTS_AS.slice(0, q)),
        fc.array(fc.tuple(fc.integer({ min: 0, max: q - 1 }), fc.integer({ min: 0, max: q - 1 })), { maxLength: 300 }),
      ),
    )
    .map(([categories, indices]) => ({
      categories,
      pairs: indices.map(([i, j]) => [categories[i] ?? 'met', categories[j] ?? 'met'] as const),
    }));

  it('keeps every statistic in range and finite or null', () => {
    fc.assert(
      fc.property(judgementsArbitrary, ({ categories, pairs }) => {
        const a = agreement(categories, pairs);
        if (a.percentAgreement !== null) {
          expect(a.percentAgreement).toBeGreaterThanOrEqual(0);
          expect(a.percentAgreement).toBeLessThanOrEqual(100);
        }
        for (const value of [a.kappa, a.ac1, a.alpha, a.percentAgreement, a.interval?.low, a.interval?.high]) {
          if (value !== null && value !== undefined) expect(Number.isFinite(value)).toBe(true);
        }
        if (a.kappa !== null) expect(a.kappa).toBeLessThanOrEqual(1);
        if (a.ac1 !== null) expect(a.ac1).toBeLessThanOrEqual(1);
        if (a.alpha !== null) expect(a.alpha).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on which reviewer was first', () => {
    fc.assert(
      fc.property(judgementsArbitrary, ({ categories, pairs }) => {
        const swapped = pairs.map(([a, b]) => [b, a] as const);
        expect(agreement(categories, swapped)).toEqual(agreement(categories, pairs));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('three-decimal formatting for CSV', () => {
  it('writes three places, empty for null, and never -0.000', () => {
    expect(formatThreeDecimals(0.375)).toBe('0.375');
    expect(formatThreeDecimals(1)).toBe('1.000');
    expect(formatThreeDecimals(-0.25)).toBe('-0.250');
    expect(formatThreeDecimals(-0.0004)).toBe('0.000');
    expect(formatThreeDecimals(-0)).toBe('0.000');
    expect(formatThreeDecimals(0.61993)).toBe('0.620');
    expect(formatThreeDecimals(null)).toBe('');
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => formatThreeDecimals(Number.NaN)).toThrow(RangeError);
    expect(() => formatThreeDecimals(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('pairs for a question', () => {
  it('keeps files where at least one review found the question relevant; not asked counts as not applicable', () => {
    const pairs = agreementPairs([
      { first: 'met', second: 'met' },
      { first: 'not_applicable', second: 'not_applicable' }, // neither relevant: left out
      { first: null, second: null }, // not asked by either: left out
      { first: 'met', second: null }, // asked by one only: a disagreement
      { first: 'not_applicable', second: 'partly' },
      { first: null, second: 'not_applicable' }, // not asked vs not applicable: left out
    ]);
    expect(pairs).toEqual([
      ['met', 'met'],
      ['met', 'not_applicable'],
      ['not_applicable', 'partly'],
    ]);
  });
});

describe('categories a question can take (for AC1)', () => {
  it('are its scale’s counts_as values, distinct and in order, plus not applicable when it has a rule', () => {
    const yn: CountsAs[] = ['met', 'not_met'];
    expect(questionCategories(yn, false)).toEqual(['met', 'not_met']);
    expect(questionCategories(yn, true)).toEqual(['met', 'not_met', 'not_applicable']);
    expect(questionCategories(['not_applicable', 'not_met', 'partly', 'met'], false)).toEqual([
      'met',
      'partly',
      'not_met',
      'not_applicable',
    ]);
    // A custom scale with two options counting as met, and a rule, with na already on the scale.
    expect(questionCategories(['met', 'met', 'not_met', 'not_applicable'], true)).toEqual(['met', 'not_met', 'not_applicable']);
  });
});
