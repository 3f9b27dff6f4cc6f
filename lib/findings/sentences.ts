import { wholePercentOf } from '@/lib/stats/rounding';
import type { QuestionResult, ScopeResult } from './compute';
import { metPhrase } from './phrases';

const number = new Intl.NumberFormat('en-GB');
const n = (value: number) => number.format(value);
const files = (count: number) => `${n(count)} ${count === 1 ? 'file' : 'files'}`;

export interface SentenceContext {
  /** How many forces "all forces" covers, for "Across the 43 forces". */
  forceCount: number;
  crimeType: string | null;
  /** The crime type's label in the inspection's template (the code itself when not given). */
  crimeTypeLabel?: string | null;
  provisional: boolean;
}

/**
 * A draft sentence for a report, in the inspectorate's style: "We reviewed 60 files and found that
 * in 54 of them victim care was appropriate." A force's sentence gives counts, as force reports
 * do; the all-forces sentence adds the percentage, as national reports do (not for a small sample,
 * whose percentage would claim more than it can). Small samples and
 * provisional figures say so in the sentence itself, so the caveat travels with the copy.
 */
export function reportSentence(scope: ScopeResult, question: QuestionResult, context: SentenceContext): string {
  const all = scope.key === 'all';
  const kind = context.crimeType ? ` ${(context.crimeTypeLabel ?? context.crimeType).toLowerCase()}` : '';
  const reviewed = `${n(scope.reviewed)}${kind} ${scope.reviewed === 1 ? 'file' : 'files'}`;
  const opening =
    all && context.forceCount > 1 ? `Across the ${n(context.forceCount)} forces, we reviewed ${reviewed}` : `We reviewed ${reviewed}`;
  const met = question.counts.met;
  // No percentage from a small sample, as on the findings page: the counts alone say it plainly.
  const share = all && question.relevant > 0 && !question.smallSample ? ` (${wholePercentOf(met, question.relevant)} percent)` : '';
  const phrase = metPhrase(question);

  let sentence: string;
  if (scope.reviewed === 0) sentence = `We have not yet reviewed any${kind} files${all ? '' : ` from ${scope.label}`}.`;
  else if (question.relevant === 0) sentence = `${opening}; the question did not apply to any of them.`;
  else if (question.relevant === scope.reviewed) sentence = `${opening} and found that in ${n(met)} of them${share} ${phrase}.`;
  else
    sentence = `${opening}. Of the ${files(question.relevant)} where the question applied, we found that in ${n(met)}${share} ${phrase}.`;

  if (question.relevant > 0 && question.smallSample) sentence += ' This is a small sample, so the finding is indicative only.';
  return context.provisional ? `Provisional: ${sentence}` : sentence;
}
