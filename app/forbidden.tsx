import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>You do not have access – Review case files</title>
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
