/**
 * The applies-when rule language of CONTRACTS.md section 6: one place to import it from. Each part
 * lives in its own file (tree, words, parsing, printing, plain English, evaluation, legacy JSON).
 */
export { joinRules, questionsNamed, type Rule, type RuleKind } from './rule-ast';
export { describeRule, inSentence, type RuleLabels } from './rule-describe';
export { evaluateRule, type RuleAnswers, type RuleFacts } from './rule-eval';
export { fromLegacyJson, type LegacyConversion } from './rule-legacy';
export {
  numberRanges,
  parseRule,
  RULE_MAX_DEPTH,
  type EarlierQuestion,
  type ParseResult,
  type RuleContext,
  type RuleError,
} from './rule-parse';
export { printRule } from './rule-print';
export { tokenize, type Token } from './rule-words';
