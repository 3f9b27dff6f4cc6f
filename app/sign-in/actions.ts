'use server';

import { redirect } from 'next/navigation';
import { form, publicAction } from '@/app/_server/action';
import { signInAs } from '@/app/_server/session';
import { signIn } from '@/lib/auth/authenticate';
import { safeReturnTo, signInSchema } from '@/lib/validation/users';

export const signInAction = publicAction(form(signInSchema), {
  name: 'sign-in',
  // Only the email is shown again; never the password, nor where the form was going.
  values: (formData) => {
    const email = formData.get('email');
    return { email: typeof email === 'string' ? email : '' };
  },
  run: (input, ip) => signIn({ email: input.email, password: input.password, ip }),
  done: async (user, input) => {
    await signInAs(user);
    redirect(user.mustChangePassword ? '/account/password' : safeReturnTo(input.returnTo));
  },
});
