'use server';

import { redirect } from 'next/navigation';
import { form, serverAction } from '@/app/_server/action';
import { signInAs } from '@/app/_server/session';
import { changeOwnPassword } from '@/lib/users/manage-users';
import { changePasswordSchema } from '@/lib/validation/users';

export const changePasswordAction = serverAction(form(changePasswordSchema), {
  name: 'account.change-password',
  roles: [],
  allowPasswordChange: true,
  run: (who, input) => changeOwnPassword(who, input.currentPassword, input.newPassword),
  done: async (user) => {
    // Every other session has ended; this browser carries on with a fresh one.
    await signInAs(user);
    redirect('/?passwordChanged=1');
  },
});
