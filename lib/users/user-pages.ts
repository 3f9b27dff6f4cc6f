import { listAuditForEntity, type AuditRow } from '@/db/audit';
import { getUserById, listUsers } from '@/db/users';
import { listApiTokens, type ApiTokenRow } from '@/db/api-tokens';
import { accountLockedUntil } from '@/lib/auth/authenticate';
import { decide, type Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';
import { toSummary, type UserSummary } from './manage-users';

/** Every account, for the admins' list. */
export async function listUserSummaries(who: Principal): Promise<Result<UserSummary[]>> {
  const decision = decide(who, 'user.manage', {});
  if (!decision.allowed) return refusedBy(decision);
  return ok((await listUsers()).map(toSummary));
}

export interface UserPage {
  user: UserSummary;
  /** When the sign-in lock ends (ms since the epoch), or null when it is not locked. */
  lockedUntil: number | null;
  history: AuditRow[];
  tokens: ApiTokenRow[];
}

/** One account as an admin manages it: its facts, its lock, its recent changes and its tokens. */
export async function getUserPage(who: Principal, id: number): Promise<Result<UserPage>> {
  const decision = decide(who, 'user.manage', {});
  if (!decision.allowed) return refusedBy(decision);
  const row = Number.isInteger(id) ? await getUserById(id) : undefined;
  if (!row) return notFound('That user does not exist');
  const [lockedUntil, history, tokens] = await Promise.all([
    accountLockedUntil(row),
    listAuditForEntity('user', String(row.id), 20),
    listApiTokens(row.id),
  ]);
  return ok({ user: toSummary(row), lockedUntil, history, tokens });
}
