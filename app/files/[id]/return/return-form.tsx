'use client';

import { Button, ErrorSummary, Textarea } from '@/app/_components/govuk';
import { useValidatedForm } from '@/app/_components/forms/use-validated-form';
import { returnReviewSchema } from '@/lib/validation/reviews';
import { returnReviewAction } from '../actions';

export function ReturnForm({ fileId, version, heading }: { fileId: number; version: number; heading: React.ReactNode }) {
  const { formAction, onSubmit, register, errorItems, fieldError, value, pending } = useValidatedForm(
    returnReviewSchema,
    returnReviewAction,
    ['reason'],
  );
  return (
    <>
      <ErrorSummary errors={errorItems} />
      {heading}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" value={fileId} {...register('file')} />
        <input type="hidden" value={version} {...register('version')} />
        <Textarea
          id="reason"
          label="Why are you returning this review?"
          labelClassName="govuk-label--m"
          hint="The inspector sees this at the top of the review. Say what needs to change."
          error={fieldError('reason')}
          defaultValue={value('reason')}
          rows={5}
          {...register('reason')}
        />
        <Button disabled={pending}>Return review</Button>
      </form>
    </>
  );
}
