import type { Role } from '@/domain/codes';

export interface TestUser {
  email: string;
  password: string;
  name: string;
  role: Role;
}

/** Known sign-ins for the end-to-end database (e2e/support/prepare-db.ts creates them). */
export const USERS = {
  admin: { email: 'admin@review.example', password: 'admin password for tests', name: 'Priya Shah', role: 'admin' },
  lead: { email: 'lead@review.example', password: 'lead password for tests', name: 'Gareth Lewis', role: 'lead' },
  inspector: { email: 'inspector1@review.example', password: 'inspector one password', name: 'Aisha Khan', role: 'inspector' },
  inspector2: { email: 'inspector2@review.example', password: 'inspector two password', name: 'Tom Reid', role: 'inspector' },
  // Accounts that tests lock, disable or change: each belongs to one test only.
  lockout: { email: 'lockout@review.example', password: 'the right one at last', name: 'Lou Locke', role: 'inspector' },
  disableMe: { email: 'disable-me@review.example', password: 'disable me password', name: 'Dee Abel', role: 'inspector' },
  noScript: { email: 'noscript@review.example', password: 'no script password', name: 'Nora Script', role: 'lead' },
  noScriptTarget: { email: 'noscript-target@review.example', password: 'target of the admin', name: 'Nat Target', role: 'inspector' },
  resetMe: { email: 'reset-me@review.example', password: 'reset me password', name: 'Rex Setter', role: 'inspector' },
  // A lead of no inspection: others' sample pages, findings and exports must refuse them (never changed by a test).
  otherLead: { email: 'other-lead@review.example', password: 'other lead password', name: 'Olivia Other', role: 'lead' },
} satisfies Record<string, TestUser>;

/** An inspection whose files carry generated reviews (most submitted, some drafts), for the findings tests. */
export const FINDINGS_INSPECTION = { slug: 'peel-findings-e2e', name: 'PEEL 2017 findings (test data)' } as const;
