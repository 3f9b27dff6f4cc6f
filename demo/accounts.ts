import type { Role } from '@/domain/codes';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@review.example', name: 'Priya Shah', role: 'admin' },
  { email: 'lead@review.example', name: 'Gareth Lewis', role: 'lead' },
  { email: 'inspector1@review.example', name: 'Aisha Khan', role: 'inspector' },
  { email: 'inspector2@review.example', name: 'Tom Reid', role: 'inspector' },
];

export const DEMO_INSPECTION_SLUG = 'peel-effectiveness-2017';

/** When the demo inspection's fieldwork ran, and the window its crimes were recorded in. */
export const DEMO_DATES = {
  fieldworkStart: '2017-06-05',
  fieldworkEnd: '2017-07-28',
  recordedFrom: '2017-01-01',
  recordedTo: '2017-03-31',
} as const;
