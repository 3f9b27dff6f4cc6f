import { applicableCodes, type CriteriaTemplate, type FileFacts, type StoredAnswers } from '@/lib/criteria';

export interface ReviewProgress {
  applicable: number;
  answered: number;
}

/** How many of the questions that apply to a file have a stored answer. */
export function reviewProgress(template: CriteriaTemplate, facts: FileFacts, answers: StoredAnswers): ReviewProgress {
  const given = Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, a.answer]));
  const codes = applicableCodes(template, facts, given);
  return { applicable: codes.length, answered: codes.filter((c) => answers[c] !== undefined).length };
}
