import type { z } from 'zod';

/** What a form's server action gives back to its page when input is refused. */
export interface FormErrors<Values = Record<string, string>> {
  fieldErrors: Partial<Record<keyof Values & string, string>>;
  values: Partial<Values>;
  /** A problem not tied to one field (shown only in the error summary). */
  formError?: string;
}

/** Text fields of a posted form, leaving out Next.js's own `$ACTION_…` fields. */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** The first message per field, keyed by the field's name, in the schema's order. */
export function firstErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    out[key] ??= issue.message;
  }
  return out;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FormErrors };

/** Parses posted FormData with a form's schema; unknown fields are refused by `.strict()` schemas. */
export function parseForm<T>(schema: z.ZodType<T>, formData: FormData): ParseResult<T> {
  const values = formDataToObject(formData);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = firstErrors(parsed.error);
  const { _form, ...fieldErrors } = errors;
  return { ok: false, errors: { fieldErrors, values, formError: _form } };
}
