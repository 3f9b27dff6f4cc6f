'use client';

import { useEffect, useRef } from 'react';

export interface ErrorItem {
  /** The id of the field the message is about (without '#'); absent for a form-wide problem. */
  field?: string;
  message: string;
}

/**
 * The GOV.UK error summary. Rendered by the server it works without JavaScript; with it, focus
 * moves to the summary whenever the errors change, and its links move focus to their field.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  focusKey,
}: {
  errors: ErrorItem[];
  title?: string;
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.field ?? ''}:${e.message}`).join('|');
  // A form that re-checks its fields as they change passes focusKey (bumped on each submit), so
  // fixing one problem does not pull focus away from the field being typed in.
  const trigger = focusKey === undefined ? signature : String(focusKey);
  const shown = signature !== '';
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [trigger, shown]);
  // GOV.UK: a page with errors says so first in its title, which is what a screen reader reads out.
  useEffect(() => {
    if (!shown) return;
    const plain = document.title.replace(/^Error: /, '');
    document.title = `Error: ${plain}`;
    return () => {
      if (document.title === `Error: ${plain}`) document.title = plain;
    };
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" data-disable-auto-focus="true" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e, i) => (
              <li key={`${e.field ?? 'form'}-${i}`}>
                {e.field ? (
                  <a
                    href={`#${e.field}`}
                    onClick={(event) => {
                      const target = document.getElementById(e.field ?? '');
                      if (!target) return;
                      event.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
