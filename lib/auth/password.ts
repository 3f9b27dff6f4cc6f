import crypto from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// 2 is Argon2id in @node-rs/argon2's Algorithm enum (a const enum, which isolated modules cannot read).
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
const OPTIONS: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/domain/passwords';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as checking a real password, so that an unknown email takes as long to
 * refuse as a wrong password.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
  return false;
}

// No 0/O, 1/l/I: passwords are read off a screen and typed.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of four groups of five characters (about 115 bits). */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 5; i += 1) group += ALPHABET.charAt(crypto.randomInt(ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-');
}

/** Problems with a password a person chose, in words to show them; empty when it is acceptable. */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Password must be ${PASSWORD_MIN_LENGTH} characters or more`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`);
  if (email && password.toLowerCase().includes(email.split('@')[0]?.toLowerCase() ?? '\u0000'))
    problems.push('Password must not contain your email address');
  return problems;
}
