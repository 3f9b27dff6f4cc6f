import { recordAudit } from '@/db/audit';
import { listFailedAttemptTimes, recordSignInAttempt } from '@/db/sessions';
import { findUserByEmail, recordSignInOutcome } from '@/db/users';
import type { User } from '@/db/schema';
import { fieldError, invalid, ok, type Result } from '@/lib/result';
import { PASSWORD_MAX_LENGTH, verifyAgainstNothing, verifyPassword } from './password';
import { ACCOUNT_RULE, ADDRESS_RULE, addressKey, lockedUntil, lookback, minutesLeft, type ThrottleRule } from './throttle';

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'locked'; minutes: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `notBefore`: failures before it do not count (an admin has since reset the password). */
async function lockFor(key: { email: string } | { ip: string }, rule: ThrottleRule, now: number, notBefore: string | null = null) {
  const window = new Date(now - lookback(rule)).toISOString();
  const since = notBefore !== null && notBefore > window ? notBefore : window;
  const times = (await listFailedAttemptTimes(key, since)).map((t) => Date.parse(t));
  return lockedUntil(times, now, rule);
}

/** When the account's sign-in lock ends (ms since the epoch), or null when it is not locked. */
export async function accountLockedUntil(
  user: { email: string; signInLockLiftedAt: string | null },
  now = Date.now(),
): Promise<number | null> {
  return lockFor({ email: user.email }, ACCOUNT_RULE, now, user.signInLockLiftedAt);
}

/**
 * Checks an email and password. Unknown emails and wrong passwords get the same answer after the
 * same work; locked accounts and addresses are refused before the password is looked at.
 * Every outcome is audited, never with the password.
 */
export async function authenticate(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = normaliseEmail(input.email).slice(0, 320);
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH);
  const now = Date.now();
  const actor = { id: null, label: email, ip: input.ip };

  const user = await findUserByEmail(email);
  const until =
    (await lockFor({ email }, ACCOUNT_RULE, now, user?.signInLockLiftedAt ?? null)) ??
    (await lockFor({ ip: addressKey(input.ip) }, ADDRESS_RULE, now));
  if (until !== null) {
    await recordAudit(actor, { action: 'sign-in.refused-locked', entityType: 'session' });
    return { ok: false, reason: 'locked', minutes: minutesLeft(until, now) };
  }

  const matches = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  await recordSignInAttempt(email, addressKey(input.ip), matches);

  if (!user || !matches) {
    if (user) await recordSignInOutcome(user.id, false);
    await recordAudit(
      { ...actor, id: user?.id ?? null },
      { action: 'sign-in.failed', entityType: 'session', detail: { knownAccount: Boolean(user) } },
    );
    return { ok: false, reason: 'invalid' };
  }
  if (user.disabled) {
    await recordAudit({ ...actor, id: user.id }, { action: 'sign-in.refused-disabled', entityType: 'session' });
    return { ok: false, reason: 'disabled' };
  }
  await recordSignInOutcome(user.id, true);
  await recordAudit({ ...actor, id: user.id }, { action: 'sign-in.succeeded', entityType: 'session' });
  return { ok: true, user };
}

const WRONG = 'The email address or password is not right';

/** Signing in, as the sign-in form needs it: the account, or what to tell the person, by field. */
export async function signIn(input: { email: string; password: string; ip: string }): Promise<Result<User>> {
  const result = await authenticate(input);
  if (result.ok) return ok(result.user);
  if (result.reason === 'locked')
    return fieldError(
      'email',
      `There have been too many failed attempts to sign in to this account. Try again in ${result.minutes} ${result.minutes === 1 ? 'minute' : 'minutes'}.`,
    );
  if (result.reason === 'disabled') return fieldError('email', 'Your account has been disabled. Ask an admin if you need it back.');
  return invalid({ email: WRONG, password: WRONG });
}
