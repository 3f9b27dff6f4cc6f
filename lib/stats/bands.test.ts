import { describe, expect, it } from 'vitest';
import { assignBand, bandFor, bandForPercent, MAX_BANDS, themeBand, validateBandSet, type Band } from './bands';
import { percentOf } from './rounding';
import { wilsonInterval } from './wilson';

const BANDS: Band[] = [
  { from: 0, label: 'a minority' },
  { from: 50, label: 'too few' },
  { from: 65, label: 'a reasonable majority' },
  { from: 80, label: 'a large majority' },
];

const labelFor = (met: number, relevant: number) => bandFor(BANDS, met, relevant)?.label;

describe('the band of a figure', () => {
  it.each([
    // [met, relevant, band]: just below, exactly on and just above each boundary.
    [4999, 10000, 'a minority'],
    [1, 2, 'too few'],
    [5001, 10000, 'too few'],
    [6499, 10000, 'too few'],
    [13, 20, 'a reasonable majority'],
    [6501, 10000, 'a reasonable majority'],
    [7999, 10000, 'a reasonable majority'],
    [4, 5, 'a large majority'],
    [8001, 10000, 'a large majority'],
    [0, 7, 'a minority'],
    [7, 7, 'a large majority'],
  ] as const)('%i of %i is %s', (met, relevant, label) => {
    expect(labelFor(met, relevant)).toBe(label);
  });

  it('comes from the exact proportion, not the rounded percentage', () => {
    // 6,499 of 10,000 is printed as 65.0% but is below 65%.
    expect(percentOf(6499, 10000)).toBe(65);
    expect(labelFor(6499, 10000)).toBe('too few');
    // 2 of 3 is 66.666…%, printed 66.7; a band from 66.7 does not hold it.
    const thirds: Band[] = [
      { from: 0, label: 'lower' },
      { from: 66.7, label: 'upper' },
    ];
    expect(bandFor(thirds, 2, 3)?.label).toBe('lower');
    expect(bandFor(thirds, 667, 1000)?.label).toBe('upper');
  });

  it('is null when no file is relevant', () => {
    expect(bandFor(BANDS, 0, 0)).toBeNull();
  });

  it('of a plain percentage (an interval bound) includes the lower bound', () => {
    expect(bandForPercent(BANDS, 64.99).label).toBe('too few');
    expect(bandForPercent(BANDS, 65).label).toBe('a reasonable majority');
    expect(bandForPercent(BANDS, 100).label).toBe('a large majority');
    expect(bandForPercent(BANDS, 0).label).toBe('a minority');
  });

  it('refuses impossible counts, percentages and band sets', () => {
    expect(() => bandFor(BANDS, 6, 5)).toThrow(RangeError);
    expect(() => bandFor(BANDS, 1.5, 5)).toThrow(RangeError);
    expect(() => bandForPercent(BANDS, 100.1)).toThrow(RangeError);
    expect(() => bandForPercent(BANDS, Number.NaN)).toThrow(RangeError);
    expect(() => bandFor([{ from: 10, label: 'x' }], 1, 2)).toThrow(/first band must start at 0%/);
  });
});

