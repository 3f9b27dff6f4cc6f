import { OUTCOME_NUMBERS } from '@/domain/codes';
import type { RuleLabels } from './rule-describe';
import type { RuleContext } from './rule-parse';
import {
  BUILT_IN_SCALES,
  BUILT_IN_SCALE_CODES,
  type CountsAs,
  type Scale,
  type ScaleOption,
  type TemplateDefinition,
  type TemplateQuestion,
} from './template-types';

/** Whether a scale code is one of the four every template has. */
export function isBuiltInScale(code: string): boolean {
  return BUILT_IN_SCALE_CODES.includes(code);
}

/** A scale a template's question may use: built-in, or one of the template's own. */
export function findScale(template: Pick<TemplateDefinition, 'scales'>, code: string): Scale | undefined {
  return BUILT_IN_SCALES.find((s) => s.code === code) ?? template.scales.find((s) => s.code === code);
}

/** The options a question's answer can take, in its scale's order: the choices of the form. */
export function questionOptions(question: Pick<TemplateQuestion, 'options'>): readonly ScaleOption[] {
  return question.options;
}

/** How an answer counts in findings; undefined for an option the question does not have. */
export function countsAs(question: Pick<TemplateQuestion, 'options'>, optionCode: string): CountsAs | undefined {
  return question.options.find((o) => o.code === optionCode)?.countsAs;
}

/** An answer that does not meet the criterion (partly or not met) must say why (section 5). */
export function countsAsNeedsNote(value: CountsAs): boolean {
  return value === 'partly' || value === 'not_met';
}

/** Whether this answer to this question needs a rationale note; false for an unknown option. */
export function optionNeedsNote(question: Pick<TemplateQuestion, 'options'>, optionCode: string): boolean {
  const value = countsAs(question, optionCode);
  return value !== undefined && countsAsNeedsNote(value);
}

/**
 * What the rule of the question at `index` may name, for the template editor: the template's
 * flags and crime types, outcomes 1–22, and the questions before it with their options.
 */
export function ruleContextFor(template: TemplateDefinition, index: number): RuleContext {
  return {
    flags: template.flags.map((f) => f.code),
    crimeTypes: template.crimeTypes.map((c) => c.code),
    outcomes: OUTCOME_NUMBERS,
    earlierQuestions: template.questions.slice(0, Math.max(0, index)).map((q) => ({ code: q.code, options: q.options.map((o) => o.code) })),
    laterQuestions: template.questions.slice(Math.max(0, index)).map((q) => q.code),
  };
}

/**
 * The template's own names for what its rules mention, for describeRule. Outcomes are left as
 * their numbers: that is how reviewers know them, and the Home Office labels are sentences long.
 */
export function ruleLabelsFor(template: Pick<TemplateDefinition, 'flags' | 'crimeTypes' | 'questions'>): RuleLabels {
  return {
    flags: Object.fromEntries(template.flags.map((f) => [f.code, f.label])),
    crimeTypes: Object.fromEntries(template.crimeTypes.map((c) => [c.code, c.label])),
    questions: Object.fromEntries(
      template.questions.map((q) => [q.code, { wording: q.wording, options: Object.fromEntries(q.options.map((o) => [o.code, o.label])) }]),
    ),
  };
}

/** Each theme once, in the order the questions first use it. */
export function themesOf(questions: readonly Pick<TemplateQuestion, 'theme'>[]): string[] {
  return [...new Set(questions.map((q) => q.theme))];
}
