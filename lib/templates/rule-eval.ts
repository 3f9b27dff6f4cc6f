import type { Rule } from './rule-ast';

/** The facts about a file that a rule may look at, for any template (its flags by code). */
export interface RuleFacts {
  readonly crimeType: string;
  readonly outcome: number | null;
  readonly flags: Readonly<Record<string, boolean>>;
}

/** Answers given so far: question code → option code. */
export type RuleAnswers = Readonly<Record<string, string | undefined>>;

/**
 * Whether a question with this rule applies. A flag holds only when it is set (a flag the facts
 * leave out is not set); an outcome test never holds for a file with no outcome; an answer test
 * holds only when that question has one of the listed options, so an unanswered question holds
 * nothing. `null` always applies.
 */
export function evaluateRule(rule: Rule | null, facts: RuleFacts, answers: RuleAnswers): boolean {
  return rule === null || holds(rule, facts, answers);
}

function holds(rule: Rule, facts: RuleFacts, answers: RuleAnswers): boolean {
  switch (rule.kind) {
    case 'flag':
      return Object.hasOwn(facts.flags, rule.flag) && facts.flags[rule.flag] === true;
    case 'crimeType':
      return rule.codes.includes(facts.crimeType);
    case 'outcome':
      return facts.outcome !== null && rule.outcomes.includes(facts.outcome);
    case 'hasOutcome':
      return facts.outcome !== null;
    case 'answer': {
      const given = Object.hasOwn(answers, rule.question) ? answers[rule.question] : undefined;
      return given !== undefined && rule.options.includes(given);
    }
    case 'not':
      return !holds(rule.rule, facts, answers);
    case 'and':
      return rule.rules.every((part) => holds(part, facts, answers));
    case 'or':
      return rule.rules.some((part) => holds(part, facts, answers));
  }
}
