import { peelFlags, type CrimeType } from './peel-2017';
import { Prng } from '@/lib/random-sampling/prng';

export interface DemoFile {
  crimeReference: string;
  crimeType: CrimeType;
  recordedOn: string;
  outcome: number | null;
  /** The PEEL 2017 flags set on the file, by code. */
  flags: string[];
}

/** Kent's 60 demo files by crime type: roughly how the 2017 design spread a force's sample. */
const SPREAD: readonly [CrimeType, number][] = [
  ['theft-from-person', 7],
  ['rape', 8],
  ['stalking', 5],
  ['harassment', 10],
  ['common-assault', 13],
  ['gbh-wounding', 6],
  ['abh', 11],
];

/** Outcomes weighted as they fall for these crimes (many 14/16/18, few charges); null = open. */
const OUTCOME_WEIGHTS: Record<CrimeType, readonly [number | null, number][]> = {
  'theft-from-person': [
    [18, 12],
    [1, 2],
    [14, 2],
    [null, 1],
  ],
  rape: [
    [16, 4],
    [15, 3],
    [1, 2],
    [null, 3],
    [14, 1],
  ],
  stalking: [
    [16, 3],
    [1, 2],
    [15, 2],
    [8, 1],
    [null, 1],
  ],
  harassment: [
    [16, 4],
    [1, 2],
    [8, 2],
    [14, 2],
    [21, 1],
    [null, 1],
  ],
  'common-assault': [
    [16, 5],
    [14, 2],
    [1, 2],
    [8, 2],
    [3, 1],
    [18, 1],
    [null, 1],
  ],
  'gbh-wounding': [
    [1, 3],
    [15, 2],
    [16, 2],
    [null, 2],
    [18, 1],
  ],
  abh: [
    [16, 4],
    [1, 3],
    [15, 2],
    [3, 1],
    [8, 1],
    [null, 1],
  ],
};

const DOMESTIC_SHARE: Record<CrimeType, number> = {
  'theft-from-person': 0,
  rape: 35,
  stalking: 60,
  harassment: 45,
  'common-assault': 40,
  'gbh-wounding': 25,
  abh: 40,
};

function weighted<T>(prng: Prng, options: readonly [T, number][]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = prng.nextBelow(total);
  for (const [value, weight] of options) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return (options[options.length - 1] as [T, number])[0];
}

function dateIn2017Q1(prng: Prng): string {
  const day = prng.nextBelow(31 + 28 + 31); // 1 January to 31 March 2017
  const date = new Date(Date.UTC(2017, 0, 1 + day));
  return date.toISOString().slice(0, 10);
}

/** Invented, deterministic: the same 60 files on every machine. */
export function kentDemoFiles(): DemoFile[] {
  const prng = new Prng('review-case-files demo: kent 2017');
  const files: DemoFile[] = [];
  const used = new Set<string>();
  for (const [crimeType, count] of SPREAD) {
    for (let i = 0; i < count; i += 1) {
      let reference: string;
      do reference = `46/${String(10000 + prng.nextBelow(89999)).padStart(5, '0')}/17`;
      while (used.has(reference));
      used.add(reference);
      const domesticAbuse = prng.nextBelow(100) < DOMESTIC_SHARE[crimeType];
      files.push({
        crimeReference: reference,
        crimeType,
        recordedOn: dateIn2017Q1(prng),
        outcome: weighted(prng, OUTCOME_WEIGHTS[crimeType]),
        flags: peelFlags(
          domesticAbuse,
          prng.nextBelow(100) < (domesticAbuse ? 45 : 15),
          prng.nextBelow(100) < (crimeType === 'rape' ? 70 : 25),
        ),
      });
    }
  }
  return files.sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.crimeReference.localeCompare(b.crimeReference));
}
