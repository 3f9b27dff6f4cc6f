import { operatorPrincipal } from '@/lib/policy';
import type { Failure, Result } from '@/lib/result';
import { CommandError } from './io';

/** Whoever runs a command acts as the operator: every command passes this to every use-case. */
export const OPERATOR = operatorPrincipal('command line');

/** Every message of a failure, in one line (a command reports in one line on standard error). */
export function failureLine(failure: Failure): string {
  if (failure.kind === 'refused') return failure.message;
  const messages = [...(failure.formError ? [failure.formError] : []), ...Object.values(failure.fieldErrors)];
  return [...new Set(messages)].join('; ') || 'the request could not be used';
}

/** The value of a result, or a one-line CommandError saying why not. */
export function valueOf<T>(result: Result<T>, prefix = ''): T {
  if (result.ok) return result.value;
  throw new CommandError(`${prefix}${failureLine(result)}`);
}
