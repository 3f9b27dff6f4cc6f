/** Codes shared by files, forms and exports (CONTRACTS.md, "Codes"). */

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

/** Home Office crime outcome types, numbered 1–22. */
export const OUTCOMES: Readonly<Record<number, string>> = {
  1: 'Charged/summonsed',
  2: 'Caution – youth',
  3: 'Caution – adult',
  4: 'Taken into consideration',
  5: 'Offender died',
  6: 'Penalty notice for disorder',
  7: 'Cannabis/khat warning',
  8: 'Community resolution',
  9: 'Prosecution not in the public interest (CPS)',
  10: 'Formal action not in the public interest (police)',
  11: 'Prosecution prevented – suspect under age',
  12: 'Prosecution prevented – suspect too ill',
  13: 'Prosecution prevented – victim/key witness dead or too ill',
  14: 'Evidential difficulties – suspect not identified; victim does not support action',
  15: 'Evidential difficulties – suspect identified; victim supports action',
  16: 'Evidential difficulties – victim does not support (or withdraws support for) action',
  17: 'Prosecution time limit expired',
  18: 'Investigation complete – no suspect identified',
  19: 'Not investigated by NFIB (fraud)',
  20: 'Action undertaken by another body/agency',
  21: 'Further investigation not in the public interest (police)',
  22: 'Diversionary, educational or intervention activity',
};

export const OUTCOME_NUMBERS: readonly number[] = Object.keys(OUTCOMES).map(Number);

export function outcomeLabel(outcome: number | null): string {
  if (outcome === null) return 'Not yet finalised (under investigation)';
  const label = OUTCOMES[outcome];
  return label ? `${outcome} – ${label}` : String(outcome);
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

export const ROLES = ['inspector', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  inspector: 'Inspector',
  lead: 'Lead',
  admin: 'Admin',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
