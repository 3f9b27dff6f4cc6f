import type { Metadata } from 'next';
import { NotificationBanner } from '@/app/_components/govuk';
import { requireUser } from '@/app/_server/guards';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Change your password' };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {user.mustChangePassword ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">
              You signed in with a one-time password. Choose your own password to carry on.
            </p>
          </NotificationBanner>
        ) : null}
        <PasswordForm />
        <p className="govuk-body">Changing your password signs you out on every other device.</p>
      </div>
    </div>
  );
}
