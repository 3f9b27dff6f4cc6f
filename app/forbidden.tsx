import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'You do not have access' };

export default function Forbidden() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have access to this page</h1>
        <p className="govuk-body">Your account does not allow you to see or change this.</p>
        <p className="govuk-body">If you think you should have access, ask your inspection lead or an admin.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your home page
          </Link>
        </p>
      </div>
    </div>
  );
}
