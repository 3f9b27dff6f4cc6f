import { z } from 'zod';

export interface FindingsFilter {
  /** A force code of the inspection, or null for all forces. */
  force: string | null;
  crimeType: string | null;
  provisional: boolean;
}

type Params = Record<string, string | string[] | undefined>;

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The filters of the findings pages, from the query string (the filter form is a GET form, so a
 * filtered view can be bookmarked and shared). A value that is not one of the choices is reported
 * and left out, so the page still shows something true.
 */
export function parseFindingsFilter(
  params: Params,
  forceCodes: readonly string[],
  crimeTypeCodes: readonly string[],
): { filter: FindingsFilter; errors: { field: string; message: string }[] } {
  const errors: { field: string; message: string }[] = [];
  const schema = z.object({
    force: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v === '' || v === 'all' ? null : v))
      .refine((v) => v === null || forceCodes.includes(v), 'Choose a force from the list'),
    crimeType: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v === '' || v === 'all' ? null : v))
      .refine((v) => v === null || crimeTypeCodes.includes(v), 'Choose a crime type from the list'),
    provisional: z
      .string()
      .optional()
      .transform((v) => v === 'yes'),
  });
  const raw = { force: single(params.force), crimeType: single(params.crimeType), provisional: single(params.provisional) };
  const filter: FindingsFilter = { force: null, crimeType: null, provisional: raw.provisional === 'yes' };
  // Anything but yes, no or nothing is a mistake to show, not a quiet "final figures".
  if (raw.provisional !== undefined && raw.provisional !== '' && raw.provisional !== 'yes' && raw.provisional !== 'no')
    errors.push({
      field: 'provisional',
      message: `Provisional must be yes or no, not ‘${raw.provisional.slice(0, 40)}’: these are final figures`,
    });
  for (const key of ['force', 'crimeType'] as const) {
    const parsed = schema.shape[key].safeParse(raw[key]);
    if (parsed.success) filter[key] = parsed.data;
    else errors.push({ field: key, message: parsed.error.issues[0]?.message ?? 'Choose from the list' });
  }
  return { filter, errors };
}
