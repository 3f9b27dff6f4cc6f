/**
 * The PEEL 2017 template's codes as constants, for the demo data and for tests only: the service
 * itself reads every template's crime types, flags and scales from its version in the database
 * (seeded from db/seed-data/templates/peel-2017-crime-files.v1.json).
 */

export const CRIME_TYPES = [
  { code: 'theft-from-person', label: 'Theft from person' },
  { code: 'rape', label: 'Rape (including attempts)' },
  { code: 'stalking', label: 'Stalking' },
  { code: 'harassment', label: 'Harassment' },
  { code: 'common-assault', label: 'Common assault' },
  { code: 'gbh-wounding', label: 'Grievous bodily harm (wounding)' },
  { code: 'abh', label: 'Actual bodily harm' },
] as const;

export type CrimeType = (typeof CRIME_TYPES)[number]['code'];
export const CRIME_TYPE_CODES: readonly CrimeType[] = CRIME_TYPES.map((c) => c.code);

export function isCrimeType(value: string): value is CrimeType {
  return (CRIME_TYPE_CODES as readonly string[]).includes(value);
}

export function crimeTypeLabel(code: string): string {
  return CRIME_TYPES.find((c) => c.code === code)?.label ?? code;
}

export const FILE_FLAGS = [
  { code: 'domestic_abuse', label: 'Domestic abuse' },
  { code: 'repeat_victim', label: 'Repeat victim' },
  { code: 'vulnerable_victim', label: 'Vulnerable victim' },
] as const;

export type FileFlag = (typeof FILE_FLAGS)[number]['code'];

export const ANSWER_CODES = ['yes', 'partly', 'no', 'na'] as const;
export type AnswerCode = (typeof ANSWER_CODES)[number];

export const ANSWER_LABELS: Readonly<Record<AnswerCode, string>> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  na: 'Not applicable',
};

/** The answer sets of DOMAIN.md: which answers each kind of question allows. */
export const ANSWER_SETS = {
  YN: ['yes', 'no'],
  YNA: ['yes', 'no', 'na'],
  YPN: ['yes', 'partly', 'no'],
  YPNA: ['yes', 'partly', 'no', 'na'],
} as const satisfies Record<string, readonly AnswerCode[]>;

export type AnswerSet = keyof typeof ANSWER_SETS;
export const ANSWER_SET_CODES = Object.keys(ANSWER_SETS) as AnswerSet[];

/** "Partly" and "no" do not meet a criterion and must carry a rationale note. */
export function answerNeedsNote(answer: AnswerCode): boolean {
  return answer === 'partly' || answer === 'no';
}

/** The PEEL 2017 flags set on a file, as the list of codes a case file stores. */
export function peelFlags(domesticAbuse: boolean, repeatVictim: boolean, vulnerableVictim: boolean): string[] {
  return [
    ...(domesticAbuse ? ['domestic_abuse'] : []),
    ...(repeatVictim ? ['repeat_victim'] : []),
    ...(vulnerableVictim ? ['vulnerable_victim'] : []),
  ];
}
