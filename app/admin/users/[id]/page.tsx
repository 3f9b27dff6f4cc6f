import type { Metadata } from 'next';
import { BackLink, SummaryList, Table } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { getUserPage } from '@/lib/users/user-pages';
import type { AuditRow } from '@/lib/audit/audit-log';
import { ROLE_LABELS } from '@/domain/codes';
import { formatDateTime } from '@/lib/format';
import { describeAuditAction } from '@/lib/audit/labels';
import { AccountActions, ChangeRoleForm } from './user-actions';
import { UserTokens } from './user-tokens';

export const metadata: Metadata = { title: 'Manage user' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const page = await pageData(await getUserPage(admin, Number((await params).id)));
  const { user, lockedUntil, history } = page;
  const tokens = page.tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    created: formatDateTime(t.createdAt),
    lastUsed: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never',
    revoked: t.revokedAt !== null,
  }));
  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <span className="govuk-caption-l">Manage user</span>
      <h1 className="govuk-heading-l">{user.name}</h1>
      <SummaryList
        rows={[
          { key: 'Email address', value: user.email },
          { key: 'Role', value: ROLE_LABELS[user.role] },
          { key: 'Status', value: user.disabled ? 'Disabled' : user.mustChangePassword ? 'Active (must choose a password)' : 'Active' },
          { key: 'Last signed in', value: user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never' },
          { key: 'Failed sign-ins since last success', value: String(user.failedSignIns) },
          {
            key: 'Sign-in',
            value:
              lockedUntil === null
                ? 'Not locked'
                : `Locked until ${formatDateTime(new Date(lockedUntil).toISOString())} after too many failed attempts. Resetting the password lifts the lock.`,
          },
        ]}
      />
      <h2 className="govuk-heading-m">Change role</h2>
      <ChangeRoleForm userId={user.id} role={user.role} />
      <h2 className="govuk-heading-m">Account</h2>
      <AccountActions userId={user.id} disabled={user.disabled} isSelf={user.id === admin.id} />
      <h2 className="govuk-heading-m">API tokens</h2>
      <p className="govuk-body">
        Disabling the account, resetting its password, changing its role or signing it out everywhere also revokes every token.
      </p>
      <UserTokens userId={user.id} tokens={tokens} />
      <Table<AuditRow>
        caption="Recent changes"
        rows={history}
        rowKey={(r) => r.id}
        columns={[
          { header: 'When', cell: (r) => formatDateTime(r.at) },
          { header: 'Who', cell: (r) => r.actorName ?? r.actorLabel ?? 'System' },
          { header: 'What', cell: (r) => describeAuditAction(r) },
        ]}
      />
    </>
  );
}
