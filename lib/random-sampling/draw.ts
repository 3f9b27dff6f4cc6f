import crypto from 'node:crypto';
import { allocateProportional } from './allocate';
import { Prng } from './prng';

/** Stored with every draw: change the method, change this name, so old draws stay explainable. */
export const DRAW_METHOD = 'stratified-proportional-v1';

/** How DRAW_METHOD works, in words a lead can quote when asked how a sample was chosen. */
export const DRAW_METHOD_DESCRIPTION = [
  'Stratified by crime type, in proportion to the population, using largest-remainder rounding.',
  'Within each crime type the files are put in order of crime reference (character by character),',
  'then shuffled (Fisher–Yates) by the xoshiro128** generator seeded with the SHA-256 hash of',
  '“seed:crime type”. The first files of each shuffled list are the sample; the rest, in the same',
  'order, are that crime type’s reserve list.',
].join(' ');

export interface Stratum {
  crimeType: string;
  population: number;
  sample: number;
}

export interface DrawnFile<T> {
  file: T;
  /** 1-based place in its crime type's part of the sample, or of the reserve list. */
  position: number;
}

export interface StratifiedDraw<T> {
  method: typeof DRAW_METHOD;
  seed: string;
  sampleSize: number;
  populationSize: number;
  /** Every crime type, in the order of the codes, including those with no files. */
  strata: Stratum[];
  /** Crime type by crime type, in draw order. */
  sample: DrawnFile<T>[];
  /** The reserve list: the rest of each crime type, in the same seeded order; position restarts at 1. */
  reserves: DrawnFile<T>[];
}

/** The SHA-256 of a file's bytes, in hex: proof of exactly which population file a draw used. */
export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Why a sample of this size cannot be drawn, or null when it can. */
export function drawSizeProblem(sampleSize: number, populationSize: number): string | null {
  if (!Number.isInteger(sampleSize) || sampleSize < 1) return 'The sample size must be a whole number, 1 or more';
  if (sampleSize > populationSize)
    return `The population file has ${populationSize.toLocaleString('en-GB')} files, fewer than the sample size of ${sampleSize.toLocaleString('en-GB')}`;
  return null;
}

// Code-unit order: the same on every machine and locale, unlike localeCompare.
const byReference = (a: { crimeReference: string }, b: { crimeReference: string }) =>
  a.crimeReference < b.crimeReference ? -1 : a.crimeReference > b.crimeReference ? 1 : 0;

/**
 * Draws a stratified random sample (DRAW_METHOD_DESCRIPTION). The same files and seed give the
 * same sample and reserve list whatever order the files come in. References must be unique.
 */
export function drawStratifiedSample<T extends { crimeReference: string; crimeType: string }>(
  population: readonly T[],
  sampleSize: number,
  seed: string,
  /** The template's crime type codes, in its order: the strata, and the order ties are broken in. */
  crimeTypes: readonly string[],
): StratifiedDraw<T> {
  const problem = drawSizeProblem(sampleSize, population.length);
  if (problem) throw new RangeError(problem);
  const groups = new Map<string, T[]>(crimeTypes.map((code) => [code, []]));
  for (const file of population) groups.get(file.crimeType)?.push(file);

  const allocation = allocateProportional(
    crimeTypes.map((code) => ({ key: code, population: groups.get(code)?.length ?? 0 })),
    sampleSize,
  );
  const sample: DrawnFile<T>[] = [];
  const reserves: DrawnFile<T>[] = [];
  for (const { key, sample: take } of allocation) {
    const ordered = [...(groups.get(key) ?? [])].sort(byReference);
    const shuffled = new Prng(`${seed}:${key}`).shuffle(ordered);
    shuffled.forEach((file, i) => {
      if (i < take) sample.push({ file, position: i + 1 });
      else reserves.push({ file, position: i - take + 1 });
    });
  }
  return {
    method: DRAW_METHOD,
    seed,
    sampleSize,
    populationSize: population.length,
    strata: allocation.map((a) => ({ crimeType: a.key, population: a.population, sample: a.sample })),
    sample,
    reserves,
  };
}
