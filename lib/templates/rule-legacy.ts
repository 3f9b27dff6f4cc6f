import type { AppliesWhen } from '@/domain/rules';
import { joinRules, type Rule } from './rule-ast';

export type LegacyConversion = { ok: true; rule: Rule | null } | { ok: false; message: string };

/** A legacy rule's meaning while converting: a rule, or one of the two constants it can reduce to. */
type Converted = Rule | 'always' | 'never';

/**
 * Converts a rule stored in the old JSON shape (lib/domain/rules.ts) to the rule language, with the
 * same meaning for every file and set of answers. Lists lose repeated values; nested `any`/`all`
 * are flattened; an empty `all` always holds and so disappears. The one thing the language cannot
 * say is "never" (an empty `any`, or an empty list of crime types, outcomes or answers, left
 * standing after simplifying): that is refused rather than quietly changed into something else.
 * The codes are not checked against a template here; parse the printed text for that.
 */
export function fromLegacyJson(appliesWhen: AppliesWhen | null): LegacyConversion {
  if (appliesWhen === null) return { ok: true, rule: null };
  const converted = convert(appliesWhen);
  if (converted === 'always') return { ok: true, rule: null };
  if (converted === 'never') {
    return { ok: false, message: 'the rule never holds (an empty "any" or an empty list), which the rule language cannot say' };
  }
  return { ok: true, rule: converted };
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function convert(rule: AppliesWhen): Converted {
  if ('flag' in rule) return { kind: 'flag', flag: rule.flag };
  if ('crimeTypeIn' in rule) return rule.crimeTypeIn.length === 0 ? 'never' : { kind: 'crimeType', codes: unique(rule.crimeTypeIn) };
  if ('outcomeIn' in rule) return rule.outcomeIn.length === 0 ? 'never' : { kind: 'outcome', outcomes: unique(rule.outcomeIn) };
  if ('hasOutcome' in rule) return { kind: 'hasOutcome' };
  if ('answer' in rule) {
    const options = unique<string>(rule.answer.in);
    return options.length === 0 ? 'never' : { kind: 'answer', question: rule.answer.question, options };
  }
  if ('any' in rule) {
    const parts: Rule[] = [];
    for (const part of rule.any.map(convert)) {
      if (part === 'always') return 'always';
      if (part !== 'never') parts.push(part);
    }
    return parts.length === 0 ? 'never' : joinRules('or', parts);
  }
  const parts: Rule[] = [];
  for (const part of rule.all.map(convert)) {
    if (part === 'never') return 'never';
    if (part !== 'always') parts.push(part);
  }
  return parts.length === 0 ? 'always' : joinRules('and', parts);
}
