'use client';

import { useActionState, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Button, ErrorSummary, FileUpload, Input, type ErrorItem } from '@/app/_components/govuk';
import { CSV_LIMITS, describeBytes } from '@/lib/csv/limits';
import type { UploadState } from './upload-state';

type Action = (state: UploadState, formData: FormData) => Promise<UploadState>;

const LIMIT_HINT = `A CSV file (UTF-8, comma-separated), smaller than ${describeBytes(CSV_LIMITS.maxBytes)} and with no more than ${CSV_LIMITS.maxRows.toLocaleString('en-GB')} rows.`;

/** Checks in the browser what can be checked before a large upload: that a file was chosen, and its size. */
function checkFile(form: HTMLFormElement, field: string): string | null {
  const input = form.elements.namedItem(field);
  const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
  if (!file) return 'Select a CSV file';
  if (file.size > CSV_LIMITS.maxBytes) return `The selected file must be smaller than ${describeBytes(CSV_LIMITS.maxBytes)}`;
  return null;
}

function Problems({ state, field, fileLabel }: { state: UploadState; field: string; fileLabel: string }) {
  if (!state?.problems.length || !state.fieldErrors[field]) return null;
  const more = state.total - state.problems.length;
  return (
    <div className="govuk-form-group" data-testid={`${field}-problems`}>
      <h3 className="govuk-heading-s">Problems in the {fileLabel}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {state.problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {more > 0 ? <p className="govuk-body">And {more.toLocaleString('en-GB')} more problems like these.</p> : null}
    </div>
  );
}

function useUpload(action: Action, field: string, order: string[]) {
  const [state, formAction, pending] = useActionState(action, null);
  const [clientError, setClientError] = useState<string | null>(null);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    const problem = checkFile(event.currentTarget, field);
    setClientError(problem);
    if (problem) event.preventDefault();
  };
  const fieldErrors: Record<string, string> = clientError ? { [field]: clientError } : (state?.fieldErrors ?? {});
  const errors: ErrorItem[] = order.filter((f) => fieldErrors[f]).map((f) => ({ field: f, message: fieldErrors[f] ?? '' }));
  return { state: clientError ? null : state, formAction, pending, onSubmit, errors, error: (f: string) => fieldErrors[f] };
}

/** The error summary goes first on the page, above the heading, as GOV.UK places it. */
export function ImportSampleForm({ action, heading }: { action: Action; heading: ReactNode }) {
  const { state, formAction, pending, onSubmit, errors, error } = useUpload(action, 'sampleFile', ['sampleFile']);
  return (
    <>
      <ErrorSummary errors={errors} />
      {heading}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <FileUpload
          id="sampleFile"
          label="Upload the force’s sample"
          hint={`${LIMIT_HINT} Columns: crime_reference, crime_type, recorded_on, and optionally outcome, domestic_abuse, repeat_victim, vulnerable_victim.`}
          accept=".csv,text/csv"
          error={error('sampleFile')}
        />
        <Problems state={state} field="sampleFile" fileLabel="sample file" />
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
        <FileUpload
          id="population"
          label="Upload the force’s population"
          hint={`Every file the force recorded in the window that is in scope. ${LIMIT_HINT}`}
          accept=".csv,text/csv"
          error={error('population')}
        />
        <Problems state={state} field="population" fileLabel="population file" />
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
