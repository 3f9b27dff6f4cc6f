import type { Metadata } from 'next';
import { BackLink } from '@/app/_components/govuk';
import { requireRole } from '@/app/_server/guards';
import { AddUserForm } from './add-user-form';

export const metadata: Metadata = { title: 'Add a user' };

export default async function AddUserPage() {
  await requireRole('admin');
  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AddUserForm />
        </div>
      </div>
    </>
  );
}
