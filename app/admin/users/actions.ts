'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { addUser, changeUserRole, resetUserPassword, setUserDisabled, signOutEverywhere } from '@/lib/users/manage-users';
import { formDataToObject, parseForm, type ActionState } from '@/lib/validation/form-data';
import { addUserSchema, changeRoleSchema, revokeUserTokenSchema, setDisabledSchema, userTargetSchema } from '@/lib/validation/users';
import { revokeToken } from '@/lib/api/tokens';

export type AdminActionState = ActionState;

async function adminActor() {
  const admin = await actionUser('admin');
  return admin ? { id: admin.id, label: admin.email, ip: await clientIp() } : null;
}

export async function addUserAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(addUserSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: formDataToObject(formData) };
  const result = await addUser(parsed.data, actor);
  if (!result.ok) return { ok: false, fieldErrors: { [result.field ?? 'email']: result.message }, values: formDataToObject(formData) };
  revalidatePath('/admin/users');
  return {
    ok: true,
    message: `${result.value.user.name} has been added as ${article(result.value.user.role)}`,
    data: { password: result.value.password, email: result.value.user.email },
  };
}

export async function changeRoleAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: {} };
  const result = await changeUserRole(parsed.data.userId, parsed.data.role, actor);
  if (!result.ok) return { ok: false, fieldErrors: { role: result.message }, values: {} };
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { ok: true, message: `Role changed to ${parsed.data.role}` };
}

export async function setDisabledAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(setDisabledSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: {} };
  const result = await setUserDisabled(parsed.data.userId, parsed.data.disabled, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { ok: true, message: parsed.data.disabled ? 'Account disabled. Their open sessions have ended.' : 'Account enabled.' };
}

export async function resetPasswordAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(userTargetSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: {} };
  const result = await resetUserPassword(parsed.data.userId, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return {
    ok: true,
    message: 'Password reset. Their open sessions have ended.',
    data: { password: result.value.password, email: result.value.user.email },
  };
}

export async function signOutEverywhereAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(userTargetSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: {} };
  const result = await signOutEverywhere(parsed.data.userId, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { ok: true, message: 'They have been signed out on every device.' };
}

export async function revokeUserTokenAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(revokeUserTokenSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: {} };
  const result = await revokeToken(parsed.data.tokenId, parsed.data.userId, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { ok: true, message: 'Token revoked. Anything still using it will be refused.' };
}

function article(role: string): string {
  return role === 'admin' || role === 'inspector' ? `an ${role}` : `a ${role}`;
}
