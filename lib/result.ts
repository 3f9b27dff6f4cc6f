import type { ProblemReport } from '@/lib/csv/problems';
import type { Decision } from '@/lib/policy';

/**
 * What every use-case gives back: its value, or why not. Pages, server actions, route handlers and
 * the command line each turn a failure into their own words (an error summary, a JSON error, one
 * line on standard error) in one place, so a use-case never needs to know who asked.
 */
export type Result<T> = Ok<T> | Failure;

export interface Ok<T> {
  ok: true;
  value: T;
}

export type Failure = Invalid | Refused;

/** The input was read but cannot be used: messages for fields, or for the form as a whole. */
export interface Invalid {
  ok: false;
  kind: 'invalid';
  /** Field name (as the form names it) → message. */
  fieldErrors: Readonly<Record<string, string>>;
  /** A problem not tied to one field. */
  formError?: string;
  /** Every problem in an uploaded file, for the field it came in, and what did not happen. */
  report?: { field: string; problems: ProblemReport; outcome: string };
}

/** Not signed in (401), not allowed (403), or there is nothing there to allow (404). */
export interface Refused {
  ok: false;
  kind: 'refused';
  status: 401 | 403 | 404;
  message: string;
}

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export const done: Ok<undefined> = { ok: true, value: undefined };

export function invalid(fieldErrors: Readonly<Record<string, string>>, formError?: string): Invalid {
  return formError === undefined ? { ok: false, kind: 'invalid', fieldErrors } : { ok: false, kind: 'invalid', fieldErrors, formError };
}

export function fieldError(field: string, message: string): Invalid {
  return invalid({ [field]: message });
}

export function formError(message: string): Invalid {
  return invalid({}, message);
}

/** Every problem found in an uploaded file; nothing was written (`outcome` says what did not happen). */
export function fileProblems(field: string, problems: ProblemReport, outcome: string): Invalid {
  return { ok: false, kind: 'invalid', fieldErrors: {}, report: { field, problems, outcome } };
}

export function refused(message: string): Refused {
  return { ok: false, kind: 'refused', status: 403, message };
}

export function unauthenticated(message: string): Refused {
  return { ok: false, kind: 'refused', status: 401, message };
}

export function notFound(message: string): Refused {
  return { ok: false, kind: 'refused', status: 404, message };
}

/** The policy's refusal as a result. */
export function refusedBy(decision: Extract<Decision, { allowed: false }>): Refused {
  return refused(decision.reason);
}

/** The first message of a failure, for a caller that can show only one line (the command line). */
export function failureMessage(failure: Failure): string {
  if (failure.kind === 'refused') return failure.message;
  if (failure.formError) return failure.formError;
  const first = Object.values(failure.fieldErrors)[0];
  if (first) return first;
  return failure.report?.problems.problems[0]?.message ?? 'The request could not be used';
}
