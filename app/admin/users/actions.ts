'use server';

import { revalidatePath } from 'next/cache';
import { form, serverAction } from '@/app/_server/action';
import { revokeToken } from '@/lib/api/tokens';
import { addUser, changeUserRole, resetUserPassword, setUserDisabled, signOutEverywhere } from '@/lib/users/manage-users';
import { addUserSchema, changeRoleSchema, revokeUserTokenSchema, setDisabledSchema, userTargetSchema } from '@/lib/validation/users';

const ADMINS = ['admin'] as const;
const refresh = (userId: number) => {
  revalidatePath(`/admin/users/${userId}`);
};

function article(role: string): string {
  return role === 'admin' || role === 'inspector' ? `an ${role}` : `a ${role}`;
}

export const addUserAction = serverAction(form(addUserSchema), {
  name: 'user.add',
  roles: ADMINS,
  run: (who, input) => addUser(who, input),
  done: ({ user, password }) => {
    revalidatePath('/admin/users');
    return { ok: true, message: `${user.name} has been added as ${article(user.role)}`, data: { password, email: user.email } };
  },
});

export const changeRoleAction = serverAction(form(changeRoleSchema), {
  name: 'user.change-role',
  roles: ADMINS,
  run: (who, input) => changeUserRole(who, input.userId, input.role),
  done: (user) => {
    refresh(user.id);
    return { ok: true, message: `Role changed to ${user.role}` };
  },
});

export const setDisabledAction = serverAction(form(setDisabledSchema), {
  name: 'user.set-disabled',
  roles: ADMINS,
  run: (who, input) => setUserDisabled(who, input.userId, input.disabled),
  done: (user) => {
    refresh(user.id);
    return { ok: true, message: user.disabled ? 'Account disabled. Their open sessions have ended.' : 'Account enabled.' };
  },
});

export const resetPasswordAction = serverAction(form(userTargetSchema), {
  name: 'user.reset-password',
  roles: ADMINS,
  run: (who, input) => resetUserPassword(who, input.userId),
  done: ({ user, password }) => {
    refresh(user.id);
    return { ok: true, message: 'Password reset. Their open sessions have ended.', data: { password, email: user.email } };
  },
});

export const signOutEverywhereAction = serverAction(form(userTargetSchema), {
  name: 'user.sign-out-everywhere',
  roles: ADMINS,
  run: (who, input) => signOutEverywhere(who, input.userId),
  done: (user) => {
    refresh(user.id);
    return { ok: true, message: 'They have been signed out on every device.' };
  },
});

export const revokeUserTokenAction = serverAction(form(revokeUserTokenSchema), {
  name: 'token.revoke',
  roles: ADMINS,
  run: (who, input) => revokeToken(who, input.tokenId, input.userId),
  done: (_, input) => {
    refresh(input.userId);
    return { ok: true, message: 'Token revoked. Anything still using it will be refused.' };
  },
});
