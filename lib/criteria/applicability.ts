import { evaluateRule } from '@/lib/templates/rule-language';
import type { CriteriaTemplate, FileFacts } from './types';

/**
 * Which questions apply to a file, in template order. A question's rule sees only the answers to
 * earlier questions that themselves apply: an answer left behind on a question that no longer
 * applies (say, plan quality after "was there a plan?" turns to no) never switches anything on.
 */
export function applicability(
  template: Pick<CriteriaTemplate, 'questions'>,
  facts: FileFacts,
  answers: Readonly<Record<string, string | undefined>>,
): Record<string, boolean> {
  const effective: Record<string, string> = {};
  const result: Record<string, boolean> = {};
  for (const q of template.questions) {
    const applies = evaluateRule(q.rule, facts, effective);
    result[q.code] = applies;
    const given = answers[q.code];
    if (applies && given !== undefined) effective[q.code] = given;
  }
  return result;
}

/** The codes of the questions that apply, in template order. */
export function applicableCodes(
  template: Pick<CriteriaTemplate, 'questions'>,
  facts: FileFacts,
  answers: Readonly<Record<string, string | undefined>>,
): string[] {
  const map = applicability(template, facts, answers);
  return template.questions.filter((q) => map[q.code]).map((q) => q.code);
}
