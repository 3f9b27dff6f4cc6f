/**
 * A strict JSON reader (RFC 8259) that says where a mistake is, by line and column, and notices a
 * key given twice in one object, which JSON.parse silently resolves by keeping the last. A template
 * file is reviewed like a document, so both matter: the author must be able to find the mistake,
 * and a doubled "wording" must not quietly win over the one the reviewer read.
 */

import { characterCount, showCharacter } from './characters';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonPosition {
  readonly line: number;
  readonly column: number;
}

export interface JsonDuplicate extends JsonPosition {
  /** The path of the object holding the key, e.g. `questions[2]` ('' for the top level). */
  readonly path: string;
  readonly key: string;
}

export type JsonResult =
  { ok: true; value: JsonValue; duplicates: JsonDuplicate[] } | { ok: false; message: string; line: number; column: number };

/** Nesting deeper than this is refused: a template needs five levels, and recursion must stay bounded. */
export const JSON_MAX_DEPTH = 32;

/** The path of a member: `questions`, `questions[2]`, `questions[2].wording`. */
export function childPath(path: string, member: string | number): string {
  if (typeof member === 'number') return `${path}[${member}]`;
  return path === '' ? member : `${path}.${member}`;
}

class JsonRefusal extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** Line and column (both from 1, the column counted in characters) of a UTF-16 index. */
export function positionOf(text: string, index: number): JsonPosition {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: characterCount(before.slice(lineStart)) + 1 };
}

export function parseJson(text: string): JsonResult {
  const reader = new Reader(text);
  try {
    const value = reader.document();
    return { ok: true, value, duplicates: reader.duplicates };
  } catch (e) {
    if (!(e instanceof JsonRefusal)) throw e;
    return { ok: false, message: e.message, ...positionOf(text, e.at) };
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  private i = 0;
  readonly duplicates: JsonDuplicate[] = [];

  constructor(private readonly text: string) {}

  document(): JsonValue {
    this.space();
    if (this.i >= this.text.length) throw new JsonRefusal('the file is empty', this.i);
    const value = this.value('', 1);
    this.space();
    if (this.i < this.text.length) throw new JsonRefusal(`unexpected ${this.shown()} after the end of the JSON value`, this.i);
    return value;
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.i))) this.i += 1;
  }

  /** The character at the reading point, as an error shows it. */
  private shown(): string {
    if (this.i >= this.text.length) return 'end of the file';
    return showCharacter(String.fromCodePoint(this.text.codePointAt(this.i) ?? 0));
  }

  private expect(ch: string, what: string): void {
    if (this.text.charAt(this.i) !== ch) throw new JsonRefusal(`expected ${what} but found ${this.shown()}`, this.i);
    this.i += 1;
  }

  private value(path: string, depth: number): JsonValue {
    if (depth > JSON_MAX_DEPTH) throw new JsonRefusal(`nested more than ${JSON_MAX_DEPTH} levels deep`, this.i);
    const ch = this.text.charAt(this.i);
    if (ch === '{') return this.object(path, depth);
    if (ch === '[') return this.array(path, depth);
    if (ch === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.i;
    const number = NUMBER.exec(this.text);
    if (number !== null) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    throw new JsonRefusal(
      `expected a value (text in double quotes, a number, true, false, null, [ or {) but found ${this.shown()}`,
      this.i,
    );
  }

  private object(path: string, depth: number): { [key: string]: JsonValue } {
    const result: { [key: string]: JsonValue } = {};
    this.i += 1;
    this.space();
    if (this.text.charAt(this.i) === '}') {
      this.i += 1;
      return result;
    }
    for (;;) {
      this.space();
      const keyAt = this.i;
      if (this.text.charAt(this.i) !== '"') throw new JsonRefusal(`expected a key in double quotes but found ${this.shown()}`, this.i);
      const key = this.string();
      this.space();
      this.expect(':', '":" after a key');
      this.space();
      const value = this.value(childPath(path, key), depth + 1);
      if (Object.hasOwn(result, key)) this.duplicates.push({ path, key, ...positionOf(this.text, keyAt) });
      // defineProperty, not assignment: a key "__proto__" is data here, not the object's prototype.
      else Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.space();
      if (this.text.charAt(this.i) === '}') {
        this.i += 1;
        return result;
      }
      this.expect(',', '"," or "}" after a value');
    }
  }

  private array(path: string, depth: number): JsonValue[] {
    const result: JsonValue[] = [];
    this.i += 1;
    this.space();
    if (this.text.charAt(this.i) === ']') {
      this.i += 1;
      return result;
    }
    for (;;) {
      this.space();
      result.push(this.value(childPath(path, result.length), depth + 1));
      this.space();
      if (this.text.charAt(this.i) === ']') {
        this.i += 1;
        return result;
      }
      this.expect(',', '"," or "]" after a value');
    }
  }

  private string(): string {
    this.i += 1;
    let result = '';
    for (;;) {
      if (this.i >= this.text.length) throw new JsonRefusal('the text in double quotes is not closed', this.i);
      const ch = this.text.charAt(this.i);
      if (ch === '"') {
        this.i += 1;
        return result;
      }
      if (ch < ' ')
        throw new JsonRefusal(`a line break or control character inside quotes must be written as an escape, such as \\n`, this.i);
      if (ch !== '\\') {
        result += ch;
        this.i += 1;
        continue;
      }
      const escape = this.text.charAt(this.i + 1);
      const simple = ESCAPES[escape];
      if (simple !== undefined) {
        result += simple;
        this.i += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
        result += String.fromCharCode(parseInt(this.text.slice(this.i + 2, this.i + 6), 16));
        this.i += 6;
      } else {
        throw new JsonRefusal(escape === 'u' ? '"\\u" must be followed by four hex digits' : `unknown escape "\\${escape}"`, this.i);
      }
    }
  }
}
