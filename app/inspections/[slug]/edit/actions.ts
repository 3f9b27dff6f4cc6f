'use server';

import { redirect } from 'next/navigation';
import { getInspectionSetup } from '@/db/inspection-setup';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { canManageInspection } from '@/lib/inspections/access';
import { editInspection } from '@/lib/inspections/manage-inspections';
import { formDataToObject, type ActionState } from '@/lib/validation/form-data';
import { parseInspectionForm } from '@/lib/validation/inspections';
import { problemsToErrors } from '../../_components/form-defaults';

export async function editInspectionAction(slug: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('lead', 'admin');
  if (!user) return REFUSED;
  const inspection = await getInspectionSetup(slug);
  if (!inspection || !(await canManageInspection(user, inspection.id))) return REFUSED;
  const parsed = parseInspectionForm(formData, 'edit');
  if (!parsed.ok) return { ok: false, ...parsed.errors };
  const result = await editInspection(slug, parsed.data, { id: user.id, label: user.email, ip: await clientIp(), role: user.role });
  if (!result.ok) return { ok: false, ...problemsToErrors(result.problems, formDataToObject(formData)) };
  redirect(`/inspections/${slug}/samples?${result.value.changed ? 'updated' : 'unchanged'}=1`);
}
