import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRIME_TYPE_CODES, type CrimeType } from '@/demo/peel-2017';
import { drawStratifiedSample, sha256Hex } from './draw';

/** 100 files: 20 theft, 5 rape, 8 stalking, 25 harassment, 30 common assault, 10 GBH, 2 ABH. */
const COUNTS = [20, 5, 8, 25, 30, 10, 2];
const POPULATION = COUNTS.flatMap((n, t) => Array.from({ length: n }, () => CRIME_TYPE_CODES[t] as CrimeType)).map((crimeType, i) => ({
  crimeReference: `F${String(((i * 37) % 100) + 1).padStart(3, '0')}`,
  crimeType,
}));

const references = (files: { file: { crimeReference: string } }[]) => files.map((f) => f.file.crimeReference);

describe('drawing a stratified sample', () => {
  it('draws exactly this sample for this population and seed, on any machine', () => {
    const draw = drawStratifiedSample(POPULATION, 12, 'peel-2017-kent', CRIME_TYPE_CODES);
    // Checked in: if this list changes, every recorded draw stops reproducing.
    expect(references(draw.sample)).toEqual([
      'F038',
      'F071',
      'F078',
      'F026',
      'F003',
      'F070',
      'F062',
      'F009',
      'F065',
      'F080',
      'F058',
      'F057',
    ]);
    expect(references(draw.reserves.filter((r) => r.file.crimeType === 'rape'))).toEqual(['F015', 'F089', 'F052', 'F041']);
    expect(draw.strata).toEqual([
      { crimeType: 'theft-from-person', population: 20, sample: 2 },
      { crimeType: 'rape', population: 5, sample: 1 },
      { crimeType: 'stalking', population: 8, sample: 1 },
      { crimeType: 'harassment', population: 25, sample: 3 },
      { crimeType: 'common-assault', population: 30, sample: 4 },
      { crimeType: 'gbh-wounding', population: 10, sample: 1 },
      { crimeType: 'abh', population: 2, sample: 0 },
    ]);
    expect(draw).toMatchObject({ method: 'stratified-proportional-v1', seed: 'peel-2017-kent', sampleSize: 12, populationSize: 100 });
  });

  it('gives the same sample whatever order the file lists the population in', () => {
    const reversed = [...POPULATION].reverse();
    expect(references(drawStratifiedSample(reversed, 12, 'peel-2017-kent', CRIME_TYPE_CODES).sample)).toEqual(
      references(drawStratifiedSample(POPULATION, 12, 'peel-2017-kent', CRIME_TYPE_CODES).sample),
    );
  });

  it('gives a different sample for a different seed', () => {
    expect(references(drawStratifiedSample(POPULATION, 12, 'peel-2017-kent-2', CRIME_TYPE_CODES).sample)).not.toEqual(
      references(drawStratifiedSample(POPULATION, 12, 'peel-2017-kent', CRIME_TYPE_CODES).sample),
    );
  });

  it('puts every other file on the reserve list, numbered in draw order within its crime type', () => {
    const draw = drawStratifiedSample(POPULATION, 12, 'peel-2017-kent', CRIME_TYPE_CODES);
    expect(draw.sample.length + draw.reserves.length).toBe(100);
    expect(new Set([...references(draw.sample), ...references(draw.reserves)]).size).toBe(100);
    for (const type of CRIME_TYPE_CODES) {
      const positions = draw.reserves.filter((r) => r.file.crimeType === type).map((r) => r.position);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
    }
  });

  it('draws in proportion to the population: 60 of 3,000', () => {
    const population = Array.from({ length: 3000 }, (_, i): { crimeReference: string; crimeType: CrimeType } => ({
      crimeReference: `P${i}`,
      crimeType: i < 1500 ? 'common-assault' : i < 2400 ? 'abh' : i < 2700 ? 'harassment' : 'rape',
    }));
    const draw = drawStratifiedSample(population, 60, 'sixty', CRIME_TYPE_CODES);
    expect(Object.fromEntries(draw.strata.filter((s) => s.population > 0).map((s) => [s.crimeType, s.sample]))).toEqual({
      'common-assault': 30,
      abh: 18,
      harassment: 6,
      rape: 6,
    });
    expect(draw.sample).toHaveLength(60);
  });

  it('refuses a sample larger than the population', () => {
    expect(() => drawStratifiedSample(POPULATION.slice(0, 10), 11, 's', CRIME_TYPE_CODES)).toThrow(
      'The population file has 10 files, fewer than the sample size of 11',
    );
  });

  it('always draws the sample size, within each stratum’s population (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CRIME_TYPE_CODES), { minLength: 1, maxLength: 300 }),
        fc.string(),
        fc.nat(),
        (types, seed, k) => {
          const population = types.map((crimeType, i) => ({ crimeReference: `R${i}`, crimeType }));
          const size = 1 + (k % population.length);
          const draw = drawStratifiedSample(population, size, seed, CRIME_TYPE_CODES);
          expect(draw.sample).toHaveLength(size);
          for (const s of draw.strata) {
            expect(draw.sample.filter((f) => f.file.crimeType === s.crimeType)).toHaveLength(s.sample);
            expect(s.sample).toBeLessThanOrEqual(s.population);
          }
          expect(references(drawStratifiedSample(population, size, seed, CRIME_TYPE_CODES).sample)).toEqual(references(draw.sample));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hashes the population file’s bytes', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
