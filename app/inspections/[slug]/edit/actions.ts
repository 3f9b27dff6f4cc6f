'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/app/_components/forms/action-state';
import { serverAction } from '@/app/_server/action';
import { editInspection } from '@/lib/inspections/manage-inspections';
import { readInspectionForm } from '../../_components/read-inspection-form';

/** Bound to the inspection's slug by its page; the use-case checks that this person may change it. */
export async function editInspectionAction(slug: string, state: ActionState, formData: FormData) {
  return serverAction(readInspectionForm('edit'), {
    name: 'inspection.edit',
    roles: ['lead', 'admin'],
    run: (who, input) => editInspection(who, slug, input),
    done: ({ changed }) => redirect(`/inspections/${slug}/samples?${changed ? 'updated' : 'unchanged'}=1`),
  })(state, formData);
}
