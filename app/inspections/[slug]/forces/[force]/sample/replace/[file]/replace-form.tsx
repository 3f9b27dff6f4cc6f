'use client';

import type { ReactNode } from 'react';
import { Button, ErrorSummary, Radios, Textarea } from '@/app/_components/govuk';
import { useValidatedForm } from '@/app/_components/forms/use-validated-form';
import type { ActionState } from '@/app/_components/forms/action-state';
import { REPLACEMENT_REASONS, replaceFileSchema } from '@/lib/validation/samples';

export function ReplaceFileForm({
  action,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<Exclude<ActionState, null>>;
  children: ReactNode;
}) {
  const { formAction, onSubmit, register, errorItems, fieldError, value, pending } = useValidatedForm(replaceFileSchema, action, [
    'reason',
    'note',
  ]);
  return (
    <>
      <ErrorSummary errors={errorItems} />
      {children}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <Radios
          id="reason"
          name="reason"
          legend="Why is the file being replaced?"
          items={REPLACEMENT_REASONS.map((r) => ({ value: r.value, label: r.label, hint: r.hint }))}
          defaultValue={value('reason')}
          error={fieldError('reason')}
          inputProps={register('reason')}
        />
        <Textarea
          id="note"
          label="Explain what happened"
          hint="This is kept with the file for the record"
          defaultValue={value('note')}
          error={fieldError('note')}
          {...register('note')}
        />
        <Button variant="warning" disabled={pending}>
          Replace the file
        </Button>
      </form>
    </>
  );
}
