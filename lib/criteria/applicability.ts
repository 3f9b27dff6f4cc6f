import type { AnswerCode } from '@/domain/codes';
import { ANSWER_SETS } from '@/domain/codes';
import { ruleHolds, type AppliesWhen } from '@/domain/rules';
import type { CriteriaTemplate, FileFacts } from './types';

/**
 * Which questions apply to a file, in template order. A question's rule sees only the answers to
 * earlier questions that themselves apply: an answer left behind on a question that no longer
 * applies (say, plan quality after "was there a plan?" turns to no) never switches anything on.
 */
export function applicability(
  template: CriteriaTemplate,
  facts: FileFacts,
  answers: Readonly<Record<string, AnswerCode | undefined>>,
): Record<string, boolean> {
  const effective: Record<string, AnswerCode> = {};
  const result: Record<string, boolean> = {};
  for (const q of template.questions) {
    const applies = ruleHolds(q.appliesWhen, facts, effective);
    result[q.code] = applies;
    const given = answers[q.code];
    if (applies && given !== undefined) effective[q.code] = given;
  }
  return result;
}

/** The codes of the questions that apply, in template order. */
export function applicableCodes(
  template: CriteriaTemplate,
  facts: FileFacts,
  answers: Readonly<Record<string, AnswerCode | undefined>>,
): string[] {
  const map = applicability(template, facts, answers);
  return template.questions.filter((q) => map[q.code]).map((q) => q.code);
}

function answerRules(rule: AppliesWhen | null): { question: string; in: AnswerCode[] }[] {
  if (rule === null) return [];
  if ('answer' in rule) return [rule.answer];
  if ('any' in rule) return rule.any.flatMap(answerRules);
  if ('all' in rule) return rule.all.flatMap(answerRules);
  return [];
}

/**
 * What is wrong with a template's rules, if anything. Answer rules must point at an earlier
 * question and at answers it can have: that keeps applicability a single pass in template order.
 */
export function templateProblems(template: CriteriaTemplate): string[] {
  const problems: string[] = [];
  const seen = new Map<string, readonly AnswerCode[]>();
  for (const q of template.questions) {
    if (seen.has(q.code)) problems.push(`Question code ${q.code} appears more than once`);
    for (const ref of answerRules(q.appliesWhen)) {
      const allowed = seen.get(ref.question);
      if (!allowed) problems.push(`${q.code} depends on ${ref.question}, which is not an earlier question`);
      else if (ref.in.some((a) => !allowed.includes(a))) problems.push(`${q.code} depends on an answer ${ref.question} cannot have`);
    }
    seen.set(q.code, ANSWER_SETS[q.answerSet]);
  }
  return problems;
}
