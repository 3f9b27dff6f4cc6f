'use client';

import { Button, ErrorSummary, Input } from '@/app/_components/govuk';
import { useValidatedForm } from '@/app/_components/forms/use-validated-form';
import { signInSchema } from '@/lib/validation/users';
import { signInAction } from './actions';

export function SignInForm({ returnTo }: { returnTo: string | null }) {
  const { formAction, onSubmit, register, errorItems, fieldError, value } = useValidatedForm(signInSchema, signInAction, [
    'email',
    'password',
  ]);
  return (
    <>
      <ErrorSummary errors={errorItems} />
      <h1 className="govuk-heading-l">Sign in to Review case files</h1>
      <form action={formAction} onSubmit={onSubmit} noValidate>
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <Input
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={value('email')}
          error={fieldError('email')}
          {...register('email')}
        />
        <Input
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={fieldError('password')}
          {...register('password')}
        />
        <Button>Sign in</Button>
      </form>
    </>
  );
}
