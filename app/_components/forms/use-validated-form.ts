'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useState, type SyntheticEvent } from 'react';
import { useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { summaryItems, type ActionState } from './action-state';

export type { ActionState };

type Action<D> = (state: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;

function messages(errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    const message = error?.message;
    out[name] = typeof message === 'string' ? message : 'Check this answer';
  }
  return out;
}

/**
 * One form, one schema: react-hook-form checks the fields in the browser with the same zod schema
 * the server action parses with. Without JavaScript the form posts straight to the action and the
 * server's errors come back in `state`; with it, errors show before anything is sent.
 */
export function useValidatedForm<In extends FieldValues, Out, D = undefined>(
  schema: z.ZodType<Out, In>,
  action: Action<D>,
  fieldOrder: string[],
) {
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

  const errorItems = summaryItems(state, fieldOrder, showClientErrors ? messages(form.formState.errors) : null);
  const fieldError = (name: string): string | undefined => errorItems.find((e) => e.field === name)?.message;
  const value = (name: string): string | undefined => (state && !state.ok ? state.values[name] : undefined);

  return { state, formAction, pending, register: form.register, onSubmit, errorItems, fieldError, value };
}
