import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { useFreshDatabase } from '@/testing/database';
import { findUserByEmail } from '@/db/users';
import { addUser, resetUserPassword } from '@/lib/users/manage-users';
import { operatorPrincipal } from '@/lib/policy';
import { expectOk } from '@/testing/principals';
import { accountLockedUntil, authenticate } from './authenticate';

const system = operatorPrincipal('test');
const ip = '203.0.113.9';

describe('signing in', () => {
  let db: Db;
  beforeEach(async () => {
    db = useFreshDatabase();
    await addUser(system, {
      email: 'Aisha.Khan@review.example',
      name: 'Aisha Khan',
      role: 'inspector',
      password: 'a long enough passphrase',
    });
  });

  it('accepts the right password, whatever the case or spaces around the email', async () => {
    const result = await authenticate({ email: '  aisha.khan@REVIEW.example ', password: 'a long enough passphrase', ip });
    expect(result.ok).toBe(true);
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const wrong = await authenticate({ email: 'aisha.khan@review.example', password: 'not the password', ip });
    const unknown = await authenticate({ email: 'nobody@review.example', password: 'not the password', ip });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('refuses the 11th attempt after 10 failures, even with the right password', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(await authenticate({ email: 'aisha.khan@review.example', password: `wrong ${i}`, ip })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(await authenticate({ email: 'aisha.khan@review.example', password: 'a long enough passphrase', ip })).toEqual({
      ok: false,
      reason: 'locked',
      minutes: 15,
    });
  });

  it('lifts the account lock when an admin resets the password, and the new password works at once', async () => {
    for (let i = 0; i < 10; i += 1) await authenticate({ email: 'aisha.khan@review.example', password: `wrong ${i}`, ip });
    const user = await findUserByEmail('aisha.khan@review.example');
    if (!user) throw new Error('no user');
    expect(await accountLockedUntil(user)).not.toBeNull();
    const reset = { value: expectOk(await resetUserPassword(system, user.id)) };
    const after = await findUserByEmail('aisha.khan@review.example');
    expect(after && (await accountLockedUntil(after))).toBeNull();
    expect((await authenticate({ email: 'aisha.khan@review.example', password: reset.value.password, ip })).ok).toBe(true);
    const audit = db.all<{ detail: string }>(sql`select detail from audit_events where action = 'user.password-reset'`);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ signInLockLifted: true });
    // Failures after the reset count again from nothing.
    for (let i = 0; i < 9; i += 1) await authenticate({ email: 'aisha.khan@review.example', password: `again ${i}`, ip });
    expect((await authenticate({ email: 'aisha.khan@review.example', password: reset.value.password, ip })).ok).toBe(true);
  });

  it('refuses an address that fails 50 times in 5 minutes, whichever accounts it tries', async () => {
    for (let i = 0; i < 50; i += 1) {
      await authenticate({ email: `guess${i}@review.example`, password: 'guess', ip: '198.51.100.7' });
    }
    expect(
      await authenticate({ email: 'aisha.khan@review.example', password: 'a long enough passphrase', ip: '198.51.100.7' }),
    ).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    // Another address is unaffected.
    expect((await authenticate({ email: 'aisha.khan@review.example', password: 'a long enough passphrase', ip })).ok).toBe(true);
  });

  it('counts an IPv6 address by its /64, so rotating through one network’s addresses does not help', async () => {
    for (let i = 0; i < 50; i += 1) {
      await authenticate({ email: `guess${i}@review.example`, password: 'guess', ip: `2001:db8:aa:bb::${(i + 1).toString(16)}` });
    }
    expect(
      await authenticate({
        email: 'aisha.khan@review.example',
        password: 'a long enough passphrase',
        ip: '2001:0db8:00aa:00bb:1234:5678:9abc:def0',
      }),
    ).toMatchObject({ ok: false, reason: 'locked' });
    // The next /64 over is another network.
    expect(
      (await authenticate({ email: 'aisha.khan@review.example', password: 'a long enough passphrase', ip: '2001:db8:aa:bc::1' })).ok,
    ).toBe(true);
  });

  it('refuses a disabled account only once the password is right', async () => {
    db.$client.exec("update users set disabled = 1 where email = 'aisha.khan@review.example'");
    expect(await authenticate({ email: 'aisha.khan@review.example', password: 'wrong', ip })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: 'aisha.khan@review.example', password: 'a long enough passphrase', ip })).toEqual({
      ok: false,
      reason: 'disabled',
    });
  });

  it('audits successes and failures without ever storing the password', async () => {
    await authenticate({ email: 'aisha.khan@review.example', password: 'secret attempt one', ip });
    await authenticate({ email: 'aisha.khan@review.example', password: 'a long enough passphrase', ip });
    const rows = db.all<{ action: string; actor_label: string; detail: string | null; ip: string }>(
      sql`select action, actor_label, detail, ip from audit_events where action like 'sign-in.%' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['sign-in.failed', 'sign-in.succeeded']);
    expect(rows.every((r) => r.ip === ip && r.actor_label === 'aisha.khan@review.example')).toBe(true);
    const everything =
      JSON.stringify(db.all(sql`select * from audit_events`)) + JSON.stringify(db.all(sql`select * from sign_in_attempts`));
    expect(everything).not.toContain('secret attempt one');
    expect(everything).not.toContain('a long enough passphrase');
  });
});
