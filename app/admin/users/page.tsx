import type { Metadata } from 'next';
import Link from 'next/link';
import { Table, Tag } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { ROLE_LABELS } from '@/domain/codes';
import { formatDateTime } from '@/lib/format';
import type { UserSummary } from '@/lib/users/manage-users';
import { listUserSummaries } from '@/lib/users/user-pages';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requireRole('admin');
  const users = await pageData(await listUserSummaries(admin));
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <Link href="/admin/users/new" className="govuk-button" role="button" draggable="false">
        Add a user
      </Link>
      <Table<UserSummary>
        caption={`${users.length} ${users.length === 1 ? 'user' : 'users'}`}
        rows={users}
        rowKey={(u) => u.id}
        firstCellIsHeader
        columns={[
          {
            header: 'Name',
            cell: (u) => (
              <Link className="govuk-link" href={`/admin/users/${u.id}`}>
                {u.name}
              </Link>
            ),
          },
          { header: 'Email address', cell: (u) => u.email },
          { header: 'Role', cell: (u) => ROLE_LABELS[u.role] },
          { header: 'Status', cell: (u) => <StatusTag user={u} /> },
          { header: 'Last signed in', cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never') },
        ]}
      />
    </>
  );
}

function StatusTag({ user }: { user: UserSummary }) {
  if (user.disabled) return <Tag colour="grey">Disabled</Tag>;
  if (user.mustChangePassword) return <Tag colour="yellow">One-time password</Tag>;
  return <Tag colour="green">Active</Tag>;
}
