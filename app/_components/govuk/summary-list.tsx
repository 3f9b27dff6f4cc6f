import Link from 'next/link';
import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  action?: { href: string; label: string; visuallyHidden: string };
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((r) => r.action);
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div className={`govuk-summary-list__row${anyActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`} key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={row.action.href}>
                {row.action.label}
                <span className="govuk-visually-hidden"> {row.action.visuallyHidden}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
