'use client';

import type { ReactNode } from 'react';
import {
  CSV_LIMIT_HINT as LIMIT_HINT,
  CsvFileField,
  useCsvUpload as useUpload,
  type UploadAction,
} from '@/app/_components/forms/csv-upload-form';
import { Button, ErrorSummary, Input } from '@/app/_components/govuk';

type Action = UploadAction;

/** The error summary goes first on the page, above the heading, as GOV.UK places it. */
export function ImportSampleForm({ action, heading }: { action: Action; heading: ReactNode }) {
  const { state, formAction, pending, onSubmit, errors, error } = useUpload(action, 'sampleFile', ['sampleFile']);
  return (
    <>
      <ErrorSummary errors={errors} />
      {heading}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <CsvFileField
          id="sampleFile"
          label="Upload the force’s sample"
          hint={`${LIMIT_HINT} Columns: crime_reference, crime_type, recorded_on, and optionally outcome, domestic_abuse, repeat_victim, vulnerable_victim.`}
          fileLabel="sample file"
          state={state}
          error={error('sampleFile')}
        />
        <Button disabled={pending}>Import the sample</Button>
      </form>
    </>
  );
}

export function DrawSampleForm({
  action,
  heading,
  suggestedSeed,
  sampleSize,
}: {
  action: Action;
  heading: ReactNode;
  suggestedSeed: string;
  sampleSize: number;
}) {
  const { state, formAction, pending, onSubmit, errors, error } = useUpload(action, 'population', ['population', 'seed', 'sampleSize']);
  const value = (name: string, fallback: string) => state?.values[name] ?? fallback;
  return (
    <>
      <ErrorSummary errors={errors} />
      {heading}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <CsvFileField
          id="population"
          label="Upload the force’s population"
          hint={`Every file the force recorded in the window that is in scope. ${LIMIT_HINT}`}
          fileLabel="population file"
          state={state}
          error={error('population')}
        />
        <Input
          id="seed"
          label="Seed"
          hint="Any words or numbers. Keep it: the same file and seed always give the same sample."
          defaultValue={value('seed', suggestedSeed)}
          error={error('seed')}
          spellCheck={false}
          autoComplete="off"
          widthClass="govuk-input--width-20"
        />
        <Input
          id="sampleSize"
          label="Sample size"
          inputMode="numeric"
          widthClass="govuk-input--width-4"
          defaultValue={value('sampleSize', String(sampleSize))}
          error={error('sampleSize')}
        />
        <Button disabled={pending}>Draw the sample</Button>
      </form>
    </>
  );
}
