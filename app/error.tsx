'use client';

import { ErrorPageBody } from './_components/shell/error-page';

/** Unexpected failures: a plain sentence, never a stack trace (the cause is logged on the server). */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <>
      <title>Sorry, there is a problem with the service – Review case files</title>
      <ErrorPageBody heading="Sorry, there is a problem with the service">
        <p className="govuk-body">Try again later. Anything you had saved is safe.</p>
        {/* The digest is on the server's log line for this failure, beside the request's id. */}
        {error.digest ? (
          <p className="govuk-body">
            If you contact support, quote this reference: <span className="app-error-reference">{error.digest}</span>
          </p>
        ) : null}
      </ErrorPageBody>
    </>
  );
}
