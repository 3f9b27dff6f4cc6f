import { nearest } from './nearest';
import { joinRules, type Rule } from './rule-ast';
import { tokenize, type RuleError, type Token } from './rule-words';

export type { RuleError };

/** An earlier question a rule may look at, with the option codes of its scale. */
export interface EarlierQuestion {
  readonly code: string;
  /**
   * The option codes its answers can take; `null` when they are not known (its scale is itself in
   * error), so that one mistake in a file is not reported a second time on every rule that names it.
   */
  readonly options: readonly string[] | null;
}

/** What a rule may name: the template's own codes, and only the questions before this one. */
export interface RuleContext {
  readonly flags: readonly string[];
  readonly crimeTypes: readonly string[];
  readonly outcomes: readonly number[];
  /** The questions before this one, in template order. */
  readonly earlierQuestions: readonly EarlierQuestion[];
  /**
   * This question's code and the codes after it, if known: naming one of them is then reported as
   * "not an earlier question" rather than as an unknown question.
   */
  readonly laterQuestions?: readonly string[];
}

export type ParseResult = { ok: true; rule: Rule | null } | { ok: false; error: RuleError };

/** Deeper than this is surely a mistake, and a bound keeps a hostile rule from exhausting the stack. */
export const RULE_MAX_DEPTH = 20;

const TEST_WORDS = 'flag, crime_type, outcome, has outcome, answer, not or "("';

class Refusal extends Error {
  constructor(readonly error: RuleError) {
    super(error.message);
  }
}

function refuse(message: string, at: { text: string; column: number }): never {
  throw new Refusal({ message, word: at.text, column: at.column });
}

function quoted(token: Token): string {
  return `"${token.text}"`;
}

/**
 * Reads the text of an applies-when rule against what the template allows. Empty or blank text is
 * `null`: the question always applies. The first mistake is reported, with its word and column.
 */
export function parseRule(text: string, context: RuleContext): ParseResult {
  if (text.trim() === '') return { ok: true, rule: null };
  const words = tokenize(text);
  if (!words.ok) return words;
  try {
    return { ok: true, rule: new Parser(words.tokens, context).parseAll() };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    throw e;
  }
}

