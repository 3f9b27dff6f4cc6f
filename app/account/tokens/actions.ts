'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { form, problemState, serverAction } from '@/app/_server/action';
import { createApiToken, revokeToken } from '@/lib/api/tokens';
import { createTokenSchema, revokeTokenSchema } from '@/lib/validation/api-tokens';

export const createTokenAction = serverAction(form(createTokenSchema), {
  name: 'token.create',
  roles: ['lead', 'admin'],
  run: (who, input) => createApiToken(who, input.name),
  done: ({ token, row }) => {
    revalidatePath('/account/tokens');
    return { ok: true, message: `Token “${row.name}” created`, data: { token, name: row.name } };
  },
});

export const revokeTokenAction = serverAction(form(revokeTokenSchema), {
  name: 'token.revoke',
  roles: ['lead', 'admin'],
  run: (who, input) => revokeToken(who, input.tokenId, who.id),
  done: (_, input) => {
    revalidatePath('/account/tokens');
    // The row's form goes with the token, so the confirmation lives on the page itself.
    redirect(`/account/tokens?revoked=${input.tokenId}`);
  },
  // The only field is the token's id, from the page itself: if it is not right, say what to do.
  failed: (failure, values) =>
    failure.kind === 'invalid' && !failure.formError
      ? { ok: false, fieldErrors: {}, values, formError: 'Choose a token to revoke' }
      : problemState(failure, values),
});
