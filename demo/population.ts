import type { CrimeType } from './peel-2017';
import { Prng } from '@/lib/random-sampling/prng';

/** Roughly how the seven crime types share a force's recorded crime in a quarter. */
const MIX: readonly [CrimeType, number][] = [
  ['theft-from-person', 12],
  ['rape', 3],
  ['stalking', 4],
  ['harassment', 18],
  ['common-assault', 30],
  ['gbh-wounding', 8],
  ['abh', 25],
];

const HEADER = 'crime_reference,crime_type,recorded_on,outcome,domestic_abuse,repeat_victim,vulnerable_victim';

function pick(prng: Prng): CrimeType {
  let roll = prng.nextBelow(100);
  for (const [type, weight] of MIX) {
    if (roll < weight) return type;
    roll -= weight;
  }
  return 'abh';
}

/**
 * An invented population extract (format 1) for a force: the same text for the same arguments on
 * every machine. For demonstrations and tests; references look like "POP/kent/000123".
 */
export function generatePopulationCsv(options: { force: string; size: number; seed?: string; from?: string; days?: number }): string {
  const prng = new Prng(options.seed ?? `population:${options.force}:${options.size}`);
  const start = Date.parse(`${options.from ?? '2017-01-01'}T00:00:00Z`);
  const days = options.days ?? 90;
  const lines = [HEADER];
  for (let i = 1; i <= options.size; i += 1) {
    const type = pick(prng);
    const recordedOn = new Date(start + prng.nextBelow(days) * 86_400_000).toISOString().slice(0, 10);
    const outcome = prng.nextBelow(5) === 0 ? '' : String(1 + prng.nextBelow(22));
    const flag = (percent: number) => (prng.nextBelow(100) < percent ? 'yes' : 'no');
    lines.push([`POP/${options.force}/${String(i).padStart(6, '0')}`, type, recordedOn, outcome, flag(30), flag(20), flag(25)].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