/** Recursive descent over the grammar of section 6: `or` of `and` of factors, `not` tightest. */
class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: RuleContext,
  ) {}

  parseAll(): Rule {
    const rule = this.parseOr();
    const extra = this.peek();
    if (extra === undefined) return rule;
    if (extra.text === ')') refuse('")" has no matching "("', extra);
    refuse(`unexpected ${quoted(extra)} after a complete test: join tests with "and" or "or"`, extra);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  /** The token after `after`, which must exist; otherwise `missing` says what should have followed. */
  private next(after: Token, missing: string): Token {
    const token = this.tokens[this.pos];
    if (token === undefined) refuse(`${quoted(after)} ${missing}`, after);
    this.pos += 1;
    return token;
  }

  private isWord(token: Token | undefined, text: string): boolean {
    return token?.kind === 'word' && token.text === text;
  }

  private parseOr(): Rule {
    const parts = [this.parseAnd()];
    while (this.isWord(this.peek(), 'or')) {
      this.pos += 1;
      parts.push(this.parseAnd());
    }
    return joinRules('or', parts);
  }

  private parseAnd(): Rule {
    const parts = [this.parseFactor()];
    while (this.isWord(this.peek(), 'and')) {
      this.pos += 1;
      parts.push(this.parseFactor());
    }
    return joinRules('and', parts);
  }

  private parseFactor(): Rule {
    const token = this.tokens[this.pos];
    if (token === undefined) {
      const before = this.tokens[this.pos - 1];
      if (before === undefined) refuse('the rule is empty', { text: '', column: 1 });
      refuse(`${quoted(before)} needs a test after it`, before);
    }
    this.pos += 1;
    if (token.text === 'not' || token.text === '(') {
      this.depth += 1;
      if (this.depth > RULE_MAX_DEPTH)
        refuse(`the rule is nested too deeply (more than ${RULE_MAX_DEPTH} levels of "not" and brackets)`, token);
      const rule = token.text === 'not' ? { kind: 'not' as const, rule: this.parseFactor() } : this.parseBracketed(token);
      this.depth -= 1;
      return rule;
    }
    if (token.kind === 'mark' || token.text === 'and' || token.text === 'or') {
      const before = this.tokens[this.pos - 2];
      if (before === undefined && token.kind === 'word') refuse(`${quoted(token)} needs a test before it`, token);
      if (before === undefined) refuse(`expected a test (${TEST_WORDS}) but found ${quoted(token)}`, token);
      refuse(`expected a test after ${quoted(before)} but found ${quoted(token)}`, token);
    }
    switch (token.text) {
      case 'flag':
        return { kind: 'flag', flag: this.flagCode(this.next(token, 'needs a flag code after it')) };
      case 'crime_type':
        return { kind: 'crimeType', codes: this.values(token, 'crime type code', (t, seen) => this.crimeTypeCode(t, seen)) };
      case 'outcome':
        return { kind: 'outcome', outcomes: this.values(token, 'outcome number', (t, seen) => this.outcomeNumber(t, seen)) };
      case 'has': {
        const word = this.next(token, 'needs "outcome" after it (has outcome)');
        if (!this.isWord(word, 'outcome')) refuse(`expected "outcome" after "has" but found ${quoted(word)}`, word);
        return { kind: 'hasOutcome' };
      }
      case 'answer': {
        const named = this.next(token, 'needs a question code after it');
        const question = this.questionCode(named);
        return {
          kind: 'answer',
          question: question.code,
          options: this.values(named, 'option code', (t, seen) => this.optionCode(t, seen, question)),
        };
      }
      default:
        refuse(`unknown word ${quoted(token)}: a test starts with ${TEST_WORDS}`, token);
    }
  }

  private parseBracketed(open: Token): Rule {
    const rule = this.parseOr();
    const close = this.peek();
    if (close === undefined) refuse(`"(" at column ${open.column} is not closed: a ")" is missing`, open);
    if (close.text !== ')') refuse(`expected "and", "or" or ")" after a complete test but found ${quoted(close)}`, close);
    this.pos += 1;
    return rule;
  }

  /**
   * `= VALUE` or `in (VALUE, …)` after the word `head`, each value read by `read`, which refuses a
   * value that is unknown or already listed.
   */
  private values<T>(head: Token, what: string, read: (token: Token, seen: readonly T[]) => T): T[] {
    const sign = this.next(head, `needs "=" or "in" after it`);
    if (sign.text === '=') return [read(this.next(sign, `needs a${/^[aeiou]/.test(what) ? 'n' : ''} ${what} after it`), [])];
    if (!this.isWord(sign, 'in')) refuse(`expected "=" or "in" after ${quoted(head)} but found ${quoted(sign)}`, sign);
    const open = this.next(sign, 'needs a list in brackets after it, e.g. "in (a, b)"');
    if (open.text !== '(') refuse(`expected "(" after "in" but found ${quoted(open)}`, open);
    const list: T[] = [];
    for (;;) {
      const item = this.tokens[this.pos];
      if (item === undefined) refuse(`"(" at column ${open.column} is not closed: a ")" is missing`, open);
      this.pos += 1;
      if (item.text === ')' && list.length === 0) refuse(`the list is empty: name at least one ${what}`, item);
      list.push(read(item, list));
      const sep = this.tokens[this.pos];
      if (sep === undefined) refuse(`"(" at column ${open.column} is not closed: a ")" is missing`, open);
      this.pos += 1;
      if (sep.text === ')') return list;
      if (sep.text !== ',') refuse(`expected "," or ")" in the list but found ${quoted(sep)}`, sep);
    }
  }

  private word(token: Token, what: string): string {
    if (token.kind === 'mark') refuse(`expected a${/^[aeiou]/.test(what) ? 'n' : ''} ${what} but found ${quoted(token)}`, token);
    return token.text;
  }

  private flagCode(token: Token): string {
    const code = this.word(token, 'flag code');
    if (!this.context.flags.includes(code)) refuse(unknown('flag', code, this.context.flags, 'this template has no flags'), token);
    return code;
  }

  private crimeTypeCode(token: Token, seen: readonly string[]): string {
    const code = this.word(token, 'crime type code');
    if (!this.context.crimeTypes.includes(code)) refuse(unknown('crime type', code, this.context.crimeTypes, ''), token);
    if (seen.includes(code)) refuse(`${quoted(token)} is listed twice`, token);
    return code;
  }

  private outcomeNumber(token: Token, seen: readonly number[]): number {
    const text = this.word(token, 'outcome number');
    const allowed = `outcomes are ${numberRanges(this.context.outcomes)}`;
    if (!/^[0-9]{1,3}$/.test(text)) refuse(`${quoted(token)} is not an outcome number: ${allowed}`, token);
    const n = Number(text);
    if (!this.context.outcomes.includes(n)) refuse(`outcome ${quoted(token)} is not one of ${numberRanges(this.context.outcomes)}`, token);
    if (seen.includes(n)) refuse(`outcome ${n} is listed twice`, token);
    return n;
  }

  private questionCode(token: Token): EarlierQuestion {
    const code = this.word(token, 'question code');
    const found = this.context.earlierQuestions.find((q) => q.code === code);
    if (found) return found;
    const later = this.context.laterQuestions ?? [];
    if (later[0] === code) refuse(`question "${code}" is this question itself: a rule may only name an earlier question`, token);
    if (later.includes(code)) refuse(`question "${code}" comes after this one: a rule may only name an earlier question`, token);
    const earlier = this.context.earlierQuestions.map((q) => q.code);
    refuse(unknown('question', code, earlier, 'there are no earlier questions to name'), token);
  }

  private optionCode(token: Token, seen: readonly string[], question: EarlierQuestion): string {
    const code = this.word(token, 'option code');
    if (question.options !== null && !question.options.includes(code)) {
      refuse(`"${code}" is not an option of ${question.code} (its options: ${question.options.join(', ')})`, token);
    }
    if (seen.includes(code)) refuse(`${quoted(token)} is listed twice`, token);
    return code;
  }
}

/** "unknown flag "x"", with the likely intended code, or the whole choice when it is short. */
function unknown(what: string, code: string, allowed: readonly string[], whenNone: string): string {
  const head = `unknown ${what} "${code}"`;
  if (allowed.length === 0) return whenNone === '' ? head : `${head}: ${whenNone}`;
  const near = nearest(code, allowed);
  if (near !== null) return `${head} (did you mean ${near}?)`;
  if (allowed.length <= 12) return `${head} (this template's: ${allowed.join(', ')})`;
  return head;
}

/** "1–22", or "1–5, 8, 10–12": the allowed outcome numbers as a person would write them. */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'none';
  const parts: string[] = [];
  let start = sorted[0] ?? 0;
  let end = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === end + 1) {
      end = n;
      continue;
    }
    parts.push(start === end ? String(start) : `${start}–${end}`);
    start = n;
    end = n;
  }
  return parts.join(', ');
}
