import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationBanner } from '@/app/_components/govuk';
import { navigationFor } from '@/lib/auth/access';
import { requireUser } from '@/app/_server/guards';
import { ROLE_LABELS } from '@/domain/codes';

// The title template applies only below the root segment, so the home page spells its title out.
export const metadata: Metadata = { title: { absolute: 'Home – Review case files' } };

const DESCRIPTIONS: Record<string, string> = {
  '/your-files': 'The case files assigned to you, and how far you have got with each.',
  '/inspections': 'Inspections, their forces and samples, progress and assignments.',
  '/admin/users': 'Add people, change roles, disable accounts and reset passwords.',
  '/admin/audit': 'Every sign-in and every change, newest first.',
};

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const links = navigationFor(user.role).filter((item) => item.href !== '/');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.passwordChanged === '1' ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Your password has been changed.</p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{ROLE_LABELS[user.role]}</span>
        <h1 className="govuk-heading-l">Hello, {user.name}</h1>
        <ul className="govuk-list">
          {links.map((item) => (
            <li key={item.href}>
              <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                <Link className="govuk-link" href={item.href}>
                  {item.label}
                </Link>
              </h2>
              <p className="govuk-body">{DESCRIPTIONS[item.href]}</p>
            </li>
          ))}
          {user.role === 'lead' || user.role === 'admin' ? (
            <li>
              <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                <Link className="govuk-link" href="/account/tokens">
                  Your API tokens
                </Link>
              </h2>
              <p className="govuk-body">Let your own scripts fetch findings and answers for analysis.</p>
            </li>
          ) : null}
          <li>
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <Link className="govuk-link" href="/account/password">
                Change your password
              </Link>
            </h2>
          </li>
        </ul>
      </div>
    </div>
  );
}
