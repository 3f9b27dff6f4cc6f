import { failureLine } from '@/cli/operator';
import { operatorPrincipal, userPrincipal, type Principal, type UserPrincipal } from '@/lib/policy';
import type { Result } from '@/lib/result';

/** Set-up code in tests and scripts acts as an operator, as the command line does. */
export const SETUP: Principal = operatorPrincipal('test set-up');

/** A person as the rules see them, from a stored user (or a test's own id, role and email). */
export function asUser(user: { id: number; role: 'inspector' | 'lead' | 'admin'; email: string }, ip: string | null = null): UserPrincipal {
  return userPrincipal(user, ip);
}

/** The value of a result that a test or a set-up script expects to succeed. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(failureLine(result));
  return result.value;
}
