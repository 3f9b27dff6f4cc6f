import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/app/_components/govuk';
import { getCurrentUser } from '@/app/_server/session';
import { ForgetCachedPages } from '@/app/_components/offline/forget-cached-pages';
import { UnsentAnswers } from '@/app/_components/offline/unsent-answers';
import { signOutAction } from './actions';

export const metadata: Metadata = { title: 'Sign out' };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign out</h1>
        <ForgetCachedPages />
        <p className="govuk-body">
          You are signed in as {user.name} ({user.email}).
        </p>
        <UnsentAnswers userId={user.id} />
        <form action={signOutAction}>
          <Button>Sign out</Button>
        </form>
      </div>
    </div>
  );
}
