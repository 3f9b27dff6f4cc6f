import type { Principal } from './principal';
import { RULES, type Action, type FactsFor, type Grant, type Relation } from './rules';

export type Decision = { allowed: true } | { allowed: false; action: Action; reason: string };

function holds(relation: Relation, who: Principal, facts: Record<string, unknown>): boolean {
  if (who.kind !== 'user') return false;
  switch (relation) {
    case 'leads-inspection':
      return (facts.leadIds as readonly number[]).includes(who.id);
    case 'assigned-file':
      return facts.assigneeId === who.id;
    case 'owns-token':
      return facts.ownerId === who.id;
    case 'own-account':
      return facts.userId === who.id;
  }
}

function grants(grant: Grant, who: Principal, facts: Record<string, unknown>): boolean {
  return typeof grant === 'boolean' ? grant : holds(grant, who, facts);
}

/**
 * The one answer to "may this person (or this operator) do this to that object?". Every use-case
 * asks it before it reads or changes anything on someone's behalf; nothing else decides access.
 */
export function decide<A extends Action>(who: Principal, action: A, facts: FactsFor<A>): Decision {
  const rule = RULES[action];
  const allowed = who.kind === 'operator' ? rule.operator : grants(rule.roles[who.role], who, facts);
  return allowed ? { allowed: true } : { allowed: false, action, reason: rule.refusal };
}

/** Whether the decision allows: for pages that show or hide a control. */
export function may<A extends Action>(who: Principal, action: A, facts: FactsFor<A>): boolean {
  return decide(who, action, facts).allowed;
}

/**
 * Whether any object could let this person do this: false when their role never may. A use-case
 * asks it before looking an object up, so that (say) an inspector learns nothing from whether an
 * inspection exists.
 */
export function mightAllow(who: Principal, action: Action): boolean {
  const rule = RULES[action];
  return who.kind === 'operator' ? rule.operator : rule.roles[who.role] !== false;
}

/** The refusal a role gets before any object is looked up (see mightAllow). */
export function refusalFor(action: Action): Extract<Decision, { allowed: false }> {
  return { allowed: false, action, reason: RULES[action].refusal };
}
