import type { Rule, RuleFacts } from '@/lib/templates/rule-language';
import type { ScaleOption } from '@/lib/templates/template-file';

/**
 * How one file counts for one question (DOMAIN.md, "How findings are read"):
 * - `met` / `partly` / `not_met`: the counted review's answer counts as that (its option's
 *   `counts_as`: yes, partly and no for the built-in scales; a template's own scale says its own);
 * - `not_applicable`: the question's rule does not hold for the file, or the answer counts as not
 *   applicable (na);
 * - `unanswered`: it applies (or cannot be ruled out yet) but the counted review has no answer,
 *   or there is no counted review at all.
 */
export type Classification = 'met' | 'partly' | 'not_met' | 'not_applicable' | 'unanswered';

export const CLASSIFICATIONS: readonly Classification[] = ['met', 'partly', 'not_met', 'not_applicable', 'unanswered'];

type Answers = Readonly<Record<string, string | undefined>> | null;

/**
 * A rule read with three values: true, false, or null when it depends on an answer the review
 * does not (yet) have. A draft that has not answered "Was there an investigation plan?" cannot
 * say whether the plan's quality applies: that file is unanswered, not "not applicable".
 * Where every answer a rule looks at is present this agrees with `evaluateRule`.
 */
export function ruleStatus(rule: Rule | null, file: RuleFacts, answers: Answers): boolean | null {
  if (rule === null) return true;
  switch (rule.kind) {
    case 'flag':
      return Object.hasOwn(file.flags, rule.flag) && file.flags[rule.flag] === true;
    case 'crimeType':
      return rule.codes.includes(file.crimeType);
    case 'outcome':
      return file.outcome !== null && rule.outcomes.includes(file.outcome);
    case 'hasOutcome':
      return file.outcome !== null;
    case 'answer': {
      const given = answers !== null && Object.hasOwn(answers, rule.question) ? answers[rule.question] : undefined;
      return given === undefined ? null : rule.options.includes(given);
    }
    case 'not': {
      const inner = ruleStatus(rule.rule, file, answers);
      return inner === null ? null : !inner;
    }
    case 'and': {
      const parts = rule.rules.map((r) => ruleStatus(r, file, answers));
      return parts.includes(false) ? false : parts.includes(null) ? null : true;
    }
    case 'or': {
      const parts = rule.rules.map((r) => ruleStatus(r, file, answers));
      return parts.includes(true) ? true : parts.includes(null) ? null : false;
    }
  }
}

/** What a classifier needs of a question: its code, rule and its scale's options. */
export interface ClassifiedQuestion {
  readonly code: string;
  readonly rule: Rule | null;
  readonly options: readonly ScaleOption[];
}

/**
 * Classifies one file for one question. `answers` are the counted review's answers, or null when
 * the file has no counted review (none yet, or only a draft outside a provisional view). An answer
 * that is not one of the question's options (never stored by the service) counts as unanswered.
 */
export function classify(question: ClassifiedQuestion, file: RuleFacts, answers: Answers): Classification {
  if (ruleStatus(question.rule, file, answers) === false) return 'not_applicable';
  const answer = answers !== null && Object.hasOwn(answers, question.code) ? answers[question.code] : undefined;
  if (answer === undefined) return 'unanswered';
  return question.options.find((o) => o.code === answer)?.countsAs ?? 'unanswered';
}
