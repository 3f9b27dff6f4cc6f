import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dataDirectory } from '@/db/config';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the service is reached; used for secure cookies and for next-auth. */
  NEXTAUTH_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  /** Minutes of inactivity after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Seed demo accounts and the demo inspection into an empty database (turn off for real use). */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'], 'SEED_DEMO must be true or false')
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Hours after sign-in at which a session ends whatever the activity. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(8),
});

export type Env = z.infer<typeof schema> & { authSecret: string; secureCookies: boolean };

let cached: Env | undefined;

/** The configuration, read and checked once. The service needs none to start. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  const authSecret = values.AUTH_SECRET ?? values.NEXTAUTH_SECRET ?? localSecret();
  const baseUrl = values.NEXTAUTH_URL ?? `http://localhost:${values.PORT}`;
  // next-auth v4 reads these from the environment itself.
  process.env.NEXTAUTH_URL ??= baseUrl;
  process.env.NEXTAUTH_SECRET ??= authSecret;
  cached = { ...values, authSecret, secureCookies: baseUrl.startsWith('https://') };
  return cached;
}

/** A secret generated on first start and kept beside the database, readable only by its owner. */
function localSecret(): string {
  const file = path.join(dataDirectory(), 'auth-secret');
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet: create it below
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(48).toString('base64url');
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another process won the race: use what it wrote.
    return fs.readFileSync(file, 'utf8').trim();
  }
}
