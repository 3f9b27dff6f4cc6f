import { factField, factKeys, factsToForm, factValue, type CorrectableFacts } from './facts';
import type { CriteriaTemplate, StoredAnswers } from './types';

/** A review's stored state as the form sees it: the correctable facts and the answers. */
export interface ReviewSnapshot {
  facts: CorrectableFacts;
  answers: StoredAnswers;
}

export const answerField = (code: string) => `answer_${code}`;
export const noteField = (code: string) => `note_${code}`;
/** The choice made in a conflict about one fact or question (its key is that field's name). */
export const resolveField = (key: string) => `resolve_${key}`;

/** Every field of the review form for a snapshot: unanswered questions as '' (so a form can reset). */
export function snapshotToForm(template: CriteriaTemplate, snapshot: ReviewSnapshot): Record<string, string> {
  const values: Record<string, string> = factsToForm(template, snapshot.facts);
  for (const q of template.questions) {
    const given = snapshot.answers[q.code];
    values[answerField(q.code)] = given?.answer ?? '';
    values[noteField(q.code)] = given?.note ?? '';
  }
  return values;
}

/**
 * Where two snapshots differ: fact field names, and answer field names for questions whose answer
 * or rationale differ. The keys name what a conflict asks the inspector to choose between.
 */
export function snapshotDiff(template: CriteriaTemplate, a: ReviewSnapshot, b: ReviewSnapshot): string[] {
  const keys: string[] = [];
  for (const key of factKeys(template)) if (factValue(a.facts, key) !== factValue(b.facts, key)) keys.push(factField(key));
  for (const q of template.questions) {
    const x = a.answers[q.code];
    const y = b.answers[q.code];
    if ((x?.answer ?? null) !== (y?.answer ?? null) || (x?.note ?? null) !== (y?.note ?? null)) keys.push(answerField(q.code));
  }
  return keys;
}

export function sameSnapshot(template: CriteriaTemplate, a: ReviewSnapshot, b: ReviewSnapshot): boolean {
  return snapshotDiff(template, a, b).length === 0;
}
