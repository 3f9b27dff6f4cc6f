'use client';

import { useActionState } from 'react';
import { summaryItems } from '@/app/_components/forms/action-state';
import { ErrorSummary } from '@/app/_components/govuk';
import { revokeTokenAction } from './actions';

export function RevokeTokenForm({ tokenId, name }: { tokenId: number; name: string }) {
  const [state, action] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <ErrorSummary errors={summaryItems(state, [])} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">
        Revoke<span className="govuk-visually-hidden"> the token “{name}”</span>
      </button>
    </form>
  );
}
