import type { Actor } from '@/db/audit';
import { endUserSessions } from '@/db/sessions';
import { findUserByEmail, getUserById, insertUser, updateUser } from '@/db/users';
import type { User } from '@/db/schema';
import { accountLockedUntil } from '@/lib/auth/authenticate';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/domain/codes';

export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; field?: string; message: string };

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
  input: { email: string; name: string; role: Role; password?: string },
  actor: Actor,
): Promise<Outcome<{ user: UserSummary; password: string }>> {
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(email)) return { ok: false, field: 'email', message: `A user with the email address ${email} already exists` };
  const oneTime = input.password === undefined;
  const password = input.password ?? generatePassword();
  if (!oneTime) {
    const problems = passwordProblems(password, email);
    if (problems.length) return { ok: false, field: 'password', message: problems[0] ?? 'Password is not acceptable' };
  }
  const user = await insertUser(
    { email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(password), mustChangePassword: oneTime },
    actor,
  );
  return { ok: true, value: { user: toSummary(user), password } };
}

async function target(id: number): Promise<Outcome<User>> {
  const user = await getUserById(id);
  return user ? { ok: true, value: user } : { ok: false, message: 'That user does not exist' };
}

export async function setUserDisabled(id: number, disabled: boolean, actor: Actor): Promise<Outcome<UserSummary>> {
  const found = await target(id);
  if (!found.ok) return found;
  if (disabled && actor.id === id) return { ok: false, message: 'You cannot disable your own account' };
  if (found.value.disabled === disabled) return { ok: true, value: toSummary(found.value) };
  const user = await updateUser(
    id,
    { disabled },
    actor,
    { action: disabled ? 'user.disabled' : 'user.enabled', detail: { email: found.value.email } },
    disabled,
  );
  if (disabled) await endUserSessions(id, 'disabled');
  return user ? { ok: true, value: toSummary(user) } : { ok: false, message: 'That user does not exist' };
}

export async function changeUserRole(id: number, role: Role, actor: Actor): Promise<Outcome<UserSummary>> {
  const found = await target(id);
  if (!found.ok) return found;
  if (actor.id === id && role !== 'admin') return { ok: false, field: 'role', message: 'You cannot remove your own admin role' };
  if (found.value.role === role) return { ok: true, value: toSummary(found.value) };
  // A new role changes what the person may see: end their sessions so it takes effect at once.
  const user = await updateUser(
    id,
    { role },
    actor,
    { action: 'user.role-changed', detail: { email: found.value.email, old: found.value.role, new: role } },
    true,
  );
  await endUserSessions(id, 'role-changed');
  return user ? { ok: true, value: toSummary(user) } : { ok: false, message: 'That user does not exist' };
}

/** Issues a one-time password (returned once) and ends the person's sessions. */
export async function resetUserPassword(id: number, actor: Actor): Promise<Outcome<{ user: UserSummary; password: string }>> {
  const found = await target(id);
  if (!found.ok) return found;
  const password = generatePassword();
  // The person may have been locked out by failed sign-ins: the new password works at once.
  const wasLocked = (await accountLockedUntil(found.value)) !== null;
  const user = await updateUser(
    id,
    { passwordHash: await hashPassword(password), mustChangePassword: true, signInLockLiftedAt: new Date().toISOString() },
    actor,
    { action: 'user.password-reset', detail: { email: found.value.email, ...(wasLocked ? { signInLockLifted: true } : {}) } },
    true,
  );
  await endUserSessions(id, 'password-reset');
  return user ? { ok: true, value: { user: toSummary(user), password } } : { ok: false, message: 'That user does not exist' };
}

export async function signOutEverywhere(id: number, actor: Actor): Promise<Outcome<UserSummary>> {
  const found = await target(id);
  if (!found.ok) return found;
  const user = await updateUser(id, {}, actor, { action: 'user.signed-out-everywhere', detail: { email: found.value.email } }, true);
  await endUserSessions(id, 'signed-out-everywhere');
  return user ? { ok: true, value: toSummary(user) } : { ok: false, message: 'That user does not exist' };
}

/**
 * A person changes their own password. Their other sessions end; the caller starts a fresh one
 * for this browser (the session version has moved on).
 */
export async function changeOwnPassword(id: number, currentPassword: string, newPassword: string, actor: Actor): Promise<Outcome<User>> {
  const found = await target(id);
  if (!found.ok) return found;
  if (!(await verifyPassword(found.value.passwordHash, currentPassword)))
    return { ok: false, field: 'currentPassword', message: 'Your current password is not right' };
  const problems = passwordProblems(newPassword, found.value.email);
  if (problems.length) return { ok: false, field: 'newPassword', message: problems[0] ?? 'Password is not acceptable' };
  const user = await updateUser(
    id,
    { passwordHash: await hashPassword(newPassword), mustChangePassword: false },
    actor,
    { action: 'user.password-changed' },
    true,
  );
  await endUserSessions(id, 'password-changed');
  return user ? { ok: true, value: user } : { ok: false, message: 'That user does not exist' };
}
