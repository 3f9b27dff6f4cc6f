'use client';

import Link from 'next/link';
import { Button, ErrorSummary, Input, Radios } from '@/app/_components/govuk';
import { useValidatedForm } from '@/app/_components/forms/use-validated-form';
import { ROLES, ROLE_LABELS } from '@/domain/codes';
import { addUserSchema } from '@/lib/validation/users';
import { addUserAction } from '../actions';
import { OneTimePassword } from '../one-time-password';

const ROLE_HINTS = {
  inspector: 'Reviews the files assigned to them',
  lead: 'Assigns files, quality-assures reviews and reads findings for the inspections they lead',
  admin: 'Manages user accounts, inspections and criteria templates',
} as const;

export function AddUserForm() {
  const { state, formAction, onSubmit, register, errorItems, fieldError, value } = useValidatedForm(addUserSchema, addUserAction, [
    'name',
    'email',
    'role',
  ]);
  if (state?.ok && state.data?.password && state.data.email) {
    return (
      <>
        <OneTimePassword message={state.message ?? 'User added'} email={state.data.email} password={state.data.password} />
        <p className="govuk-body">
          <Link className="govuk-link" href="/admin/users">
            Back to users
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errorItems} />
      <h1 className="govuk-heading-l">Add a user</h1>
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <Input
          id="name"
          label="Full name"
          autoComplete="off"
          spellCheck={false}
          defaultValue={value('name')}
          error={fieldError('name')}
          {...register('name')}
        />
        <Input
          id="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={value('email')}
          error={fieldError('email')}
          {...register('email')}
        />
        <Radios
          id="role"
          name="role"
          legend="Role"
          items={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
          defaultValue={value('role')}
          error={fieldError('role')}
          inputProps={register('role')}
        />
        <p className="govuk-body">A one-time password will be shown once when you add the user.</p>
        <Button>Add user</Button>
      </form>
    </>
  );
}
