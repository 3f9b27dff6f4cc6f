'use client';

import { useActionState } from 'react';
import { summaryItems } from '@/app/_components/forms/action-state';
import { ErrorSummary, NotificationBanner, Tag } from '@/app/_components/govuk';
import { revokeUserTokenAction } from '../actions';

export interface TokenSummary {
  id: number;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string;
  revoked: boolean;
}

function RevokeButton({ userId, token }: { userId: number; token: TokenSummary }) {
  const [state, action] = useActionState(revokeUserTokenAction, null);
  return (
    <form action={action}>
      {state?.ok ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{state.message}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={summaryItems(state, [])} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">
        Revoke<span className="govuk-visually-hidden"> the token “{token.name}”</span>
      </button>
    </form>
  );
}

/** The person's API tokens, which an admin can revoke (a lost laptop, someone leaving). */
export function UserTokens({ userId, tokens }: { userId: number; tokens: TokenSummary[] }) {
  if (tokens.length === 0) return <p className="govuk-body">They have no API tokens.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Their API tokens</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Starts
          </th>
          <th scope="col" className="govuk-table__header">
            Created
          </th>
          <th scope="col" className="govuk-table__header">
            Last used
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Status or action</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {tokens.map((t) => (
          <tr className="govuk-table__row" key={t.id}>
            <th scope="row" className="govuk-table__header">
              {t.name}
            </th>
            <td className="govuk-table__cell app-code">{t.prefix}…</td>
            <td className="govuk-table__cell">{t.created}</td>
            <td className="govuk-table__cell">{t.lastUsed}</td>
            <td className="govuk-table__cell">
              {t.revoked ? <Tag colour="grey">Revoked</Tag> : <RevokeButton userId={userId} token={t} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
