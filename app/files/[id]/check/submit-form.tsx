'use client';

import { useActionState } from 'react';
import { Button } from '@/app/_components/govuk';
import { submitReviewAction } from '../actions';

/** Submits a checked review; problems come back as an error summary linking to the form. */
export function SubmitForm({
  fileId,
  version,
  problems,
}: {
  fileId: number;
  version: number;
  problems: { field: string; message: string }[];
}) {
  const [state, formAction, pending] = useActionState(submitReviewAction, null);
  const serverErrors = state && !state.ok ? state : null;
  const fromServer = serverErrors ? Object.entries(serverErrors.fieldErrors).map(([field, message]) => ({ field, message })) : [];
  const listed = serverErrors ? fromServer : problems;
  return (
    <>
      {serverErrors || problems.length ? (
        <div className="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 className="govuk-error-summary__title">{serverErrors?.formError ?? 'You cannot submit this review yet'}</h2>
            {listed.length ? (
              <div className="govuk-error-summary__body">
                <ul className="govuk-list govuk-error-summary__list">
                  {listed.map((p) => (
                    <li key={p.field}>
                      <a href={`/files/${fileId}#${p.field}`}>{p.message}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </div>
      ) : null}
      {problems.length === 0 ? (
        <form action={formAction}>
          <input type="hidden" name="file" value={fileId} />
          <input type="hidden" name="version" value={version} />
          <h2 className="govuk-heading-m">Now submit your review</h2>
          <p className="govuk-body">Once you submit, you cannot change your answers unless an inspection lead returns the review to you.</p>
          <Button disabled={pending}>Submit review</Button>
        </form>
      ) : null}
    </>
  );
}
