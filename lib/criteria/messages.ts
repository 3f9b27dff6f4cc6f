import { describeRule } from '@/lib/templates/rule-language';
import { ruleLabelsFor } from '@/lib/templates/template-file';
import type { CriteriaQuestion, CriteriaTemplate } from './types';
import { NOTE_MAX_LENGTH } from './types';

/**
 * The words people see when an answer is refused. The review form and the answers import share
 * them, so a problem reads the same whichever way the answer came in.
 */

function quoted(q: CriteriaQuestion): string {
  return `“${q.wording}”`;
}

function choices(q: CriteriaQuestion): string {
  const labels = q.options.map((o) => o.label.toLowerCase());
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1] ?? ''}`;
}

export const messages = {
  answerMissing: (q: CriteriaQuestion) => `Select an answer for ${quoted(q)}`,
  answerNotAllowed: (q: CriteriaQuestion, given: string) => `“${given}” is not an answer to ${quoted(q)}: choose ${choices(q)}`,
  noteMissing: (q: CriteriaQuestion, answer: string) => `Explain why you answered ${optionLabel(q, answer).toLowerCase()} to ${quoted(q)}`,
  noteTooLong: (q: CriteriaQuestion) =>
    `The rationale for ${quoted(q)} must be ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
  noteWithoutAnswer: (q: CriteriaQuestion) => `Select an answer for ${quoted(q)} to keep your rationale`,
  doesNotApply: (q: CriteriaQuestion, template: Pick<CriteriaTemplate, 'questions' | 'flags' | 'crimeTypes'>) =>
    `${quoted(q)} does not apply to this file: it is asked only when ${whenAsked(q, template)}`,
  unknownQuestion: (code: string) => `“${code}” is not a question of this inspection’s criteria`,
  outcomeNotAllowed: 'Select the outcome from the list',
  flagNotAllowed: (label: string) => `Select yes or no for ${label.toLowerCase()}`,
};

/** The label of one of a question's options (the code itself for an option it does not have). */
export function optionLabel(q: Pick<CriteriaQuestion, 'options'>, code: string): string {
  return q.options.find((o) => o.code === code)?.label ?? code;
}

/**
 * A question's rule in words, for "Asked only when …" (the file is flagged domestic abuse, or the
 * crime type is stalking or harassment), in the template's own names for flags, crime types,
 * questions and options.
 */
export function whenAsked(q: Pick<CriteriaQuestion, 'rule'>, template: CriteriaTemplate): string {
  return describeRule(q.rule, ruleLabelsFor(template));
}
