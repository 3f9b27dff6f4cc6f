import { recordAudit } from '@/db/audit';
import { endUserSessions, recordSignInAttempt } from '@/db/sessions';
import { findUserByEmail, getUserById, insertUser, updateUser } from '@/db/users';
import type { User } from '@/db/schema';
import { accountLockedUntil } from '@/lib/auth/authenticate';
import { addressKey, minutesLeft } from '@/lib/auth/throttle';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/domain/codes';
import { decide, refusalFor, type Principal } from '@/lib/policy';
import { fieldError, formError, notFound, ok, refusedBy, type Result } from '@/lib/result';

const NO_USER = 'That user does not exist';

/** A user as admin pages show them: never the hash. */
export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  failedSignIns: number;
  lastSignInAt: string | null;
  mustChangePassword: boolean;
}

export function toSummary(u: User): UserSummary {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabled,
    failedSignIns: u.failedSignIns,
    lastSignInAt: u.lastSignInAt,
    mustChangePassword: u.mustChangePassword,
  };
}

/**
 * Adds an account. Without a password, one is generated: it is returned once to show to the admin,
 * and the person must choose their own when they first sign in.
 */
export async function addUser(
  who: Principal,
  input: { email: string; name: string; role: Role; password?: string },
): Promise<Result<{ user: UserSummary; password: string }>> {
  const decision = decide(who, 'user.manage', {});
  if (!decision.allowed) return refusedBy(decision);
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(email)) return fieldError('email', `A user with the email address ${email} already exists`);
  const oneTime = input.password === undefined;
  const password = input.password ?? generatePassword();
  if (!oneTime) {
    const problems = passwordProblems(password, email);
    if (problems.length) return fieldError('password', problems[0] ?? 'Password is not acceptable');
  }
  const user = await insertUser(
    { email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(password), mustChangePassword: oneTime },
    who,
  );
  return ok({ user: toSummary(user), password });
}

/** The account an admin (or the command line) is about to change. */
async function target(who: Principal, id: number): Promise<Result<User>> {
  const decision = decide(who, 'user.manage', {});
  if (!decision.allowed) return refusedBy(decision);
  const user = await getUserById(id);
  return user ? ok(user) : notFound(NO_USER);
}

const summaryOrGone = (user: User | undefined) => (user ? ok(toSummary(user)) : notFound(NO_USER));

export async function setUserDisabled(who: Principal, id: number, disabled: boolean): Promise<Result<UserSummary>> {
  const found = await target(who, id);
  if (!found.ok) return found;
  if (disabled && who.id === id) return formError('You cannot disable your own account');
  if (found.value.disabled === disabled) return ok(toSummary(found.value));
  const user = await updateUser(
    id,
    { disabled },
    who,
    { action: disabled ? 'user.disabled' : 'user.enabled', detail: { email: found.value.email } },
    disabled,
  );
  if (disabled) await endUserSessions(id, 'disabled');
  return summaryOrGone(user);
}

export async function changeUserRole(who: Principal, id: number, role: Role): Promise<Result<UserSummary>> {
  const found = await target(who, id);
  if (!found.ok) return found;
  if (who.id === id && role !== 'admin') return fieldError('role', 'You cannot remove your own admin role');
  if (found.value.role === role) return ok(toSummary(found.value));
  // A new role changes what the person may see: end their sessions so it takes effect at once.
  const user = await updateUser(
    id,
    { role },
    who,
    { action: 'user.role-changed', detail: { email: found.value.email, old: found.value.role, new: role } },
    true,
  );
  await endUserSessions(id, 'role-changed');
  return summaryOrGone(user);
}

/** Issues a one-time password (returned once) and ends the person's sessions. */
export async function resetUserPassword(who: Principal, id: number): Promise<Result<{ user: UserSummary; password: string }>> {
  const found = await target(who, id);
  if (!found.ok) return found;
  const password = generatePassword();
  // The person may have been locked out by failed sign-ins: the new password works at once.
  const wasLocked = (await accountLockedUntil(found.value)) !== null;
  const user = await updateUser(
    id,
    { passwordHash: await hashPassword(password), mustChangePassword: true, signInLockLiftedAt: new Date().toISOString() },
    who,
    { action: 'user.password-reset', detail: { email: found.value.email, ...(wasLocked ? { signInLockLifted: true } : {}) } },
    true,
  );
  await endUserSessions(id, 'password-reset');
  return user ? ok({ user: toSummary(user), password }) : notFound(NO_USER);
}

/** The same, for the account with this email address (the command line knows people by email). */
export async function resetUserPasswordByEmail(who: Principal, email: string): Promise<Result<{ user: UserSummary; password: string }>> {
  const decision = decide(who, 'user.manage', {});
  if (!decision.allowed) return refusedBy(decision);
  const user = await findUserByEmail(email.trim().toLowerCase());
  if (!user) return notFound(`no user has the email address ${email.trim().toLowerCase()}`);
  return resetUserPassword(who, user.id);
}

export async function signOutEverywhere(who: Principal, id: number): Promise<Result<UserSummary>> {
  const found = await target(who, id);
  if (!found.ok) return found;
  const user = await updateUser(id, {}, who, { action: 'user.signed-out-everywhere', detail: { email: found.value.email } }, true);
  await endUserSessions(id, 'signed-out-everywhere');
  return summaryOrGone(user);
}

/**
 * A person changes their own password. Their other sessions end; the caller starts a fresh one
 * for this browser (the session version has moved on).
 */
export async function changeOwnPassword(who: Principal, currentPassword: string, newPassword: string): Promise<Result<User>> {
  // The command line has no password of its own to change (it resets a person's instead).
  if (who.kind !== 'user') return refusedBy(refusalFor('account.change-password'));
  const id = who.id;
  const decision = decide(who, 'account.change-password', { userId: id });
  if (!decision.allowed) return refusedBy(decision);
  const current = await getUserById(id);
  if (!current) return notFound(NO_USER);
  // Guessing the current password here counts as guessing it at sign-in: the same lock, the same log.
  const actor = { id, label: current.email, ip: who.ip };
  const now = Date.now();
  const until = await accountLockedUntil(current, now);
  if (until !== null) {
    await recordAudit(actor, { action: 'account.password-change-refused-locked', entityType: 'user', entityId: id });
    const minutes = minutesLeft(until, now);
    return fieldError(
      'currentPassword',
      `There have been too many wrong passwords for this account. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    );
  }
  if (!(await verifyPassword(current.passwordHash, currentPassword))) {
    await recordSignInAttempt(current.email, addressKey(who.ip ?? 'unknown'), false);
    await recordAudit(actor, {
      action: 'account.password-change-failed',
      entityType: 'user',
      entityId: id,
      detail: { reason: 'wrong current password' },
    });
    return fieldError('currentPassword', 'Your current password is not right');
  }
  const problems = passwordProblems(newPassword, current.email);
  if (problems.length) return fieldError('newPassword', problems[0] ?? 'Password is not acceptable');
  const user = await updateUser(
    id,
    { passwordHash: await hashPassword(newPassword), mustChangePassword: false },
    who,
    { action: 'user.password-changed' },
    true,
  );
  await endUserSessions(id, 'password-changed');
  return user ? ok(user) : notFound(NO_USER);
}
