import { beforeEach, describe, expect, it } from 'vitest';
import { getUserById } from '@/db/users';
import { useFreshDatabase } from '@/testing/database';
import { verifyPassword } from '@/lib/auth/password';
import { authenticate } from '@/lib/auth/authenticate';
import { listAuditForEntity } from '@/db/audit';
import { authenticateBearer, createApiToken } from '@/lib/api/tokens';
import { failureMessage, type Result } from '@/lib/result';
import { asUser, expectOk } from '@/testing/principals';
import { addUser, changeOwnPassword, changeUserRole, resetUserPassword, setUserDisabled, signOutEverywhere } from './manage-users';

const admin = asUser({ id: 999, role: 'admin', email: 'admin@review.example' });

/** A failure as the tests read it: the field it is about (if any) and its message. */
function spelled<T>(result: Result<T>) {
  if (result.ok) return result;
  const field = result.kind === 'invalid' ? Object.keys(result.fieldErrors)[0] : undefined;
  return { ok: false, ...(field ? { field } : {}), message: failureMessage(result) };
}

async function newUser(email = 'tom.reid@review.example') {
  return expectOk(await addUser(admin, { email, name: 'Tom Reid', role: 'inspector' }));
}

describe('managing users', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('adds a user with a one-time password that works once and must be changed', async () => {
    const { user, password } = await newUser();
    const row = await getUserById(user.id);
    expect(row?.mustChangePassword).toBe(true);
    expect(await verifyPassword(row?.passwordHash ?? '', password)).toBe(true);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await newUser();
    const again = await addUser(admin, { email: 'TOM.REID@review.example', name: 'Tom', role: 'lead' });
    expect(spelled(again)).toEqual({
      ok: false,
      field: 'email',
      message: 'A user with the email address tom.reid@review.example already exists',
    });
  });

  it('ends every session when a user is disabled, their password reset, their role changed or on request', async () => {
    const { user } = await newUser();
    const version = async () => (await getUserById(user.id))?.sessionVersion;
    const v0 = await version();
    await setUserDisabled(admin, user.id, true);
    expect(await version()).toBe((v0 ?? 0) + 1);
    await setUserDisabled(admin, user.id, false);
    expect(await version()).toBe((v0 ?? 0) + 1); // enabling starts nothing new
    await resetUserPassword(admin, user.id);
    await changeUserRole(admin, user.id, 'lead');
    await signOutEverywhere(admin, user.id);
    expect(await version()).toBe((v0 ?? 0) + 4);
  });

  it('does not let admins lock themselves out', async () => {
    const created = expectOk(await addUser(admin, { email: 'me@review.example', name: 'Me', role: 'admin' }));
    const me = asUser({ id: created.user.id, role: 'admin', email: 'me@review.example' });
    expect(spelled(await setUserDisabled(me, me.id, true))).toMatchObject({ ok: false, message: 'You cannot disable your own account' });
    expect(spelled(await changeUserRole(me, me.id, 'lead'))).toMatchObject({ ok: false, message: 'You cannot remove your own admin role' });
  });

  it('lets people change their own password only with their current one', async () => {
    const { user, password } = await newUser();
    const self = asUser(user);
    expect(spelled(await changeOwnPassword(self, 'not it', 'a brand new passphrase'))).toMatchObject({
      ok: false,
      field: 'currentPassword',
    });
    const changed = await changeOwnPassword(self, password, 'a brand new passphrase');
    expect(changed.ok).toBe(true);
    const row = await getUserById(user.id);
    expect(row?.mustChangePassword).toBe(false);
    expect(await verifyPassword(row?.passwordHash ?? '', 'a brand new passphrase')).toBe(true);
  });

  it('throttles guesses at the current password like sign-in, and audits each failure', async () => {
    const { user, password } = await newUser();
    const self = asUser(user);
    for (let i = 0; i < 10; i += 1) {
      expect(spelled(await changeOwnPassword(self, `guess ${i}`, 'a brand new passphrase'))).toMatchObject({
        field: 'currentPassword',
        message: 'Your current password is not right',
      });
    }
    // Locked now, even with the right password; and sign-in is locked too (the same count).
    expect(spelled(await changeOwnPassword(self, password, 'a brand new passphrase'))).toMatchObject({
      field: 'currentPassword',
      message: 'There have been too many wrong passwords for this account. Try again in 15 minutes.',
    });
    expect((await authenticate({ email: user.email, password, ip: '192.0.2.9' })).ok).toBe(false);
    expect(await verifyPassword((await getUserById(user.id))?.passwordHash ?? '', password)).toBe(true);
    const actions = (await listAuditForEntity('user', String(user.id))).map((row) => row.action);
    expect(actions.filter((a) => a === 'account.password-change-failed')).toHaveLength(10);
    expect(actions).toContain('account.password-change-refused-locked');
  });

  it('revokes a person’s API tokens whenever their sessions end, and refuses tokens while a one-time password is set', async () => {
    const result = expectOk(
      await addUser(admin, { email: 'analyst@review.example', name: 'Ann Alyst', role: 'lead', password: 'a long enough passphrase' }),
    );
    const id = result.user.id;
    const analyst = asUser(result.user);
    const first = expectOk(await createApiToken(analyst, 'laptop'));
    expect((await authenticateBearer(`Bearer ${first.token}`)).ok).toBe(true);
    await signOutEverywhere(admin, id);
    expect(await authenticateBearer(`Bearer ${first.token}`)).toEqual({
      ok: false,
      message: 'This API token is not valid: it may have been revoked',
    });

    const second = expectOk(await createApiToken(analyst, 'laptop again'));
    await resetUserPassword(admin, id);
    expect((await authenticateBearer(`Bearer ${second.token}`)).ok).toBe(false);

    // A token made while a one-time password is set is refused until the person chooses their own.
    const third = expectOk(await createApiToken(analyst, 'before choosing a password'));
    expect(await authenticateBearer(`Bearer ${third.token}`)).toEqual({
      ok: false,
      message: 'The account this API token belongs to has a one-time password: sign in and choose a password first',
    });
  });
});
