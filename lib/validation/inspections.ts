import { z } from 'zod';
import { checkIsoDate } from '@/lib/validation/dates';
import { FORCES, type ForceCode } from '@/domain/forces';
import { dateOrderProblems, nameProblems } from '@/lib/inspections/rules';
import { firstErrors, formDataToObject, type FormErrors } from './form-data';

export const MAX_SAMPLE_SIZE = 5000;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .trim()
  .min(1, 'Enter a short name for web addresses')
  .max(60, 'Short name must be 60 characters or fewer')
  .regex(SLUG_PATTERN, 'Short name must only include lower-case letters, numbers and hyphens, like peel-2017')
  // /inspections/new is the page that creates one.
  .refine((v) => v !== 'new', 'Short name cannot be “new”: choose another, like peel-2017');

function sizeNumber(label: string) {
  return (
    z
      .string()
      // "-5" is a whole number, but not a sample size: say what is wrong with it.
      .refine((v) => !/^-\d+$/.test(v), `${label} must be 1 or more`)
      .regex(/^\d+$/, `${label} must be a whole number, like 60`)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, `${label} must be 1 or more`)
          .max(MAX_SAMPLE_SIZE, `${label} must be ${MAX_SAMPLE_SIZE.toLocaleString('en-GB')} or fewer`),
      )
  );
}

export function sampleSizeSchema(label: string) {
  return z.string().trim().min(1, `Enter the ${label.toLowerCase()}`).pipe(sizeNumber(label));
}

/** Empty means "use the default". */
export function optionalSampleSizeSchema(label: string) {
  return z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(sizeNumber(label).optional());
}

export const DATE_FIELDS = [
  { name: 'fieldworkStart', label: 'Fieldwork start date' },
  { name: 'fieldworkEnd', label: 'Fieldwork end date' },
  { name: 'recordedFrom', label: 'Crimes recorded from' },
  { name: 'recordedTo', label: 'Crimes recorded to' },
] as const;

export type DateField = (typeof DATE_FIELDS)[number]['name'];
const DATE_PARTS = ['day', 'month', 'year'] as const;

