import { NotificationBanner } from '@/app/_components/govuk';

/** Shown once, straight after the password is made; it is never stored or shown again. */
export function OneTimePassword({ message, email, password }: { message: string; email: string; password: string }) {
  return (
    <NotificationBanner success title="Success">
      <h3 className="govuk-notification-banner__heading">{message}</h3>
      <p className="govuk-body">
        Give {email} this one-time password. It is shown only now. They will choose their own password when they sign in.
      </p>
      <p className="govuk-body app-one-time-password" data-testid="one-time-password">
        {password}
      </p>
    </NotificationBanner>
  );
}
