'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, REFUSED } from '@/lib/auth/guards';
import { clientIp } from '@/lib/auth/session';
import { addUser, changeUserRole, resetUserPassword, setUserDisabled, signOutEverywhere } from '@/lib/users/manage-users';
import { formDataToObject, parseForm, type ActionState } from '@/lib/validation/form-data';
import { addUserSchema, changeRoleSchema } from '@/lib/validation/users';

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
  return { ok: true, message: `${result.value.user.name} has been added as ${article(result.value.user.role)}`, data: { password: result.value.password, email: result.value.user.email } };
}

export async function changeRoleAction(userId: number, _state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: {} };
  const result = await changeUserRole(userId, parsed.data.role, actor);
  if (!result.ok) return { ok: false, fieldErrors: { role: result.message }, values: {} };
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: `Role changed to ${parsed.data.role}` };
}

export async function setDisabledAction(userId: number, disabled: boolean, _state: AdminActionState): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const result = await setUserDisabled(userId, disabled, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: disabled ? 'Account disabled. Their open sessions have ended.' : 'Account enabled.' };
}

export async function resetPasswordAction(userId: number, _state: AdminActionState): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const result = await resetUserPassword(userId, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: 'Password reset. Their open sessions have ended.', data: { password: result.value.password, email: result.value.user.email } };
}

export async function signOutEverywhereAction(userId: number, _state: AdminActionState): Promise<AdminActionState> {
  const actor = await adminActor();
  if (!actor) return REFUSED;
  const result = await signOutEverywhere(userId, actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: 'They have been signed out on every device.' };
}

function article(role: string): string {
  return role === 'admin' || role === 'inspector' ? `an ${role}` : `a ${role}`;
}
