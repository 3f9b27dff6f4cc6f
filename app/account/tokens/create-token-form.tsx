'use client';

import { Button, ErrorSummary, Input, NotificationBanner } from '@/app/_components/govuk';
import { useValidatedForm } from '@/app/_components/forms/use-validated-form';
import { createTokenSchema } from '@/lib/validation/api-tokens';
import { createTokenAction } from './actions';

/** Creates a token and shows it once: it is never stored, so it can never be shown again. */
export function CreateTokenForm({ origin }: { origin: string }) {
  const { state, formAction, onSubmit, register, errorItems, fieldError, value } = useValidatedForm(createTokenSchema, createTokenAction, [
    'name',
  ]);
  const created = state?.ok && state.data?.token ? state.data : null;
  return (
    <>
      <ErrorSummary errors={errorItems} />
      {created ? (
        <NotificationBanner success>
          <h3 className="govuk-notification-banner__heading">Your new token “{created.name}”</h3>
          <p className="govuk-body">Copy it now and keep it somewhere safe. It is shown only this once.</p>
          <p className="govuk-body app-one-time-password" data-testid="new-api-token">
            {created.token}
          </p>
          <p className="govuk-body">For example:</p>
          <pre className="govuk-body-s app-code" role="region" aria-label="Example request with your token" tabIndex={0}>
            curl -H &quot;Authorization: Bearer {created.token}&quot; {origin}/api/v1/inspections/INSPECTION/findings
          </pre>
        </NotificationBanner>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <Input
          id="name"
          label="Name for a new token"
          hint="What it is for, so you can tell your tokens apart: for example, “R scripts on my laptop”."
          autoComplete="off"
          defaultValue={value('name')}
          error={fieldError('name')}
          widthClass="govuk-input--width-30"
          {...register('name')}
        />
        <Button>Create token</Button>
      </form>
    </>
  );
}
