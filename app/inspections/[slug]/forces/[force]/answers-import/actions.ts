'use server';

import { redirect } from 'next/navigation';
import { withCsv } from '@/app/_components/forms/csv-upload';
import { problemState, serverAction } from '@/app/_server/action';
import { ANSWERS_FILE_FIELD, importAnswers } from '@/lib/reviews/import-answers';
import { answersImportSchema } from '@/lib/validation/answers-import';

/**
 * Imports a fieldwork spreadsheet for one force and inspector. The inspection and force come in
 * hidden fields (a bound action cannot re-render without JavaScript); the use-case checks that
 * this person leads that inspection.
 */
export const importAnswersAction = serverAction(withCsv(ANSWERS_FILE_FIELD, answersImportSchema, ['inspection', 'force']), {
  name: 'answers.import',
  roles: ['lead', 'admin'],
  run: (who, { input, file }) =>
    importAnswers(who, {
      slug: input.inspection,
      forceCode: input.force,
      reviewer: { id: input.reviewer },
      submit: input.submit === 'yes',
      bytes: file.bytes,
      fileName: file.name,
    }),
  done: ({ summary: s, inspection, force }) =>
    redirect(`/inspections/${inspection.slug}/forces/${force.code}?imported=${s.files}&changed=${s.changed}&submitted=${s.submitted}`),
  // A refusal (not this person's inspection) is said where the file is chosen.
  failed: (failure, values) =>
    failure.kind === 'refused'
      ? { ok: false, fieldErrors: { [ANSWERS_FILE_FIELD]: failure.message }, values }
      : problemState(failure, values),
});
