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
