import { characterCount } from './characters';
import { childPath, type JsonValue } from './json-text';
import { nearest } from './nearest';

/**
 * The small checks a template file is read with. Every check reports into one list and carries on,
 * so that an author sees every problem at once, each starting with its path in the file. A check
 * given `undefined` says nothing: the key is absent, and whether that is allowed is said once, by
 * `members`.
 */
export class Problems {
  readonly list: string[] = [];

  add(path: string, message: string): void {
    this.list.push(`${path === '' ? 'top level' : path}: ${message}`);
  }
}

export type JsonObject = { [key: string]: JsonValue };

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A member of an object, never one it inherits. */
export function get(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** An object with these keys: unknown ones are an error (section 5), and so are missing required ones. */
export function members(
  value: JsonValue | undefined,
  path: string,
  problems: Problems,
  required: readonly string[],
  optional: readonly string[] = [],
): JsonObject | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.add(path, 'must be an object ({ … })');
    return undefined;
  }
  const known = [...required, ...optional];
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const near = nearest(key, known);
    problems.add(path, `unknown key "${key}" (${near === null ? `the keys are ${known.join(', ')}` : `did you mean "${near}"?`})`);
  }
  for (const key of required) if (!Object.hasOwn(value, key)) problems.add(childPath(path, key), 'is missing');
  return value;
}

/** A list of `min`–`max` items; the items are still checked when there are too many. */
export function list(
  value: JsonValue | undefined,
  path: string,
  problems: Problems,
  min: number,
  max: number,
  what: string,
): JsonValue[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.add(path, 'must be a list ([ … ])');
    return undefined;
  }
  if (value.length < min) problems.add(path, min === 1 ? `must have at least one ${what}` : `must have at least ${min} ${what}s`);
  if (value.length > max) problems.add(path, `may have at most ${max} ${what}s (it has ${value.length})`);
  return value;
}

/**
 * Text a person reads: not empty, without spaces at either end (they are invisible in a form and
 * make two equal labels differ), without control characters, and not too long. Only multi-line
 * text (guidance) may hold line breaks.
 */
export function text(value: JsonValue | undefined, path: string, problems: Problems, max: number, multiline = false): string | undefined {
  if (value === undefined) return undefined;
  const wrong = textProblem(value, max, multiline);
  if (wrong !== null) problems.add(path, wrong);
  return wrong === null && typeof value === 'string' ? value : undefined;
}

function textProblem(value: JsonValue, max: number, multiline: boolean): string | null {
  if (typeof value !== 'string') return 'must be text (in double quotes)';
  if (value === '') return 'must not be empty';
  if (/^\s|\s$/u.test(value)) return 'must not start or end with a space or line break';
  if (/\p{Cs}/u.test(value)) return 'holds half a character (a "\\u" escape of a lone surrogate)';
  if (multiline && /[^\P{Cc}\n]|[\u2028\u2029]/u.test(value))
    return 'must not contain tabs or control characters (line breaks are allowed)';
  if (!multiline && /\p{Cc}|[\u2028\u2029]/u.test(value)) return 'must be one line, without tabs or control characters';
  const length = characterCount(value);
  return length > max ? `must be at most ${max} characters (it has ${length})` : null;
}

/** A code of a fixed form; `form` says it in words, e.g. "1–40 of a-z 0-9 - _". */
export function code(value: JsonValue | undefined, path: string, problems: Problems, pattern: RegExp, form: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && pattern.test(value)) return value;
  problems.add(path, `must be ${form}`);
  return undefined;
}

/** Remembers where each value was first used, to report a repeat against it. */
export class FirstUse {
  private readonly seen = new Map<string, string>();

  /** True when `value` is new; otherwise reports it at `path` and returns false. */
  claim(value: string | undefined, path: string, problems: Problems, what = 'used by'): boolean {
    if (value === undefined) return false;
    const first = this.seen.get(value);
    if (first === undefined) {
      this.seen.set(value, path);
      return true;
    }
    problems.add(path, `"${value}" is already ${what} ${first}`);
    return false;
  }
}