/** The GOV.UK date input's three boxes as YYYY-MM-DD; null when all are empty. */
export function readDateParts(
  values: Record<string, string>,
  name: string,
  label: string,
): { ok: true; date: string | null } | { ok: false; message: string; part: string } {
  const [day, month, year] = DATE_PARTS.map((p) => (values[`${name}-${p}`] ?? '').trim());
  if (!day && !month && !year) return { ok: true, date: null };
  const missing = DATE_PARTS.filter((_, i) => ![day, month, year][i]);
  if (missing.length) return { ok: false, message: `${label} must include a ${missing.join(' and ')}`, part: missing[0] ?? 'day' };
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? ''))
    return { ok: false, message: `${label} must be a real date, like 5 6 2017`, part: 'day' };
  const iso = `${year ?? ''}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
  if (checkIsoDate(iso) !== 'ok') return { ok: false, message: `${label} must be a real date, like 5 6 2017`, part: 'day' };
  return { ok: true, date: iso };
}

export interface InspectionFormData {
  name: string;
  /** Only when creating: the slug cannot change once people have links to it. */
  slug?: string;
  /** Absent when the template is fixed because reviews have started. */
  templateId?: number;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  recordedFrom: string | null;
  recordedTo: string | null;
  defaultSampleSize: number;
  forces: { code: ForceCode; sampleSize: number | null }[];
  leadIds: number[];
}

export type InspectionFormResult = { ok: true; data: InspectionFormData } | { ok: false; errors: FormErrors };

const FORCE_FIELD = /^force-(.+)$/;
const SIZE_FIELD = /^size-(.+)$/;
const LEAD_FIELD = /^lead-(\d{1,9})$/;

/** The id of the input an error summary link should land on, for each field an error can name. */
export function inspectionErrorTarget(field: string): string {
  if (DATE_FIELDS.some((d) => d.name === field)) return `${field}-day`;
  if (field === 'forces') return `force-${FORCES[0].code}`;
  return field;
}

/**
 * Parses the create and edit inspection form. The fields are dynamic (one checkbox and one size per
 * force, one checkbox per possible lead), so unknown fields are refused by pattern, and the fixed
 * fields by a strict zod schema.
 */
export function parseInspectionForm(formData: FormData, mode: 'create' | 'edit'): InspectionFormResult {
  const values = formDataToObject(formData);
  const fieldErrors: Record<string, string> = {};
  const forceCodes = new Set<string>(FORCES.map((f) => f.code));
  const fixed: Record<string, string> = {};
  const chosen = new Set<string>();
  const sizes = new Map<string, string>();
  const leadIds: number[] = [];
  let unknown: string | undefined;
  for (const [key, value] of Object.entries(values)) {
    const force = FORCE_FIELD.exec(key)?.[1];
    const size = SIZE_FIELD.exec(key)?.[1];
    const lead = LEAD_FIELD.exec(key)?.[1];
    if (force && forceCodes.has(force)) {
      if (value === 'yes') chosen.add(force);
    } else if (size && forceCodes.has(size)) sizes.set(size, value);
    else if (lead) {
      if (value === 'yes') leadIds.push(Number(lead));
    } else if (DATE_FIELDS.some((d) => DATE_PARTS.some((p) => key === `${d.name}-${p}`))) continue;
    else fixed[key] = value;
  }

  const schema = z
    .object({
      name: z.string().trim(),
      ...(mode === 'create' ? { slug: slugSchema } : {}),
      templateId: z.string().regex(/^\d+$/, 'Select a criteria template').transform(Number).optional(),
      defaultSampleSize: sampleSizeSchema('Default sample size'),
    })
    .strict();
  const parsed = schema.safeParse(fixed);
  if (!parsed.success) {
    const errors = firstErrors(parsed.error);
    for (const [key, message] of Object.entries(errors)) {
      if (key === '_form' || !(key in schema.shape)) unknown ??= message;
      else fieldErrors[key] = message;
    }
  }
  if (mode === 'create' && !fixed.templateId) fieldErrors.templateId = 'Select a criteria template';

  const dates: Partial<Record<DateField, string | null>> = {};
  for (const { name, label } of DATE_FIELDS) {
    const read = readDateParts(values, name, label);
    if (read.ok) dates[name] = read.date;
    else fieldErrors[name] = read.message;
  }
  const ruleProblems = [
    ...nameProblems(fixed.name ?? ''),
    ...dateOrderProblems({
      fieldworkStart: dates.fieldworkStart ?? null,
      fieldworkEnd: dates.fieldworkEnd ?? null,
      recordedFrom: dates.recordedFrom ?? null,
      recordedTo: dates.recordedTo ?? null,
    }),
  ];
  for (const p of ruleProblems) fieldErrors[p.field] ??= p.message;

  const forces: InspectionFormData['forces'] = [];
  for (const f of FORCES) {
    if (!chosen.has(f.code)) continue;
    const size = optionalSampleSizeSchema(`Sample size for ${f.name}`).safeParse(sizes.get(f.code) ?? '');
    if (size.success) forces.push({ code: f.code, sampleSize: size.data ?? null });
    else fieldErrors[`size-${f.code}`] = size.error.issues[0]?.message ?? 'Enter a whole number';
  }
  if (forces.length === 0 && chosen.size === 0) fieldErrors.forces = 'Select at least one force';

  if (unknown !== undefined || Object.keys(fieldErrors).length || !parsed.success) {
    return {
      ok: false,
      errors: {
        fieldErrors,
        values,
        formError: unknown !== undefined ? 'The form sent a field it does not expect. Reload the page and try again.' : undefined,
      },
    };
  }
  return {
    ok: true,
    data: {
      name: parsed.data.name,
      slug: 'slug' in parsed.data ? (parsed.data.slug as string) : undefined,
      templateId: parsed.data.templateId,
      fieldworkStart: dates.fieldworkStart ?? null,
      fieldworkEnd: dates.fieldworkEnd ?? null,
      recordedFrom: dates.recordedFrom ?? null,
      recordedTo: dates.recordedTo ?? null,
      defaultSampleSize: parsed.data.defaultSampleSize,
      forces,
      leadIds: [...new Set(leadIds)],
    },
  };
}
