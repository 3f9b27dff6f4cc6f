import Link from 'next/link';
import type { ReactNode } from 'react';

/** The body of the GOV.UK error pages (403, 404, 500): a heading, plain sentences, a way home. */
export function ErrorPageBody({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{heading}</h1>
        {children}
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your home page
          </Link>
        </p>
      </div>
    </div>
  );
}
