'use server';

import { revalidatePath } from 'next/cache';
import { serverAction, UNREADABLE } from '@/app/_server/action';
import { assignFiles } from '@/lib/reviews/assign-files';
import { firstErrors, type ParseResult } from '@/lib/validation/form-data';
import { assignFilesSchema, type AssignFilesInput } from '@/lib/validation/reviews';

type AssignPost = { scope: { slug: string; forceCode: string }; input: AssignFilesInput };

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/**
 * The scope travels in the form (not bound to the action, which React cannot re-render without
 * JavaScript); the use-case checks that this lead runs that inspection. Files come as one field each.
 */
async function readAssignForm(formData: FormData): Promise<ParseResult<AssignPost>> {
  const slug = formData.get('inspection');
  const forceCode = formData.get('force');
  const files = formData.getAll('files').filter((v) => typeof v === 'string');
  const values = { inspector: text(formData.get('inspector')), files: files.join(',') };
  if (typeof slug !== 'string' || typeof forceCode !== 'string')
    return { ok: false, errors: { fieldErrors: {}, values, formError: UNREADABLE } };
  const parsed = assignFilesSchema.safeParse({ inspector: values.inspector, files });
  if (parsed.success) return { ok: true, data: { scope: { slug, forceCode }, input: parsed.data } };
  const errors = firstErrors(parsed.error);
  return { ok: false, errors: { fieldErrors: { inspector: errors.inspector, files: errors.files ?? errors['files.0'] }, values } };
}

/** Assigns the ticked files to the chosen inspector. */
export const assignFilesAction = serverAction(readAssignForm, {
  name: 'files.assign',
  roles: ['lead', 'admin'],
  values: (formData) => ({
    inspector: text(formData.get('inspector')),
    files: formData
      .getAll('files')
      .filter((v) => typeof v === 'string')
      .join(','),
  }),
  run: (who, { scope, input }) => assignFiles(who, scope, input),
  done: (message, { scope }) => {
    revalidatePath(`/inspections/${scope.slug}/forces/${scope.forceCode}`);
    return { ok: true, message };
  },
});
