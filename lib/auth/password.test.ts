import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblems, verifyAgainstNothing, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id at the OWASP baseline and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapl')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('does not truncate long passwords (unlike bcrypt at 72 bytes)', async () => {
    const long = 'x'.repeat(100);
    const hash = await hashPassword(long);
    expect(await verifyPassword(hash, `${long}y`)).toBe(false);
    expect(await verifyPassword(hash, 'x'.repeat(72))).toBe(false);
  });

  it('treats a malformed hash as a wrong password rather than throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('refuses with the same work when there is no account', async () => {
    expect(await verifyAgainstNothing('whatever')).toBe(false);
  });

  it('generates readable one-time passwords that differ each time', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(a).not.toMatch(/[01lIO]/);
    expect(generatePassword()).not.toBe(a);
  });

  it('explains what is wrong with a chosen password', () => {
    expect(passwordProblems('short')).toEqual(['Password must be 12 characters or more']);
    expect(passwordProblems('aisha.khan-rocks-2026', 'aisha.khan@review.example')).toEqual([
      'Password must not contain your email address',
    ]);
    expect(passwordProblems('a long enough passphrase')).toEqual([]);
  });
});
