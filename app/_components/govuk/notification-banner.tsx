import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  success?: boolean;
  title?: string;
}

/** GOV.UK notification banner; a success banner is announced and focused when it appears. */
export function NotificationBanner({ children, success, title }: Props) {
  const heading = title ?? (success ? 'Success' : 'Important');
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="govuk-notification-banner-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="govuk-notification-banner-title">
          {heading}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
