import 'server-only';
import type { z } from 'zod';
import { CSV_LIMITS, describeBytes } from '@/lib/csv/read-csv';
import { parseForm, type ParseResult } from '@/lib/validation/form-data';

export type Upload = { ok: true; bytes: Uint8Array; name: string } | { ok: false; message: string };

/** The uploaded file, or why it cannot be read (GOV.UK's file upload messages). */
export async function uploadedCsv(formData: FormData, field: string): Promise<Upload> {
  const value = formData.get(field);
  if (!(value instanceof File) || (value.size === 0 && value.name === '')) return { ok: false, message: 'Select a CSV file' };
  if (!/\.csv$/i.test(value.name) && value.type !== 'text/csv') return { ok: false, message: 'The selected file must be a CSV' };
  if (value.size > CSV_LIMITS.maxBytes)
    return { ok: false, message: `The selected file must be smaller than ${describeBytes(CSV_LIMITS.maxBytes)}` };
  return { ok: true, bytes: new Uint8Array(await value.arrayBuffer()), name: value.name };
}

/**
 * A reader for forms that upload a CSV file beside some fields: the file's problems and the
 * fields' problems are reported together, so everything wrong is said at once. `hidden` names the
 * fields that come from the page itself: a problem there means the page is out of date.
 */
export function withCsv<In>(field: string, schema: z.ZodType<In>, hidden: readonly string[] = []) {
  return async (formData: FormData): Promise<ParseResult<{ input: In; file: { bytes: Uint8Array; name: string } }>> => {
    const rest = new FormData();
    formData.forEach((value, key) => {
      if (key !== field) rest.append(key, value);
    });
    const parsed = parseForm(schema, rest);
    const file = await uploadedCsv(formData, field);
    if (parsed.ok && file.ok) return { ok: true, data: { input: parsed.data, file: { bytes: file.bytes, name: file.name } } };
    const errors = (parsed.ok ? {} : { ...parsed.errors.fieldErrors }) as Record<string, string>;
    if (!parsed.ok && (parsed.errors.formError || hidden.some((h) => errors[h])))
      return { ok: false, errors: { fieldErrors: { [field]: UNREADABLE_PAGE }, values: {} } };
    return { ok: false, errors: { fieldErrors: { ...errors, ...(file.ok ? {} : { [field]: file.message }) }, values: {} } };
  };
}

const UNREADABLE_PAGE = 'This form could not be read. Reload the page and try again.';
