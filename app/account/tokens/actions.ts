'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createApiToken, revokeToken } from '@/lib/api/tokens';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { createTokenSchema, revokeTokenSchema } from '@/lib/validation/api-tokens';
import { formDataToObject, parseForm, type ActionState } from '@/lib/validation/form-data';

async function tokenActor() {
  const user = await actionUser('lead', 'admin');
  return user ? { user, actor: { id: user.id, label: user.email, ip: await clientIp() } } : null;
}

export async function createTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const who = await tokenActor();
  if (!who) return REFUSED;
  const parsed = parseForm(createTokenSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: formDataToObject(formData) };
  const { token, row } = await createApiToken(who.user.id, parsed.data.name, who.actor);
  revalidatePath('/account/tokens');
  return { ok: true, message: `Token “${row.name}” created`, data: { token, name: row.name } };
}

export async function revokeTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const who = await tokenActor();
  if (!who) return REFUSED;
  const parsed = parseForm(revokeTokenSchema, formData);
  if (!parsed.ok) return { ok: false, fieldErrors: {}, values: {}, formError: 'Choose a token to revoke' };
  const result = await revokeToken(parsed.data.tokenId, who.user.id, who.actor);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  revalidatePath('/account/tokens');
  // The row's form goes with the token, so the confirmation lives on the page itself.
  redirect(`/account/tokens?revoked=${parsed.data.tokenId}`);
}
