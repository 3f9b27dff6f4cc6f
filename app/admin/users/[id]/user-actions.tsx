'use client';

import { useActionState } from 'react';
import { Button, ErrorSummary, NotificationBanner, Radios } from '@/app/_components/govuk';
import { ROLES, ROLE_LABELS, type Role } from '@/domain/codes';
import { summaryItems, type ActionState } from '@/app/_components/forms/action-state';
import { changeRoleAction, resetPasswordAction, setDisabledAction, signOutEverywhereAction } from '../actions';
import { OneTimePassword } from '../one-time-password';

function Outcome({ state }: { state: ActionState<{ password: string; email: string }> }) {
  if (!state) return null;
  if (state.ok) {
    if (state.data?.password && state.data.email)
      return <OneTimePassword message={state.message ?? 'Done'} email={state.data.email} password={state.data.password} />;
    return (
      <NotificationBanner success>
        <p className="govuk-notification-banner__heading">{state.message}</p>
      </NotificationBanner>
    );
  }
  return <ErrorSummary errors={summaryItems(state, [])} />;
}

export function ChangeRoleForm({ userId, role }: { userId: number; role: Role }) {
  const [state, action] = useActionState(changeRoleAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <Outcome state={state} />
      <Radios
        id="role"
        name="role"
        legend="Role"
        legendSize="s"
        items={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        defaultValue={role}
        error={state && !state.ok ? state.fieldErrors.role : undefined}
        small
      />
      <Button variant="secondary">Change role</Button>
    </form>
  );
}

export function AccountActions({ userId, disabled, isSelf }: { userId: number; disabled: boolean; isSelf: boolean }) {
  const [disableState, disableAction] = useActionState(setDisabledAction, null);
  const [resetState, resetAction] = useActionState(resetPasswordAction, null);
  const [signOutState, signOutAction] = useActionState(signOutEverywhereAction, null);
  const target = <input type="hidden" name="userId" value={userId} />;
  return (
    <>
      <Outcome state={disableState} />
      <Outcome state={resetState} />
      <Outcome state={signOutState} />
      <div className="govuk-button-group">
        {isSelf ? null : (
          <form action={disableAction}>
            {target}
            <input type="hidden" name="disabled" value={String(!disabled)} />
            <Button variant={disabled ? 'secondary' : 'warning'}>{disabled ? 'Enable account' : 'Disable account'}</Button>
          </form>
        )}
        <form action={resetAction}>
          {target}
          <Button variant="secondary">Reset password</Button>
        </form>
        <form action={signOutAction}>
          {target}
          <Button variant="secondary">Sign out everywhere</Button>
        </form>
      </div>
    </>
  );
}
