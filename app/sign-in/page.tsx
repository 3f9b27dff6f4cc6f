import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NotificationBanner } from '@/app/_components/govuk';
import { getCurrentUser } from '@/app/_server/session';
import { safeReturnTo } from '@/lib/validation/users';
import { ForgetCachedPages } from '@/app/_components/offline/forget-cached-pages';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentUser()) redirect('/');
  const params = await searchParams;
  const returnTo = typeof params.returnTo === 'string' ? safeReturnTo(params.returnTo) : '/';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.signedOut === '1' ? (
          <NotificationBanner success title="Signed out">
            <p className="govuk-notification-banner__heading">You have signed out.</p>
          </NotificationBanner>
        ) : null}
        <ForgetCachedPages />
        <SignInForm returnTo={returnTo === '/' ? null : returnTo} />
        <p className="govuk-body">If you have forgotten your password, ask an admin to reset it.</p>
      </div>
    </div>
  );
}
