'use server';

import { redirect } from 'next/navigation';
import { fileErrors, uploadedCsv } from '@/app/_components/forms/csv-upload';
import type { UploadState } from '@/app/_components/forms/csv-upload-state';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import { importAnswers } from '@/lib/reviews/import-answers';
import { answersImportSchema } from '@/lib/validation/answers-import';
import { parseForm, formDataToObject } from '@/lib/validation/form-data';

const FILE = 'answersFile';

function failed(fieldErrors: Record<string, string>, values: Record<string, string>): UploadState {
  return { ok: false, fieldErrors, problems: [], total: 0, values };
}

/**
 * Imports a fieldwork spreadsheet for one force and inspector. The inspection and force come in
 * hidden fields (a bound action cannot re-render without JavaScript); the use-case checks that
 * this person leads that inspection.
 */
export async function importAnswersAction(_state: UploadState, formData: FormData): Promise<UploadState> {
  const user = await actionUser('lead', 'admin');
  const values = formDataToObject(formData);
  if (!user) return failed({ [FILE]: REFUSED.formError }, values);
  const parsed = parseForm(answersImportSchema, formData);
  const file = await uploadedCsv(formData, FILE);
  if (!parsed.ok || !file.ok) {
    const errors = parsed.ok ? {} : parsed.errors.fieldErrors;
    if (!parsed.ok && (errors.inspection || errors.force || parsed.errors.formError))
      return failed({ [FILE]: 'This form could not be read. Reload the page and try again.' }, values);
    return failed({ ...(errors.reviewer ? { reviewer: errors.reviewer } : {}), ...(file.ok ? {} : { [FILE]: file.message }) }, values);
  }
  const { inspection, force, reviewer, submit } = parsed.data;
  const result = await importAnswers(
    { slug: inspection, forceCode: force, reviewer: { id: reviewer }, submit: submit === 'yes', bytes: file.bytes, fileName: file.name },
    { id: user.id, label: user.email, ip: await clientIp() },
    user,
  );
  if (!result.ok) {
    if ('report' in result) return fileErrors(FILE, result.report, 'nothing was imported', values);
    return failed({ [result.field ?? FILE]: result.message }, values);
  }
  const s = result.summary;
  redirect(
    `/inspections/${result.inspection.slug}/forces/${result.force.code}?imported=${s.files}&changed=${s.changed}&submitted=${s.submitted}`,
  );
}
