'use server';

import { redirect } from 'next/navigation';
import { serverAction } from '@/app/_server/action';
import { createInspection } from '@/lib/inspections/manage-inspections';
import { readInspectionForm } from '../_components/read-inspection-form';

export const createInspectionAction = serverAction(readInspectionForm('create'), {
  name: 'inspection.create',
  roles: ['lead', 'admin'],
  run: (who, input) => createInspection(who, { ...input, slug: input.slug ?? '' }),
  done: ({ slug }) => redirect(`/inspections/${slug}/samples?created=1`),
});
