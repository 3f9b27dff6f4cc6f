import { ANSWER_LABELS, ANSWER_SETS, type AnswerCode } from '@/domain/codes';
import { describeRule } from '@/domain/rules';
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
  const labels = ANSWER_SETS[q.answerSet].map((a) => ANSWER_LABELS[a].toLowerCase());
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1] ?? ''}`;
}

export const messages = {
  answerMissing: (q: CriteriaQuestion) => `Select an answer for ${quoted(q)}`,
  answerNotAllowed: (q: CriteriaQuestion, given: string) => `“${given}” is not an answer to ${quoted(q)}: choose ${choices(q)}`,
  noteMissing: (q: CriteriaQuestion, answer: AnswerCode) =>
    `Explain why you answered ${ANSWER_LABELS[answer].toLowerCase()} to ${quoted(q)}`,
  noteTooLong: (q: CriteriaQuestion) =>
    `The rationale for ${quoted(q)} must be ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
  noteWithoutAnswer: (q: CriteriaQuestion) => `Select an answer for ${quoted(q)} to keep your rationale`,
  doesNotApply: (q: CriteriaQuestion, template: CriteriaTemplate) =>
    `${quoted(q)} does not apply to this file: it is asked only when ${whenAsked(q, template)}`,
  unknownQuestion: (code: string) => `“${code}” is not a question of this inspection’s criteria`,
  outcomeNotAllowed: 'Select the outcome from the list',
  flagNotAllowed: (label: string) => `Select yes or no for ${label.toLowerCase()}`,
};

/** "there was … (yes)" reading of a question's rule, with other questions named by their wording. */
export function whenAsked(q: CriteriaQuestion, template: CriteriaTemplate): string {
  return describeRule(q.appliesWhen, (code) => template.questions.find((o) => o.code === code)?.wording ?? code);
}
