import type { Rule } from './rule-ast';

/**
 * The canonical one-line text of a rule, as a template file stores it and the editor shows it:
 * single spaces between words, `= x` for one value and `in (x, y)` for more, and brackets only
 * where the tree needs them (an `or` inside an `and`, an `and` or `or` under `not`). `null` (always
 * applies) is the empty text. Parsing the result gives back the same tree.
 */
export function printRule(rule: Rule | null): string {
  return rule === null ? '' : print(rule);
}

function print(rule: Rule): string {
  switch (rule.kind) {
    case 'flag':
      return `flag ${rule.flag}`;
    case 'crimeType':
      return `crime_type ${values(rule.codes)}`;
    case 'outcome':
      return `outcome ${values(rule.outcomes.map(String))}`;
    case 'hasOutcome':
      return 'has outcome';
    case 'answer':
      return `answer ${rule.question} ${values(rule.options)}`;
    case 'not':
      return `not ${rule.rule.kind === 'and' || rule.rule.kind === 'or' ? `(${print(rule.rule)})` : print(rule.rule)}`;
    case 'and':
      return rule.rules.map((part) => (part.kind === 'or' ? `(${print(part)})` : print(part))).join(' and ');
    case 'or':
      return rule.rules.map(print).join(' or ');
  }
}

function values(list: readonly string[]): string {
  return list.length === 1 ? `= ${list.join('')}` : `in (${list.join(', ')})`;
}
