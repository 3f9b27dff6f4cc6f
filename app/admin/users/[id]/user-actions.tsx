'use client';

import { useActionState } from 'react';
import { Button, ErrorSummary, NotificationBanner, Radios } from '@/app/_components/govuk';
import { ROLES, ROLE_LABELS, type Role } from '@/lib/domain/codes';
import type { ActionState } from '@/lib/validation/form-data';
import { changeRoleAction, resetPasswordAction, setDisabledAction, signOutEverywhereAction } from '../actions';
import { OneTimePassword } from '../one-time-password';

function Outcome({ state }: { state: ActionState }) {
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
  const items = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...Object.entries(state.fieldErrors).map(([field, message]) => ({ field, message: message ?? '' })),
  ];
  return <ErrorSummary errors={items} />;
}

export function ChangeRoleForm({ userId, role }: { userId: number; role: Role }) {
  const [state, action] = useActionState(changeRoleAction.bind(null, userId), null);
  return (
    <form action={action}>
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
      <Button variant="secondary">
        Change role
      </Button>
    </form>
  );
}

export function AccountActions({ userId, disabled, isSelf }: { userId: number; disabled: boolean; isSelf: boolean }) {
  const [disableState, disableAction] = useActionState(setDisabledAction.bind(null, userId, !disabled), null);
  const [resetState, resetAction] = useActionState(resetPasswordAction.bind(null, userId), null);
  const [signOutState, signOutAction] = useActionState(signOutEverywhereAction.bind(null, userId), null);
  return (
    <>
      <Outcome state={disableState} />
      <Outcome state={resetState} />
      <Outcome state={signOutState} />
      <div className="govuk-button-group">
        {isSelf ? null : (
          <form action={disableAction}>
            <Button variant={disabled ? 'secondary' : 'warning'}>
              {disabled ? 'Enable account' : 'Disable account'}
            </Button>
          </form>
        )}
        <form action={resetAction}>
          <Button variant="secondary">
            Reset password
          </Button>
        </form>
        <form action={signOutAction}>
          <Button variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </div>
    </>
  );
}
