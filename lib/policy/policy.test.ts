import { describe, expect, it } from 'vitest';
import { decide, mightAllow } from './policy';
import { operatorPrincipal, type Principal } from './principal';
import { RULES, type Action, type ObjectKind } from './rules';

const ME = 7;
const SOMEONE_ELSE = 8;

/** Each way a person can stand to an object of each kind, as the facts the policy is given. */
const RELATIONS: Record<ObjectKind, Record<string, Record<string, unknown>>> = {
  service: { none: {} },
  inspection: { none: { leadIds: [SOMEONE_ELSE] }, leads: { leadIds: [SOMEONE_ELSE, ME] } },
  file: {
    none: { leadIds: [SOMEONE_ELSE], assigneeId: SOMEONE_ELSE },
    unassigned: { leadIds: [SOMEONE_ELSE], assigneeId: null },
    leads: { leadIds: [ME], assigneeId: SOMEONE_ELSE },
    assigned: { leadIds: [SOMEONE_ELSE], assigneeId: ME },
  },
  token: { none: { ownerId: SOMEONE_ELSE }, owns: { ownerId: ME } },
  account: { none: { userId: SOMEONE_ELSE }, own: { userId: ME } },
};

const PRINCIPALS: Record<string, Principal> = {
  inspector: { kind: 'user', id: ME, role: 'inspector', label: 'i@test.example', ip: null },
  lead: { kind: 'user', id: ME, role: 'lead', label: 'l@test.example', ip: null },
  admin: { kind: 'user', id: ME, role: 'admin', label: 'a@test.example', ip: null },
  operator: operatorPrincipal(),
};

/**
 * Written out by hand, cell by cell: who may do each thing, as "principal:relation" ("admin:*"
 * is every relation; "operator" is the command line). Every cell not listed is refused.
 */
const EXPECTED: Record<Action, readonly string[]> = {
  'inspection.create': ['lead:none', 'admin:none', 'operator'],
  'inspection.list': ['lead:none', 'admin:none', 'operator'],
  'inspection.manage': ['lead:leads', 'admin:*', 'operator'],
  'sample.change': ['lead:leads', 'admin:*', 'operator'],
  'files.assign': ['lead:leads', 'admin:*'],
  'answers.import': ['lead:leads', 'admin:*', 'operator'],
  'findings.read': ['lead:leads', 'admin:*', 'operator'],
  'file.read': ['inspector:assigned', 'lead:leads', 'admin:*', 'operator'],
  'file.history': ['lead:leads', 'admin:*', 'operator'],
  'review.write': ['inspector:assigned'],
  'review.return': ['lead:leads', 'admin:*'],
  'your-files.read': ['inspector:none'],
  'token.create': ['lead:none', 'admin:none'],
  'token.list': ['lead:own', 'admin:*', 'operator'],
  'token.revoke': ['lead:owns', 'admin:*', 'operator'],
  'account.change-password': ['inspector:own', 'lead:own', 'admin:own'],
  'user.manage': ['admin:none', 'operator'],
  'audit.read': ['admin:none', 'operator'],
  'database.back-up': ['operator'],
  'database.restore': ['operator'],
};

function expected(action: Action, principal: string, relation: string): boolean {
  const cells = EXPECTED[action];
  if (principal === 'operator') return cells.includes('operator');
  return cells.includes(`${principal}:${relation}`) || cells.includes(`${principal}:*`);
}

const cells = (Object.keys(RULES) as Action[]).flatMap((action) =>
  Object.keys(PRINCIPALS).flatMap((principal) =>
    Object.keys(RELATIONS[RULES[action].object]).map((relation) => ({ action, principal, relation })),
  ),
);

describe('the access policy', () => {
  it('has a written expectation for every action, and no expectation for an action it lacks', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(cells)('$principal, $relation: $action', ({ action, principal, relation }) => {
    const who = PRINCIPALS[principal];
    const facts = RELATIONS[RULES[action].object][relation];
    if (!who || !facts) throw new Error('table out of step');
    const decision = decide(who, action, facts as never);
    expect(decision.allowed).toBe(expected(action, principal, relation));
    if (!decision.allowed) expect(decision.reason).toMatch(/\w/);
  });

  it('never lets a person through on someone else’s id (a lead who is the file’s inspector’s namesake)', () => {
    const lead: Principal = { kind: 'user', id: 3, role: 'lead', label: 'x', ip: null };
    expect(decide(lead, 'file.read', { leadIds: [4], assigneeId: 3 }).allowed).toBe(false);
    expect(decide(lead, 'review.write', { leadIds: [3], assigneeId: 3 }).allowed).toBe(false);
  });
});

describe('mightAllow', () => {
  it('is false exactly when no way of standing to an object would let the principal do it', () => {
    for (const action of Object.keys(RULES) as Action[]) {
      for (const [name, who] of Object.entries(PRINCIPALS)) {
        const any = Object.values(RELATIONS[RULES[action].object]).some((facts) => decide(who, action, facts as never).allowed);
        expect(mightAllow(who, action), `${name} ${action}`).toBe(any);
      }
    }
  });
});
