'use server';

import { redirect } from 'next/navigation';
import { authenticate } from '@/lib/auth/authenticate';
import { clientIp, signInAs } from '@/app/_server/session';
import { parseForm } from '@/lib/validation/form-data';
import { safeReturnTo, signInSchema } from '@/lib/validation/users';
import type { FormState } from '@/app/_components/forms/use-validated-form';

const WRONG = 'The email address or password is not right';

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return { ...parsed.errors, values: { email: parsed.errors.values.email ?? '' } };
  const { email, password, returnTo } = parsed.data;
  const result = await authenticate({ email, password, ip: await clientIp() });
  if (!result.ok) {
    const message =
      result.reason === 'locked'
        ? `There have been too many failed attempts to sign in to this account. Try again in ${result.minutes} ${result.minutes === 1 ? 'minute' : 'minutes'}.`
        : result.reason === 'disabled'
          ? 'Your account has been disabled. Ask an admin if you need it back.'
          : WRONG;
    return { fieldErrors: { email: message, password: result.reason === 'invalid' ? WRONG : undefined }, values: { email } };
  }
  await signInAs(result.user);
  redirect(result.user.mustChangePassword ? '/account/password' : safeReturnTo(returnTo));
}
