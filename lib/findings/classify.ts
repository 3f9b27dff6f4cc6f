import type { AnswerCode } from '@/domain/codes';
import type { AppliesWhen, FileFacts } from '@/domain/rules';

/**
 * How one file counts for one question (DOMAIN.md, "How findings are read"):
 * - `met` / `partly` / `not_met`: answered yes / partly / no in the counted review;
 * - `not_applicable`: the question's rule does not hold for the file, or it was answered na;
 * - `unanswered`: it applies (or cannot be ruled out yet) but the counted review has no answer,
 *   or there is no counted review at all.
 */
export type Classification = 'met' | 'partly' | 'not_met' | 'not_applicable' | 'unanswered';

export const CLASSIFICATIONS: readonly Classification[] = ['met', 'partly', 'not_met', 'not_applicable', 'unanswered'];

/**
 * A rule read with three values: true, false, or null when it depends on an answer the review
 * does not (yet) have. A draft that has not answered "Was there an investigation plan?" cannot
 * say whether the plan's quality applies: that file is unanswered, not "not applicable".
 * Where every answer a rule looks at is present this agrees with `ruleHolds`.
 */
export function ruleStatus(
  rule: AppliesWhen | null,
  file: FileFacts,
  answers: Readonly<Record<string, AnswerCode | undefined>> | null,
): boolean | null {
  if (rule === null) return true;
  if ('flag' in rule) return file[FLAG_FIELD[rule.flag]];
  if ('crimeTypeIn' in rule) return (rule.crimeTypeIn as string[]).includes(file.crimeType);
  if ('outcomeIn' in rule) return file.outcome !== null && rule.outcomeIn.includes(file.outcome);
  if ('hasOutcome' in rule) return file.outcome !== null;
  if ('answer' in rule) {
    const given = answers?.[rule.answer.question];
    return given === undefined ? null : rule.answer.in.includes(given);
  }
  const parts = ('any' in rule ? rule.any : rule.all).map((r) => ruleStatus(r, file, answers));
  if ('any' in rule) return parts.includes(true) ? true : parts.includes(null) ? null : false;
  return parts.includes(false) ? false : parts.includes(null) ? null : true;
}

const FLAG_FIELD = { domestic_abuse: 'domesticAbuse', repeat_victim: 'repeatVictim', vulnerable_victim: 'vulnerableVictim' } as const;

/**
 * Classifies one file for one question. `answers` are the counted review's answers, or null when
 * the file has no counted review (none yet, or only a draft outside a provisional view).
 */
export function classify(
  question: { code: string; appliesWhen: AppliesWhen | null },
  file: FileFacts,
  answers: Readonly<Record<string, AnswerCode | undefined>> | null,
): Classification {
  if (ruleStatus(question.appliesWhen, file, answers) === false) return 'not_applicable';
  const answer = answers?.[question.code];
  if (answer === undefined) return 'unanswered';
  return ANSWER_CLASS[answer];
}

const ANSWER_CLASS: Record<AnswerCode, Classification> = { yes: 'met', partly: 'partly', no: 'not_met', na: 'not_applicable' };
