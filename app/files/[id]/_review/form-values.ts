import {
  applicability,
  answerField,
  checkFacts,
  factField,
  factKeys,
  noteField,
  type CriteriaTemplate,
  type FileFacts,
} from '@/lib/criteria';

/** The review form's values as the browser holds them: every field a string ('' = not given). */
export type FormRecord = Record<string, string>;

export function toRecord(values: Readonly<Record<string, unknown>>): FormRecord {
  const out: FormRecord = {};
  for (const [key, value] of Object.entries(values)) out[key] = typeof value === 'string' ? value : '';
  return out;
}

/** Order-independent equality of two sets of form values. */
export function sameValues(a: FormRecord, b: FormRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? '') !== (b[key] ?? '')) return false;
  return true;
}

/** The facts as the form holds them now (corrections included), falling back to the stored ones. */
export function formFacts(template: Pick<CriteriaTemplate, 'flags'>, values: FormRecord, stored: FileFacts): FileFacts {
  return { ...stored, ...checkFacts(template, values, { outcome: stored.outcome, flags: { ...stored.flags } }).facts };
}

/** Answers in the form that are in their question's set (a rationale still to come counts). */
export function formAnswers(template: CriteriaTemplate, values: FormRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of template.questions) {
    const value = values[answerField(q.code)] ?? '';
    if (q.options.some((o) => o.code === value)) out[q.code] = value;
  }
  return out;
}

export function formApplicability(template: CriteriaTemplate, values: FormRecord, stored: FileFacts): Record<string, boolean> {
  return applicability(template, formFacts(template, values, stored), formAnswers(template, values));
}

/** The values with anything on questions that do not apply blanked: what would be kept. */
export function comparable(template: CriteriaTemplate, values: FormRecord, stored: FileFacts): FormRecord {
  const applies = formApplicability(template, values, stored);
  const out = { ...values };
  for (const q of template.questions) {
    if (applies[q.code]) continue;
    out[answerField(q.code)] = '';
    out[noteField(q.code)] = '';
  }
  return Object.fromEntries(Object.entries(out).filter(([key]) => !key.startsWith('resolve_')));
}

/** The fields of the review form itself (not the conflict choices). */
export function formFields(template: CriteriaTemplate): string[] {
  return [...factKeys(template).map(factField), ...template.questions.flatMap((q) => [answerField(q.code), noteField(q.code)])];
}

export function toFormData(values: FormRecord, envelope: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...values, ...envelope })) data.append(key, value);
  return data;
}
