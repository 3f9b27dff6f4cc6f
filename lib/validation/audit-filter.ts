import { z } from 'zod';

type Params = Record<string, string | string[] | undefined>;

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The kinds of event the audit log can be narrowed to: an action's start, and its label. */
export const AUDIT_ACTION_GROUPS = [
  { value: 'sign-in.', label: 'Signing in' },
  { value: 'user.', label: 'Accounts' },
  { value: 'inspection.', label: 'Inspections' },
  { value: 'sample.', label: 'Samples' },
  { value: 'case-file.', label: 'Files: assignments, corrections, replacements' },
  { value: 'review.', label: 'Reviews and answers' },
  { value: 'answers.', label: 'Answers imported or exported' },
  { value: 'findings.', label: 'Findings exported' },
  { value: 'workbook.', label: 'Workbooks exported (with their content hash)' },
  { value: 'api-token.', label: 'API tokens' },
  { value: 'database.', label: 'Backups' },
] as const;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date in the form 2017-06-05')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'Enter a real date',
  );

export interface AuditFilter {
  action?: string;
  actor?: string;
  inspection?: string;
  from?: string;
  to?: string;
  before?: number;
}

/** The audit log's filters from the query string; a value that cannot be used is reported and left out. */
export function parseAuditFilter(
  params: Params,
  inspectionSlugs: readonly string[],
): { filter: AuditFilter; errors: { field: string; message: string }[] } {
  const fields = {
    action: z.enum(AUDIT_ACTION_GROUPS.map((g) => g.value) as [string, ...string[]], 'Choose a kind of event from the list'),
    actor: z.string().trim().max(100, 'Enter 100 characters or fewer'),
    inspection: z.string().refine((v) => inspectionSlugs.includes(v), 'Choose an inspection from the list'),
    from: date,
    to: date,
    before: z.coerce.number<string>().int().positive('Go back to the newest events'),
  };
  const filter: AuditFilter = {};
  const errors: { field: string; message: string }[] = [];
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const raw = single(params[key]);
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = fields[key].safeParse(raw);
    if (parsed.success) Object.assign(filter, { [key]: parsed.data });
    else errors.push({ field: key, message: parsed.error.issues[0]?.message ?? 'Check this filter' });
  }
  if (filter.from && filter.to && filter.from > filter.to)
    errors.push({ field: 'to', message: 'The end date must be the same as or after the start date' });
  return { filter, errors };
}
