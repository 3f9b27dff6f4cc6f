'use client';

import './globals.scss';

/** Last resort when the layout itself fails: the whole page, plainly, with no detail of the fault. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en" className="govuk-template">
      <body className="govuk-template__body">
        <title>Sorry, there is a problem with the service – Review case files</title>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p className="govuk-body">Try again later. Anything you had saved is safe.</p>
            {error.digest ? (
              <p className="govuk-body">
                If you contact support, quote this reference: <span className="app-error-reference">{error.digest}</span>
              </p>
            ) : null}
            <p className="govuk-body">
              {/* A full page load: the app's router may be what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a className="govuk-link" href="/">
                Go to your home page
              </a>
            </p>
          </main>
        </div>
      </body>
    </html>
  );
}
