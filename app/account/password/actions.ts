'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guards';
import { clientIp, signInAs } from '@/app/_server/session';
import { changeOwnPassword } from '@/lib/users/manage-users';
import { parseForm } from '@/lib/validation/form-data';
import { changePasswordSchema } from '@/lib/validation/users';
import type { FormState } from '@/app/_components/forms/use-validated-form';

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowPasswordChange: true });
  const parsed = parseForm(changePasswordSchema, formData);
  if (!parsed.ok) return { ...parsed.errors, values: {} };
  const result = await changeOwnPassword(user.id, parsed.data.currentPassword, parsed.data.newPassword, {
    id: user.id,
    label: user.email,
    ip: await clientIp(),
  });
  if (!result.ok) return { fieldErrors: { [result.field ?? 'newPassword']: result.message }, values: {} };
  // Every other session has ended; this browser carries on with a fresh one.
  await signInAs(result.value);
  redirect('/?passwordChanged=1');
}
