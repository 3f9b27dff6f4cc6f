'use server';

import { redirect } from 'next/navigation';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { createInspection } from '@/lib/inspections/manage-inspections';
import { formDataToObject, type ActionState } from '@/lib/validation/form-data';
import { parseInspectionForm } from '@/lib/validation/inspections';
import { problemsToErrors } from '../_components/form-defaults';

export async function createInspectionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('lead', 'admin');
  if (!user) return REFUSED;
  const parsed = parseInspectionForm(formData, 'create');
  if (!parsed.ok) return { ok: false, ...parsed.errors };
  const slug = parsed.data.slug ?? '';
  const result = await createInspection(
    { ...parsed.data, slug },
    { id: user.id, label: user.email, ip: await clientIp(), role: user.role },
  );
  if (!result.ok) return { ok: false, ...problemsToErrors(result.problems, formDataToObject(formData)) };
  redirect(`/inspections/${slug}/samples?created=1`);
}
