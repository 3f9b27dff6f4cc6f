import type { Metadata } from 'next';
import { ErrorPageBody } from './_components/shell/error-page';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <ErrorPageBody heading="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    </ErrorPageBody>
  );
}
