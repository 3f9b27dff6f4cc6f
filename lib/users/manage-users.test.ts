import { beforeEach, describe, expect, it } from 'vitest';
import { getUserById } from '@/db/users';
import { useFreshDatabase } from '@/testing/database';
import { verifyPassword } from '@/lib/auth/password';
import { authenticateBearer, createApiToken } from '@/lib/api/tokens';
import { addUser, changeOwnPassword, changeUserRole, resetUserPassword, setUserDisabled, signOutEverywhere } from './manage-users';

const admin = { id: 999, label: 'admin@review.example' };

async function newUser(email = 'tom.reid@review.example') {
  const result = await addUser({ email, name: 'Tom Reid', role: 'inspector' }, admin);
  if (!result.ok) throw new Error(result.message);
  return result.value;
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
    const again = await addUser({ email: 'TOM.REID@review.example', name: 'Tom', role: 'lead' }, admin);
    expect(again).toEqual({ ok: false, field: 'email', message: 'A user with the email address tom.reid@review.example already exists' });
  });

  it('ends every session when a user is disabled, their password reset, their role changed or on request', async () => {
    const { user } = await newUser();
    const version = async () => (await getUserById(user.id))?.sessionVersion;
    const v0 = await version();
    await setUserDisabled(user.id, true, admin);
    expect(await version()).toBe((v0 ?? 0) + 1);
    await setUserDisabled(user.id, false, admin);
    expect(await version()).toBe((v0 ?? 0) + 1); // enabling starts nothing new
    await resetUserPassword(user.id, admin);
    await changeUserRole(user.id, 'lead', admin);
    await signOutEverywhere(user.id, admin);
    expect(await version()).toBe((v0 ?? 0) + 4);
  });

  it('does not let admins lock themselves out', async () => {
    const result = await addUser({ email: 'me@review.example', name: 'Me', role: 'admin' }, admin);
    if (!result.ok) throw new Error(result.message);
    const me = { id: result.value.user.id, label: 'me@review.example' };
    expect(await setUserDisabled(me.id, true, me)).toMatchObject({ ok: false, message: 'You cannot disable your own account' });
    expect(await changeUserRole(me.id, 'lead', me)).toMatchObject({ ok: false, message: 'You cannot remove your own admin role' });
  });

  it('lets people change their own password only with their current one', async () => {
    const { user, password } = await newUser();
    const actor = { id: user.id, label: user.email };
    expect(await changeOwnPassword(user.id, 'not it', 'a brand new passphrase', actor)).toMatchObject({
      ok: false,
      field: 'currentPassword',
    });
    const changed = await changeOwnPassword(user.id, password, 'a brand new passphrase', actor);
    expect(changed.ok).toBe(true);
    const row = await getUserById(user.id);
    expect(row?.mustChangePassword).toBe(false);
    expect(await verifyPassword(row?.passwordHash ?? '', 'a brand new passphrase')).toBe(true);
  });

  it('revokes a person’s API tokens whenever their sessions end, and refuses tokens while a one-time password is set', async () => {
    const result = await addUser(
      { email: 'analyst@review.example', name: 'Ann Alyst', role: 'lead', password: 'a long enough passphrase' },
      admin,
    );
    if (!result.ok) throw new Error(result.message);
    const id = result.value.user.id;
    const first = await createApiToken(id, 'laptop', admin);
    expect((await authenticateBearer(`Bearer ${first.token}`)).ok).toBe(true);
    await signOutEverywhere(id, admin);
    expect(await authenticateBearer(`Bearer ${first.token}`)).toEqual({
      ok: false,
      message: 'This API token is not valid: it may have been revoked',
    });

    const second = await createApiToken(id, 'laptop again', admin);
    await resetUserPassword(id, admin);
    expect((await authenticateBearer(`Bearer ${second.token}`)).ok).toBe(false);

    // A token made while a one-time password is set is refused until the person chooses their own.
    const third = await createApiToken(id, 'before choosing a password', admin);
    expect(await authenticateBearer(`Bearer ${third.token}`)).toEqual({
      ok: false,
      message: 'The account this API token belongs to has a one-time password: sign in and choose a password first',
    });
  });
});
