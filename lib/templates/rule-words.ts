/**
 * Splits rule text into words and marks, remembering where each starts, so that every error can
 * point at the word that is wrong. Columns count characters (code points) from 1, as a person
 * counts them in an editor, not UTF-16 units.
 */

import { showCharacter } from './characters';

export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly column: number }
  | { readonly kind: 'mark'; readonly text: '(' | ')' | ',' | '='; readonly column: number };

/** What is wrong with a rule, at which word, starting at which column (1-based). */
export interface RuleError {
  readonly message: string;
  readonly word: string;
  readonly column: number;
}

export type TokenResult = { ok: true; tokens: Token[]; end: number } | { ok: false; error: RuleError };

const WORD_CHAR = /^[A-Za-z0-9_-]$/;
const MARKS = new Set(['(', ')', ',', '=']);

function isMark(ch: string): ch is '(' | ')' | ',' | '=' {
  return MARKS.has(ch);
}

/**
 * The words and marks of a rule. Spaces and tabs separate words and may sit anywhere around marks;
 * a line break, a quote or any other character is refused where it stands. A word with a capital
 * letter is refused here too, once, rather than as whatever unknown code it would otherwise be.
 * `end` is the column just past the last character, where "missing …" errors point.
 */
export function tokenize(text: string): TokenResult {
  const tokens: Token[] = [];
  let column = 0;
  let word = '';
  let wordStart = 0;
  const flush = (): RuleError | null => {
    if (word === '') return null;
    const error = /[A-Z]/.test(word)
      ? { message: `"${word}": words are lower case (write "${word.toLowerCase()}")`, word, column: wordStart }
      : null;
    tokens.push({ kind: 'word', text: word, column: wordStart });
    word = '';
    return error;
  };
  for (const ch of text) {
    column += 1;
    if (WORD_CHAR.test(ch)) {
      if (word === '') wordStart = column;
      word += ch;
      continue;
    }
    const error = flush();
    if (error) return { ok: false, error };
    if (ch === ' ' || ch === '\t') continue;
    if (isMark(ch)) {
      tokens.push({ kind: 'mark', text: ch, column });
      continue;
    }
    return { ok: false, error: { message: refusedCharacter(ch), word: ch, column } };
  }
  const error = flush();
  if (error) return { ok: false, error };
  return { ok: true, tokens, end: column + 1 };
}

function refusedCharacter(ch: string): string {
  if (ch === '\n' || ch === '\r') return 'a rule is one line: a line break is not allowed';
  if (ch === '"' || ch === "'" || ch === '“' || ch === '”' || ch === '‘' || ch === '’') {
    return `${JSON.stringify(ch)} is not allowed: codes are written without quotes`;
  }
  return `${showCharacter(ch)} is not allowed in a rule: use words, brackets, commas and "="`;
}
