import type { TestUser } from './users';

/** The answers import tests' own inspection, forces and inspectors: no other test touches them. */
export const ANSWERS_INSPECTION = { slug: 'e2e-answers', name: 'E2E answers import' } as const;

export const IMPORT_USERS = {
  importee: { email: 'importee@review.example', password: 'answers came by spreadsheet', name: 'Ida Porter', role: 'inspector' },
  holder: { email: 'holder@review.example', password: 'this file is held by me', name: 'Hal Holder', role: 'inspector' },
} satisfies Record<string, TestUser>;

export interface ImportFile {
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  domesticAbuse?: boolean;
  /** Assigned to this inspector before the test starts. */
  holder?: keyof typeof IMPORT_USERS;
}

const forceFiles = (prefix: string): ImportFile[] => [
  { crimeReference: `${prefix}/1`, crimeType: 'theft-from-person', recordedOn: '2017-01-10', outcome: 18 },
  { crimeReference: `${prefix}/2`, crimeType: 'harassment', recordedOn: '2017-02-14', outcome: 16, domesticAbuse: true },
  { crimeReference: `${prefix}/3`, crimeType: 'abh', recordedOn: '2017-03-01', outcome: 1, holder: 'holder' },
];

/** Norfolk for the test with JavaScript, Suffolk for the one without. */
export const IMPORT_FILES: Record<'norfolk' | 'suffolk', ImportFile[]> = { norfolk: forceFiles('NOR'), suffolk: forceFiles('SUF') };