describe('uncertain bands', () => {
  const assign = (met: number, relevant: number, low: number, high: number) => assignBand(BANDS, met, relevant, { low, high });

  it('at the low end of an interval: touching a boundary does not cross into the band below', () => {
    // 13 of 20 = 65%, exactly on the boundary of 'a reasonable majority'.
    expect(assign(13, 20, 64.99, 70)).toEqual({
      band: BANDS[2],
      uncertain: true,
      spans: ['too few', 'a reasonable majority'],
    });
    expect(assign(13, 20, 65, 70)).toEqual({ band: BANDS[2], uncertain: false, spans: ['a reasonable majority'] });
    expect(assign(13, 20, 65.01, 70)).toEqual({ band: BANDS[2], uncertain: false, spans: ['a reasonable majority'] });
  });

  it('at the high end of an interval: reaching a boundary reaches the band above, which starts there', () => {
    // 12 of 20 = 60%, 'too few'.
    expect(assign(12, 20, 55, 64.99)).toEqual({ band: BANDS[1], uncertain: false, spans: ['too few'] });
    expect(assign(12, 20, 55, 65)).toEqual({ band: BANDS[1], uncertain: true, spans: ['too few', 'a reasonable majority'] });
    expect(assign(12, 20, 55, 65.01)).toEqual({ band: BANDS[1], uncertain: true, spans: ['too few', 'a reasonable majority'] });
  });

  it('at each boundary, for figures just below, on and just above it with a narrow interval', () => {
    for (const boundary of [50, 65, 80]) {
      // 10,000 files: one file is 0.01%; an interval of ±0.005 around the figure.
      const met = boundary * 100;
      const below = assign(met - 1, 10000, boundary - 0.015, boundary - 0.005);
      const on = assign(met, 10000, boundary, boundary + 0.005);
      const straddling = assign(met, 10000, boundary - 0.005, boundary + 0.005);
      const above = assign(met + 1, 10000, boundary + 0.005, boundary + 0.015);
      expect(below?.uncertain, `${boundary} below`).toBe(false);
      expect(on?.uncertain, `${boundary} on`).toBe(false);
      expect(straddling?.uncertain, `${boundary} straddling`).toBe(true);
      expect(above?.uncertain, `${boundary} above`).toBe(false);
      expect(below?.band.label).not.toBe(on?.band.label);
      expect(on?.band.label).toBe(above?.band.label);
    }
  });

  it('lists every band a wide interval covers, in order', () => {
    // 54 of 60 = 90%, Wilson 79.9%–95.3%: a large majority, but it may be only a reasonable one.
    const wilson = wilsonInterval(54, 60);
    if (!wilson) throw new Error('expected an interval');
    expect(assignBand(BANDS, 54, 60, { low: 100 * wilson.low, high: 100 * wilson.high })).toEqual({
      band: BANDS[3],
      uncertain: true,
      spans: ['a reasonable majority', 'a large majority'],
    });
    // 3 of 5 = 60%, Wilson 23.1%–88.2%: every band.
    const small = wilsonInterval(3, 5);
    if (!small) throw new Error('expected an interval');
    expect(assignBand(BANDS, 3, 5, { low: 100 * small.low, high: 100 * small.high })?.spans).toEqual(BANDS.map((b) => b.label));
  });

  it('counts the figure’s own band even if the interval given leaves it out', () => {
    expect(assign(13, 20, 80, 90)?.spans).toEqual(['a reasonable majority', 'a large majority']);
  });

  it('is null without relevant files, and refuses a back-to-front interval', () => {
    expect(assign(0, 0, 0, 100)).toBeNull();
    expect(() => assign(13, 20, 70, 60)).toThrow(RangeError);
  });
});

describe('validating a band set', () => {
  it('accepts a good set', () => {
    expect(validateBandSet(BANDS)).toEqual([]);
    expect(validateBandSet([{ from: 0, label: 'all' }])).toEqual([]);
  });

  it('says what is wrong, band by band', () => {
    expect(validateBandSet([])).toEqual(['Add at least one band, starting at 0%']);
    expect(validateBandSet([{ from: 5, label: 'few' }])).toEqual(['The first band must start at 0%, not 5%']);
    expect(
      validateBandSet([
        { from: 0, label: 'few' },
        { from: 65, label: 'some' },
        { from: 65, label: 'many' },
      ]),
    ).toEqual(['Band 3 (‘many’) must start above band 2’s 65%, not at 65%: bands go from lowest to highest']);
    expect(
      validateBandSet([
        { from: 0, label: 'few' },
        { from: 80, label: 'many' },
        { from: 50, label: 'some' },
      ]),
    ).toEqual(['Band 3 (‘some’) must start above band 2’s 80%, not at 50%: bands go from lowest to highest']);
    expect(
      validateBandSet([
        { from: 0, label: 'few' },
        { from: 50, label: '  ' },
      ]),
    ).toEqual(['Band 2 needs a label']);
    expect(
      validateBandSet([
        { from: 0, label: 'too few' },
        { from: 50, label: 'many' },
        { from: 70, label: 'Too few ' },
      ]),
    ).toEqual(['Band 3’s label ‘Too few’ is already used by band 1: each band needs its own label']);
    expect(
      validateBandSet([
        { from: 0, label: 'few' },
        { from: 120, label: 'many' },
      ]),
    ).toEqual(['Band 2 (‘many’) must start between 0% and 100%, not 120%']);
    expect(
      validateBandSet([
        { from: 0, label: 'few' },
        { from: 62.25, label: 'many' },
      ]),
    ).toEqual(['Band 2 (‘many’) must start at a whole number or one decimal place, like 65 or 62.5, not 62.25%']);
  });

  it('allows at most ten bands', () => {
    const bands = (count: number) => Array.from({ length: count }, (_, i) => ({ from: i * 5, label: `band ${i + 1}` }));
    expect(MAX_BANDS).toBe(10);
    expect(validateBandSet(bands(10))).toEqual([]);
    expect(validateBandSet(bands(11))).toEqual(['There can be at most 10 bands, not 11']);
  });
});

describe('a theme’s band', () => {
  it('is the lowest band among its key questions', () => {
    expect(themeBand([BANDS[3] ?? null, BANDS[1] ?? null, BANDS[2] ?? null])).toEqual(BANDS[1]);
    expect(themeBand([BANDS[3] ?? null])).toEqual(BANDS[3]);
  });

  it('passes over questions without a figure, and is null when none has one', () => {
    expect(themeBand([null, BANDS[2] ?? null, null])).toEqual(BANDS[2]);
    expect(themeBand([null, null])).toBeNull();
    expect(themeBand([])).toBeNull();
  });
});
