'use client';

import type { ReactNode } from 'react';
import { CSV_LIMIT_HINT, CsvFileField, useCsvUpload } from '@/app/_components/forms/csv-upload-form';
import { Button, Checkboxes, ErrorSummary, Select } from '@/app/_components/govuk';
import { importAnswersAction } from './actions';

interface Props {
  inspectionSlug: string;
  forceCode: string;
  inspectors: { id: number; name: string; email: string }[];
  heading: ReactNode;
}

const FIELDS = ['reviewer', 'answersFile'];

function checkReviewer(form: HTMLFormElement): Record<string, string> {
  const value = new FormData(form).get('reviewer');
  return typeof value === 'string' && value !== '' ? {} : { reviewer: 'Select the inspector whose answers these are' };
}

/** The error summary goes first on the page, above the heading, as GOV.UK places it. */
export function ImportAnswersForm({ inspectionSlug, forceCode, inspectors, heading }: Props) {
  const { state, formAction, pending, onSubmit, errors, error } = useCsvUpload(importAnswersAction, 'answersFile', FIELDS, checkReviewer);
  const values = state?.values ?? {};
  return (
    <>
      <ErrorSummary errors={errors} />
      {heading}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="inspection" value={inspectionSlug} />
        <input type="hidden" name="force" value={forceCode} />
        <Select
          id="reviewer"
          label="Whose answers are these?"
          hint="The inspector who reviewed the files. Files not yet assigned are assigned to them."
          defaultValue={values.reviewer ?? ''}
          key={values.reviewer ?? ''}
          error={error('reviewer')}
          options={[
            { value: '', label: 'Choose an inspector' },
            ...inspectors.map((i) => ({ value: String(i.id), label: `${i.name} (${i.email})` })),
          ]}
        />
        <CsvFileField
          id="answersFile"
          label="Upload the spreadsheet"
          hint={`${CSV_LIMIT_HINT} Columns: crime_reference, question, answer, and note (required for partly and no). One row per file and question.`}
          fileLabel="spreadsheet"
          state={state}
          error={error('answersFile')}
        />
        <Checkboxes
          id="submit-choice"
          legend="Submitting"
          legendSize="s"
          items={[
            {
              id: 'submit',
              value: 'yes',
              label: 'Submit each review once its answers are in',
              hint: 'Every question that applies to a file must then be answered. Leave this unticked to save the answers as drafts.',
              defaultChecked: values.submit === 'yes',
            },
          ]}
        />
        <Button disabled={pending}>Import the answers</Button>
      </form>
    </>
  );
}
