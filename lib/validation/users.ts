import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/domain/passwords';
import { ROLES } from '@/domain/codes';

const email = z
  .string()
  .trim()
  .min(1, 'Enter an email address')
  .max(320, 'Email address must be 320 characters or fewer')
  .pipe(z.email('Enter an email address in the correct format, like name@example.com'))
  .transform((v) => v.toLowerCase());

const role = z.enum(ROLES, 'Select a role');

export const signInSchema = z
  .object({
    email: z.string().trim().min(1, 'Enter your email address').max(320, 'Email address must be 320 characters or fewer'),
    password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH, 'Password is too long'),
    returnTo: z.string().max(2000).optional(),
  })
  .strict();

/**
 * Only a path on this service may be returned to after signing in (never another site). Browsers
 * drop tabs and line breaks from addresses and read a backslash as a slash, so `/<tab>/evil.example`
 * would leave the site: anything but plain path characters is refused. The address is normalised
 * once (dot segments, encoded dots) and the normalised form is what is checked and returned, so
 * `/..//evil.example` or `/%2e%2e//evil.example` cannot become `//evil.example` afterwards.
 */
export function safeReturnTo(value: string | null | undefined): string {
  // Encoded control characters (%0d%0a…) too: decoded anywhere later, they would split a line.
  if (!value || !PLAIN_PATH.test(value) || /%(?:[01][0-9a-f]|7f)/i.test(value)) return '/';
  const base = 'http://this.service.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  const path = url.pathname + url.search;
  // The normalised form must itself be a plain, single-slash path on this service.
  if (!PLAIN_PATH.test(path) || path.startsWith('//') || /%(2f|5c)/i.test(url.pathname.slice(0, 4))) return '/';
  if (new URL(path, base).origin !== base) return '/';
  if (path.startsWith('/sign-in') || path.startsWith('/sign-out') || path.startsWith('/api/')) return '/';
  return path;
}

const PLAIN_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/;

export const addUserSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the person’s full name').max(200, 'Name must be 200 characters or fewer'),
    email,
    role,
  })
  .strict();

export type AddUserInput = z.infer<typeof addUserSchema>;

const userId = z.coerce.number<string>().int().positive('Choose a user');

export const changeRoleSchema = z.object({ userId, role }).strict();

/** The account an admin action is about (a hidden field, so the form also works without JavaScript). */
export const userTargetSchema = z.object({ userId }).strict();

export const revokeUserTokenSchema = z
  .object({ userId, tokenId: z.coerce.number<string>().int('Choose a token to revoke').positive('Choose a token to revoke') })
  .strict();

export const setDisabledSchema = z.object({ userId, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') }).strict();

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(PASSWORD_MAX_LENGTH, 'Password is too long'),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `New password must be ${PASSWORD_MIN_LENGTH} characters or more`)
      .max(PASSWORD_MAX_LENGTH, `New password must be ${PASSWORD_MAX_LENGTH} characters or fewer`),
    confirmPassword: z.string(),
  })
  .strict()
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: 'Passwords do not match',
    path: ['confirmPassword'],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: 'New password must be different from your current password',
    path: ['newPassword'],
  });

/**
 * Where next-auth may redirect after its own endpoints (a `callbackUrl`): this service only, by the
 * same rule as `returnTo`. A value with line breaks, or anything that is not a plain path, becomes
 * the home page, so it can neither leave the site nor split a header or a log line.
 */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const path = url.startsWith(`${base}/`) ? url.slice(base.length) : url;
  return `${base}${safeReturnTo(path)}`;
}
