import type { Rule } from './rule-ast';

/** Names for the codes a rule uses; any code without a label is shown as the code itself. */
export interface RuleLabels {
  readonly flags?: Readonly<Record<string, string>>;
  readonly crimeTypes?: Readonly<Record<string, string>>;
  readonly outcomes?: Readonly<Record<number, string>>;
  readonly questions?: Readonly<Record<string, { readonly wording: string; readonly options?: Readonly<Record<string, string>> }>>;
}

/** A test, said plainly or negated; `and`/`or` over those. `not` has been pushed down to the tests. */
type Plain =
  | { readonly kind: 'test'; readonly rule: Exclude<Rule, { kind: 'not' | 'and' | 'or' }>; readonly negated: boolean }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly Plain[] };

/**
 * The rule in plain English, to read after "Asked only when …" ("the file is flagged domestic
 * abuse, or the crime type is stalking or harassment"). How it is worded, and why:
 * - `not` never appears as such: it is carried down to the tests by De Morgan's laws (the same
 *   meaning), so a reader sees "the file is not flagged …" or "the crime type is neither … nor …";
 * - alternatives of an `or` are joined by ", or ", and parts of an `and` by " and ": the comma keeps
 *   "a, or b and c" from reading as "(a or b) and c";
 * - an `or` inside an `and` is put in brackets, "the outcome is 16 and (the file is flagged domestic
 *   abuse, or the crime type is rape)", because plain words ("either … or …") cannot show where
 *   the alternatives end when more parts follow;
 * - lists of values read "a, b or c"; labels are set in the sentence with a lower-case first letter
 *   unless they start with an acronym; question wordings are quoted as written.
 * `null` reads "always".
 */
export function describeRule(rule: Rule | null, labels: RuleLabels = {}): string {
  if (rule === null) return 'always';
  return say(plain(rule, false), labels, false);
}

function plain(rule: Rule, negated: boolean): Plain {
  switch (rule.kind) {
    case 'not':
      return plain(rule.rule, !negated);
    case 'and':
    case 'or': {
      const kind = (rule.kind === 'and') === negated ? 'or' : 'and';
      const parts = rule.rules.map((part) => plain(part, negated));
      return { kind, parts: parts.flatMap((part) => (part.kind === kind ? part.parts : [part])) };
    }
    default:
      return { kind: 'test', rule, negated };
  }
}

function say(node: Plain, labels: RuleLabels, insideAnd: boolean): string {
  if (node.kind === 'test') return test(node.rule, node.negated, labels);
  if (node.kind === 'and') return node.parts.map((part) => say(part, labels, true)).join(' and ');
  const alternatives = node.parts.map((part) => say(part, labels, false)).join(', or ');
  return insideAnd ? `(${alternatives})` : alternatives;
}

function test(rule: Extract<Plain, { kind: 'test' }>['rule'], negated: boolean, labels: RuleLabels): string {
  switch (rule.kind) {
    case 'flag':
      return `the file is ${negated ? 'not ' : ''}flagged ${inSentence(own(labels.flags, rule.flag) ?? rule.flag)}`;
    case 'crimeType':
      return `the crime type is ${list(
        rule.codes.map((c) => inSentence(own(labels.crimeTypes, c) ?? c)),
        negated,
      )}`;
    case 'outcome':
      return `the outcome is ${list(
        rule.outcomes.map((n) => {
          const label = own(labels.outcomes, n);
          return label === undefined ? String(n) : `${n} (${inSentence(label)})`;
        }),
        negated,
      )}`;
    case 'hasOutcome':
      return negated ? 'the file has no outcome' : 'the file has an outcome';
    case 'answer': {
      const question = own(labels.questions, rule.question);
      const named = question === undefined ? rule.question : `“${question.wording}”`;
      return `the answer to ${named} is ${list(
        rule.options.map((o) => inSentence(own(question?.options, o) ?? o)),
        negated,
      )}`;
    }
  }
}

/** A label of the record's own, never something inherited (a code may well be "constructor"). */
function own<T>(record: Readonly<Record<string | number, T>> | undefined, key: string | number): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** "a", "a or b", "a, b or c"; negated: "not a", "neither a nor b", "neither a, b nor c". */
function list(items: readonly string[], negated: boolean): string {
  const last = items[items.length - 1] ?? '';
  if (items.length <= 1) return negated ? `not ${last}` : last;
  const head = items.slice(0, -1).join(', ');
  return negated ? `neither ${head} nor ${last}` : `${head} or ${last}`;
}

/** A label as it sits mid-sentence: "Domestic abuse" → "domestic abuse", but "DASH form" stays. */
export function inSentence(label: string): string {
  const firstWord = label.split(/\s/, 1)[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase() && /\p{Lu}/u.test(firstWord);
  return acronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
