'use client';

import { Button, ErrorSummary, Input } from '@/app/_components/govuk';
import { useValidatedForm } from '@/app/_components/forms/use-validated-form';
import { PASSWORD_MIN_LENGTH } from '@/domain/passwords';
import { changePasswordSchema } from '@/lib/validation/users';
import { changePasswordAction } from './actions';

export function PasswordForm() {
  const { formAction, onSubmit, register, errorItems, fieldError } = useValidatedForm(changePasswordSchema, changePasswordAction, [
    'currentPassword',
    'newPassword',
    'confirmPassword',
  ]);
  return (
    <>
      <ErrorSummary errors={errorItems} />
      <h1 className="govuk-heading-l">Change your password</h1>
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <Input
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={fieldError('currentPassword')}
          {...register('currentPassword')}
        />
        <Input
          id="newPassword"
          label="New password"
          hint={`Use ${PASSWORD_MIN_LENGTH} characters or more. A few unrelated words make a strong password that is easy to type.`}
          type="password"
          autoComplete="new-password"
          error={fieldError('newPassword')}
          {...register('newPassword')}
        />
        <Input
          id="confirmPassword"
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          error={fieldError('confirmPassword')}
          {...register('confirmPassword')}
        />
        <Button>Change password</Button>
      </form>
    </>
  );
}
