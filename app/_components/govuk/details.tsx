import type { ReactNode } from 'react';

export function Details({ id, summary, children, open }: { id?: string; summary: ReactNode; children: ReactNode; open?: boolean }) {
  return (
    <details id={id} className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
