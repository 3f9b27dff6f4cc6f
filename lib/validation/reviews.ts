import { z } from 'zod';

const version = z
  .string()
  .regex(/^\d{1,9}$/, 'This page is out of date. Reload it and try again.')
  .transform(Number);

export const RETURN_REASON_MAX = 2000;

/** A lead sends a submitted review back: the reason is shown to the inspector at the top of the form. */
export const returnReviewSchema = z
  .object({
    /** The file, checked against the lead by the use-case; the action takes it off before parsing. */
    file: z
      .string()
      .regex(/^\d{1,9}$/)
      .optional(),
    version,
    reason: z
      .string()
      .trim()
      .min(1, 'Enter why you are returning this review')
      .max(RETURN_REASON_MAX, `The reason must be ${RETURN_REASON_MAX.toLocaleString('en-GB')} characters or fewer`),
  })
  .strict();

export const submitReviewSchema = z.object({ version }).strict();

/** Files to give to one inspector, chosen with checkboxes on a force's page. */
export const assignFilesSchema = z
  .object({
    inspector: z
      .string()
      .regex(/^\d{1,9}$/, 'Select the inspector to assign the files to')
      .transform(Number),
    files: z
      .array(z.string().regex(/^\d{1,9}$/, 'Select files from the list'))
      .min(1, 'Select the files to assign')
      .max(5000, 'Select fewer files at a time')
      .transform((ids) => [...new Set(ids.map(Number))]),
  })
  .strict();

export type AssignFilesInput = z.infer<typeof assignFilesSchema>;

/** Filters for a force's files (query string): unknown values are ignored rather than refused. */
/** A filter value as typed in the address (the page checks it against its own choices). */
const filterValue = z
  .string()
  .max(40)
  .optional()
  .catch(undefined)
  .transform((v) => (v === '' ? undefined : v));

export const forceFileFiltersSchema = z.object({ status: filterValue, crimeType: filterValue, inspector: filterValue });

export type ForceFileFilters = z.infer<typeof forceFileFiltersSchema>;
