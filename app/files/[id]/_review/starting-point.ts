import { answerField, noteField, snapshotToForm } from '@/lib/criteria';
import type { ReviewPageData } from '@/lib/reviews/review-page';
import { reviewOutcome, type ReviewActionState } from './review-state';
import type { ConflictView } from './conflict-panel';
import { formFields, type FormRecord } from './form-values';

export interface StartingPoint {
  values: FormRecord;
  version: number;
  conflict: ConflictView | null;
  errors: Record<string, string>;
  formError: string | null;
  savedAt: string | null;
}

function pick(values: Record<string, string>, keys: readonly string[]): FormRecord {
  const out: FormRecord = {};
  for (const key of keys) if (key in values) out[key] = values[key] ?? '';
  return out;
}

/** The fields of the questions (answer and rationale) or facts that a set of errors is about. */
function erroredFields(errors: Record<string, string>): string[] {
  return Object.keys(errors).flatMap((field) => {
    const code = field.replace(/^(answer|note)_/, '');
    return code === field ? [field] : [answerField(code), noteField(code)];
  });
}

/**
 * What the form starts from: the stored review, or, after a post made without JavaScript, the
 * server's answer to it (errors, a conflict) with what was posted put back in the fields.
 */
export function startingPoint(data: ReviewPageData, posted: ReviewActionState): StartingPoint {
  const stored = snapshotToForm(data.template, data.snapshot);
  // Set-aside answers stay in the form, hidden while their question does not apply: they come back with it.
  for (const [code, kept] of Object.entries(data.setAside)) {
    if (stored[answerField(code)] !== '') continue;
    stored[answerField(code)] = kept.answer;
    stored[noteField(code)] = kept.note ?? '';
  }
  const base: StartingPoint = { values: stored, version: data.version, conflict: null, errors: {}, formError: null, savedAt: null };
  if (!posted) return base;
  const state = reviewOutcome(posted);
  const fields = formFields(data.template);
  const outcome = state.outcome;
  switch (outcome.kind) {
    case 'conflict': {
      const resolve = Object.fromEntries(Object.entries(state.values).filter(([k]) => k.startsWith('resolve_')));
      return {
        ...base,
        values: { ...stored, ...pick(state.values, fields), ...resolve },
        version: Number(state.values.version ?? data.version),
        conflict: {
          version: outcome.version,
          snapshot: outcome.snapshot,
          differences: outcome.differences,
          changedBy: outcome.changedBy,
          changedAt: outcome.changedAt,
        },
        errors: outcome.fieldErrors,
      };
    }
    case 'saved':
      return {
        ...base,
        values: { ...stored, ...pick(state.values, erroredFields(outcome.fieldErrors)) },
        errors: outcome.fieldErrors,
        savedAt: outcome.savedAt,
      };
    default:
      return { ...base, values: { ...stored, ...pick(state.values, fields) }, formError: outcome.message };
  }
}
