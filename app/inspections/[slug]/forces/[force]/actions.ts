'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { assignFiles } from '@/lib/reviews/assign-files';
import { firstErrors, type ActionState } from '@/lib/validation/form-data';
import { assignFilesSchema } from '@/lib/validation/reviews';

/** Assigns the ticked files to the chosen inspector. */
export async function assignFilesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('lead', 'admin');
  if (!user) return REFUSED;
  // The scope travels in the form (not bound to the action, which React cannot re-render without
  // JavaScript); the use-case checks that this lead runs that inspection.
  const slug = formData.get('inspection');
  const forceCode = formData.get('force');
  if (typeof slug !== 'string' || typeof forceCode !== 'string')
    return { ok: false, fieldErrors: {}, values: {}, formError: 'This form could not be read. Reload the page and try again.' };
  const scope = { slug, forceCode };
  const inspector = formData.get('inspector');
  const values = {
    inspector: typeof inspector === 'string' ? inspector : '',
    files: formData.getAll('files').filter((v) => typeof v === 'string'),
  };
  const parsed = assignFilesSchema.safeParse(values);
  if (!parsed.success) {
    const errors = firstErrors(parsed.error);
    return {
      ok: false,
      fieldErrors: { inspector: errors.inspector, files: errors.files ?? errors['files.0'] },
      values: { inspector: values.inspector, files: values.files.join(',') },
    };
  }
  const result = await assignFiles(user, { id: user.id, label: user.email, ip: await clientIp() }, scope, parsed.data);
  if (!result.ok) {
    return result.field
      ? {
          ok: false,
          fieldErrors: { [result.field]: result.message },
          values: { inspector: values.inspector, files: values.files.join(',') },
        }
      : { ok: false, fieldErrors: {}, values: {}, formError: result.message };
  }
  revalidatePath(`/inspections/${scope.slug}/forces/${scope.forceCode}`);
  return { ok: true, message: result.message };
}
