import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotificationBanner, Table, Tag } from '@/app/_components/govuk';
import { listTokens } from '@/lib/api/tokens';
import { pageData, requireRole } from '@/app/_server/guards';
import { formatDateTime } from '@/lib/format';
import { CreateTokenForm } from './create-token-form';
import { RevokeTokenForm } from './revoke-token-form';

export const metadata: Metadata = { title: 'Your API tokens' };

interface TokenView {
  id: number;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string;
  revoked: boolean;
}

/** Personal API tokens for analysts: a lead (or admin) creates one, sees it once, and can revoke it. */
export default async function TokensPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('lead', 'admin');
  const { revoked } = await searchParams;
  const tokens: TokenView[] = (await pageData(await listTokens(user, user.id))).map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    created: formatDateTime(t.createdAt),
    lastUsed: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never',
    revoked: t.revokedAt !== null,
  }));
  const host = (await headers()).get('host') ?? 'localhost:3000';
  const origin = `${host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https'}://${host}`;
  const justRevoked = tokens.find((t) => t.revoked && String(t.id) === revoked);
  return (
    <>
      {justRevoked ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">Token “{justRevoked.name}” revoked. Anything still using it will be refused.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">Your API tokens</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A token lets a script (R, Python, Excel’s Power Query) fetch the findings and answers of the inspections you lead, as you,
            without your password. Send it in an <code>Authorization: Bearer</code> header. Treat it like a password, and revoke it when you
            no longer need it.
          </p>
          <CreateTokenForm origin={origin} />
        </div>
      </div>
      {tokens.length === 0 ? (
        <p className="govuk-body">You have no tokens yet.</p>
      ) : (
        <Table<TokenView>
          caption="Your tokens"
          rows={tokens}
          rowKey={(t) => t.id}
          firstCellIsHeader
          columns={[
            { header: 'Name', cell: (t) => t.name },
            { header: 'Starts with', cell: (t) => <code>{t.prefix}…</code> },
            { header: 'Created', cell: (t) => t.created },
            { header: 'Last used', cell: (t) => t.lastUsed },
            { header: 'Status', cell: (t) => (t.revoked ? <Tag colour="grey">Revoked</Tag> : <Tag colour="green">Active</Tag>) },
            { header: 'Action', cell: (t) => (t.revoked ? null : <RevokeTokenForm tokenId={t.id} name={t.name} />) },
          ]}
        />
      )}
    </>
  );
}
