import type { Role } from '@/domain/codes';

/**
 * How a person stands to the object they want to touch. The facts each kind of object offers are
 * loaded by the use-case (from the object itself, never from the request) and passed to the policy.
 */
export type Relation = 'leads-inspection' | 'assigned-file' | 'owns-token' | 'own-account';

/** What a role may do: always, never, or only when it holds a relation to the object. */
export type Grant = boolean | Relation;

export interface Rule {
  /** The kind of object the action is on: it says which facts the caller must supply. */
  object: ObjectKind;
  roles: Readonly<Record<Role, Grant>>;
  /** The command line runs with the database's own authority; some actions are a person's only. */
  operator: boolean;
  /** Why a refusal happened, in words for the person refused (and for the warn log). */
  refusal: string;
}

/** The facts each kind of object gives the policy. */
export interface ObjectFacts {
  /** Nothing in particular: actions decided by role alone (create an inspection, manage users). */
  service: Record<string, never>;
  inspection: { leadIds: readonly number[] };
  file: { leadIds: readonly number[]; assigneeId: number | null };
  token: { ownerId: number };
  account: { userId: number };
}

export type ObjectKind = keyof ObjectFacts;

const LEADS = { admin: true, lead: 'leads-inspection', inspector: false } as const;
const ADMINS = { admin: true, lead: false, inspector: false } as const;

/**
 * Every access rule of the service, in one table. A new page, action or object adds its rows here
 * and to the table test (lib/policy/policy.test.ts).
 */
export const RULES = {
  'inspection.create': {
    object: 'service',
    roles: { admin: true, lead: true, inspector: false },
    operator: true,
    refusal: 'Only leads and admins can set up an inspection',
  },
  'inspection.list': {
    object: 'service',
    roles: { admin: true, lead: true, inspector: false },
    operator: true,
    refusal: 'Inspections are for leads and admins',
  },
  /** See and change an inspection's set-up, forces, progress and files. */
  'inspection.manage': {
    object: 'inspection',
    roles: LEADS,
    operator: true,
    refusal: 'Only a lead of this inspection or an admin can do this',
  },
  'sample.change': {
    object: 'inspection',
    roles: LEADS,
    operator: true,
    refusal: 'Only a lead of this inspection or an admin can change its samples',
  },
  'files.assign': {
    object: 'inspection',
    roles: LEADS,
    operator: false,
    refusal: 'Only a lead of this inspection can assign its files',
  },
  'answers.import': {
    object: 'inspection',
    roles: LEADS,
    operator: true,
    refusal: 'Only a lead of this inspection can import its answers',
  },
  /** Findings pages, drill-downs, exports and the API: never for inspectors, who see only their own files. */
  'findings.read': {
    object: 'inspection',
    roles: LEADS,
    operator: true,
    refusal: 'You do not have access to this inspection’s findings: they are for its leads and for admins',
  },
  'file.read': {
    object: 'file',
    roles: { admin: true, lead: 'leads-inspection', inspector: 'assigned-file' },
    operator: true,
    refusal: 'You do not have access to this file',
  },
  'file.history': {
    object: 'file',
    roles: LEADS,
    operator: true,
    refusal: 'Only a lead of this inspection or an admin can see a file’s history',
  },
  /** Answer, correct the facts of and submit a review: only the inspector the file is assigned to. */
  'review.write': {
    object: 'file',
    roles: { admin: false, lead: false, inspector: 'assigned-file' },
    operator: false,
    refusal: 'This file is not assigned to you, so you cannot change its review',
  },
  'review.return': {
    object: 'file',
    roles: LEADS,
    operator: false,
    refusal: 'Only a lead of this inspection can return its reviews',
  },
  'your-files.read': {
    object: 'service',
    roles: { admin: false, lead: false, inspector: true },
    operator: false,
    refusal: 'Your files are for inspectors',
  },
  'token.create': {
    object: 'service',
    roles: { admin: true, lead: true, inspector: false },
    operator: false,
    refusal: 'API tokens are for leads and admins',
  },
  'token.list': {
    object: 'account',
    roles: { admin: true, lead: 'own-account', inspector: false },
    operator: true,
    refusal: 'You can see only your own API tokens',
  },
  'token.revoke': {
    object: 'token',
    roles: { admin: true, lead: 'owns-token', inspector: false },
    operator: true,
    refusal: 'You can revoke only your own API tokens',
  },
  'account.change-password': {
    object: 'account',
    roles: { admin: 'own-account', lead: 'own-account', inspector: 'own-account' },
    operator: false,
    refusal: 'You can change only your own password',
  },
  'user.manage': { object: 'service', roles: ADMINS, operator: true, refusal: 'Only admins can manage accounts' },
  'audit.read': { object: 'service', roles: ADMINS, operator: true, refusal: 'Only admins can read the audit log' },
  /** Backing up and restoring run on the server itself: only the command line may. */
  'database.back-up': {
    object: 'service',
    roles: { admin: false, lead: false, inspector: false },
    operator: true,
    refusal: 'Backups are taken on the server, at the command line',
  },
  'database.restore': {
    object: 'service',
    roles: { admin: false, lead: false, inspector: false },
    operator: true,
    refusal: 'A backup is restored on the server, at the command line, with the server stopped',
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

/** The facts an action needs, from the kind of object it is on. */
export type FactsFor<A extends Action> = ObjectFacts[(typeof RULES)[A]['object']];
