import { CRIME_TYPE_CODES, peelFlags, type CrimeType } from './peel-2017';
import { Prng } from '@/lib/random-sampling/prng';
import type { DemoFile } from './kent-files';

/** Share of a force's sample per crime type (out of 60), as the 2017 design roughly spread it. */
const SHARE: Readonly<Record<CrimeType, number>> = {
  'theft-from-person': 7,
  rape: 8,
  stalking: 5,
  harassment: 10,
  'common-assault': 13,
  'gbh-wounding': 6,
  abh: 11,
};

/** Outcomes as they tend to fall for these crimes (many 14, 16 and 18; few charges); null = open. */
const OUTCOMES: readonly [number | null, number][] = [
  [16, 30],
  [18, 14],
  [1, 14],
  [15, 10],
  [14, 8],
  [8, 6],
  [3, 3],
  [21, 2],
  [null, 10],
];

/** Splits `count` over crime types in proportion to SHARE (largest remainders), so any size works. */
export function allocateByCrimeType(count: number): [CrimeType, number][] {
  const total = Object.values(SHARE).reduce((a, b) => a + b, 0);
  const exact = CRIME_TYPE_CODES.map((code) => [code, (count * SHARE[code]) / total] as const);
  const out = exact.map(([code, x]) => [code, Math.floor(x)] as [CrimeType, number]);
  let left = count - out.reduce((a, [, n]) => a + n, 0);
  const byRemainder = exact.map(([, x], i) => [i, x - Math.floor(x)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [i] of byRemainder) {
    if (left === 0) break;
    const entry = out[i];
    if (entry) entry[1] += 1;
    left -= 1;
  }
  return out;
}

function weighted<T>(prng: Prng, options: readonly [T, number][]): T {
  let roll = prng.nextBelow(options.reduce((sum, [, w]) => sum + w, 0));
  for (const [value, weight] of options) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return (options[options.length - 1] as [T, number])[0];
}

/**
 * Invented files for a force's sample: deterministic for a seed, spread over the crime types,
 * recorded in January–March 2017, with plausible outcomes and flags. References are
 * `<prefix>/<serial>/17`, unique within the list.
 */
export function generateFiles(seed: string, referencePrefix: string, count: number): DemoFile[] {
  const prng = new Prng(seed);
  const files: DemoFile[] = [];
  let serial = 0;
  for (const [crimeType, n] of allocateByCrimeType(count)) {
    for (let i = 0; i < n; i += 1) {
      serial += 1 + prng.nextBelow(40);
      const domesticAbuse = crimeType !== 'theft-from-person' && prng.nextBelow(100) < 40;
      const day = prng.nextBelow(31 + 28 + 31);
      files.push({
        crimeReference: `${referencePrefix}/${String(serial).padStart(6, '0')}/17`,
        crimeType,
        recordedOn: new Date(Date.UTC(2017, 0, 1 + day)).toISOString().slice(0, 10),
        outcome: weighted(prng, OUTCOMES),
        flags: peelFlags(
          domesticAbuse,
          prng.nextBelow(100) < (domesticAbuse ? 45 : 15),
          prng.nextBelow(100) < (crimeType === 'rape' ? 70 : 25),
        ),
      });
    }
  }
  return files;
}
