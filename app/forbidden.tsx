import { ErrorPageBody } from './_components/shell/error-page';

export default function Forbidden() {
  return (
    <>
      {/* forbidden.tsx takes no metadata export; React places this title in the head. */}
      <title>You do not have access – Review case files</title>
      <ErrorPageBody heading="You do not have access to this page">
        <p className="govuk-body">Your account does not allow you to see or change this.</p>
        <p className="govuk-body">If you think you should have access, ask your inspection lead or an admin.</p>
      </ErrorPageBody>
    </>
  );
}
