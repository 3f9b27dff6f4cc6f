'use client';

import { useActionState, useState, type SyntheticEvent } from 'react';
import { FileUpload } from '@/app/_components/govuk';
import { CSV_LIMITS, describeBytes } from '@/lib/csv/limits';
import { summaryItems, type ActionProblem, type ActionState } from './action-state';

/** What an upload form holds: nothing yet, or what was wrong (success moves to another page). */
export type UploadState = ActionState;

export type UploadAction = (state: UploadState, formData: FormData) => Promise<Exclude<UploadState, null>>;

export const CSV_LIMIT_HINT = `A CSV file (UTF-8, comma-separated), smaller than ${describeBytes(CSV_LIMITS.maxBytes)} and with no more than ${CSV_LIMITS.maxRows.toLocaleString('en-GB')} rows.`;

/** Checks in the browser what can be checked before a large upload: that a file was chosen, and its size. */
function checkFile(form: HTMLFormElement, field: string): string | null {
  const input = form.elements.namedItem(field);
  const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
  if (!file) return 'Select a CSV file';
  if (file.size > CSV_LIMITS.maxBytes) return `The selected file must be smaller than ${describeBytes(CSV_LIMITS.maxBytes)}`;
  return null;
}

/** Every problem found in an uploaded file, beneath the upload, so all can be fixed at once. */
function UploadProblems({ state, field, fileLabel }: { state: ActionProblem | null; field: string; fileLabel: string }) {
  if (!state?.problems?.length || !state.fieldErrors[field]) return null;
  const more = (state.problemTotal ?? state.problems.length) - state.problems.length;
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

/** A CSV file upload with, beneath it, every problem the server found in the file. */
export function CsvFileField(props: {
  id: string;
  label: string;
  hint: string;
  fileLabel: string;
  state: ActionProblem | null;
  error: string | undefined;
}) {
  return (
    <>
      <FileUpload id={props.id} label={props.label} hint={props.hint} accept=".csv,text/csv" error={props.error} />
      <UploadProblems state={props.state} field={props.id} fileLabel={props.fileLabel} />
    </>
  );
}

/**
 * An upload form's state: the server's answer, or what the browser found before sending. `check`
 * adds the form's other fields' own checks (field id to message).
 */
export function useCsvUpload(
  action: UploadAction,
  field: string,
  order: string[],
  check?: (form: HTMLFormElement) => Record<string, string>,
) {
  const [state, formAction, pending] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    const problem = checkFile(event.currentTarget, field);
    const found = { ...(check?.(event.currentTarget) ?? {}), ...(problem ? { [field]: problem } : {}) };
    const blocked = Object.keys(found).length > 0;
    setClientErrors(blocked ? found : null);
    if (blocked) event.preventDefault();
  };
  const problem = state && !state.ok ? state : null;
  const fieldErrors: Record<string, string> = clientErrors ?? problem?.fieldErrors ?? {};
  const errors = summaryItems(state, order, clientErrors);
  return { state: clientErrors ? null : problem, formAction, pending, onSubmit, errors, error: (f: string) => fieldErrors[f] };
}
