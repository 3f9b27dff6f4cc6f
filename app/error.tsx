'use client';

import Link from 'next/link';

/** Unexpected failures: a plain sentence, never a stack trace (the cause is logged on the server). */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>Sorry, there is a problem with the service – Review case files</title>
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later. Anything you had saved is safe.</p>
        {error.digest ? <p className="govuk-body">If you contact support, give them this reference: {error.digest}</p> : null}
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your home page
          </Link>
        </p>
      </div>
    </div>
  );
}
