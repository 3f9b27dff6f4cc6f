'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useState, type SyntheticEvent } from 'react';
import { useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorItem } from '@/app/_components/govuk/error-summary';
import type { ActionState } from '@/lib/validation/form-data';

export type FormState = ActionState;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function clientErrorItems(errors: FieldErrors, order: string[]): ErrorItem[] {
  return order
    .filter((name) => errors[name]?.message)
    .map((name) => ({ field: name, message: typeof errors[name]?.message === 'string' ? errors[name].message : 'Check this answer' }));
}

/**
 * One form, one schema: react-hook-form checks the fields in the browser with the same zod schema
 * the server action parses with. Without JavaScript the form posts straight to the action and the
 * server's errors come back in `state`; with it, errors show before anything is sent.
 */
export function useValidatedForm<In extends FieldValues, Out>(schema: z.ZodType<Out, In>, action: Action, fieldOrder: string[]) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(schema), mode: 'onSubmit' });
  const [showClientErrors, setShowClientErrors] = useState(false);

  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    const element = event.currentTarget;
    void form.handleSubmit(
      () => {
        setShowClientErrors(false);
        startTransition(() => {
          formAction(new FormData(element));
        });
      },
      () => {
        setShowClientErrors(true);
      },
    )(event);
  };

  const serverErrors = state && state.ok !== true ? state : null;
  const errorItems: ErrorItem[] = showClientErrors
    ? clientErrorItems(form.formState.errors, fieldOrder)
    : [
        ...(serverErrors?.formError ? [{ message: serverErrors.formError }] : []),
        ...fieldOrder
          .filter((name) => serverErrors?.fieldErrors[name])
          .map((name) => ({ field: name, message: serverErrors?.fieldErrors[name] ?? '' })),
      ];
  const fieldError = (name: string): string | undefined => errorItems.find((e) => e.field === name)?.message;
  const value = (name: string): string | undefined => serverErrors?.values[name];

  return { state, formAction, pending, register: form.register, onSubmit, errorItems, fieldError, value };
}
