import { OUTCOME_NUMBERS } from '@/domain/codes';
import { characterCount } from './characters';
import { fileText } from './file-text';
import { childPath, parseJson, type JsonValue } from './json-text';
import { nearest } from './nearest';
import type { Rule } from './rule-ast';
import { parseRule, type EarlierQuestion } from './rule-parse';
import { printRule } from './rule-print';
import { code, FirstUse, get, list, members, Problems, text } from './template-checks';
import { themesOf } from './template-helpers';
import { TEMPLATE_LIMITS as LIMITS } from './template-limits';
import {
  BUILT_IN_SCALES,
  COUNTS_AS,
  type CodeAndLabel,
  type CountsAs,
  type Scale,
  type ScaleOption,
  type TemplateDefinition,
  type TemplateQuestion,
} from './template-types';

export type TemplateReadResult = { ok: true; template: TemplateDefinition } | { ok: false; problems: string[] };

const SLUG = { pattern: /^[a-z0-9-]{3,64}$/, form: '3–64 of a-z 0-9 -' };
const FILE_CODE = { pattern: /^[a-z0-9_-]{1,40}$/, form: '1–40 of a-z 0-9 - _' };
const QUESTION_CODE = { pattern: /^[a-z0-9_]{1,64}$/, form: '1–64 of a-z 0-9 _' };
const SCALE_CODE = {
  pattern: new RegExp(`^[A-Z][A-Z0-9_]{0,${LIMITS.scaleCodeLength - 1}}$`),
  form: `1–${LIMITS.scaleCodeLength} of A-Z 0-9 _, starting with a letter`,
};

/** The fixed columns of the case-file list (CONTRACTS.md format 1), which a flag's column must not take. */
const CASE_FILE_COLUMNS = ['crime_reference', 'crime_type', 'recorded_on', 'outcome'];

/**
 * Reads a criteria template file (CONTRACTS.md section 5), from its text or its bytes, and checks
 * every rule of the contract, listing every problem at once. Optional keys may be absent or null;
 * empty text for `guidance`, `finding` or `applies_when` means the same as absent.
 */
export function readTemplateFile(input: string | Uint8Array): TemplateReadResult {
  const file = fileText(input, LIMITS.fileBytes);
  if (!file.ok) return { ok: false, problems: [file.problem] };
  const json = parseJson(file.text);
  if (!json.ok) return { ok: false, problems: [`line ${json.line}, column ${json.column}: not valid JSON: ${json.message}`] };
  const problems = new Problems();
  for (const d of json.duplicates)
    problems.add(d.path, `key "${d.key}" is given more than once (again at line ${d.line}, column ${d.column})`);
  const template = checkTemplate(json.value, problems);
  if (problems.list.length > 0 || template === undefined) return { ok: false, problems: problems.list };
  return { ok: true, template };
}

/** Absent and null are the same for an optional key. */
function optional(value: JsonValue | undefined): JsonValue | undefined {
  return value === null ? undefined : value;
}

/** Optional text: absent, null and '' all mean "none". */
function optionalText(value: JsonValue | undefined): JsonValue | undefined {
  return value === '' ? undefined : optional(value);
}

function checkTemplate(value: JsonValue, problems: Problems): TemplateDefinition | undefined {
  const top = members(value, '', problems, ['slug', 'version', 'name', 'crime_types', 'questions'], ['flags', 'scales']);
  if (top === undefined) return undefined;
  const slug = code(get(top, 'slug'), 'slug', problems, SLUG.pattern, SLUG.form);
  const version = checkVersion(get(top, 'version'), problems);
  const name = text(get(top, 'name'), 'name', problems, LIMITS.nameLength);
  const crimeTypes = codeList(get(top, 'crime_types'), 'crime_types', problems, 1, LIMITS.crimeTypes, 'crime type');
  const flags = codeList(optional(get(top, 'flags')) ?? [], 'flags', problems, 0, LIMITS.flags, 'flag');
  flags.entries.forEach((flag, i) => {
    if (CASE_FILE_COLUMNS.includes(flag.code))
      problems.add(`flags[${i}].code`, `"${flag.code}" is a column of the case-file list, so it cannot be a flag`);
  });
  const scales = checkScales(optional(get(top, 'scales')) ?? [], problems);
  const questions = checkQuestions(get(top, 'questions'), problems, {
    flags: flags.codes,
    crimeTypes: crimeTypes.codes,
    scales,
  });
  if (slug === undefined || version === undefined || name === undefined || questions === undefined) return undefined;
  return {
    slug,
    version,
    name,
    crimeTypes: crimeTypes.entries,
    flags: flags.entries,
    scales: scales.custom,
    questions,
    themes: themesOf(questions),
  };
}

function checkVersion(value: JsonValue | undefined, problems: Problems): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) problems.add('version', 'must be a whole number, 1 or more');
  else if (value > LIMITS.versionMax) problems.add('version', `must be at most ${LIMITS.versionMax}`);
  else return value;
  return undefined;
}

/** Crime types or flags: valid entries, and every code given as text (for rules to name). */
function codeList(value: JsonValue | undefined, path: string, problems: Problems, min: number, max: number, what: string) {
  const entries: CodeAndLabel[] = [];
  const codes: string[] = [];
  const codesUsed = new FirstUse();
  const labelsUsed = new FirstUse();
  (list(value, path, problems, min, max, what) ?? []).forEach((item, i) => {
    const at = childPath(path, i);
    const entry = members(item, at, problems, ['code', 'label']);
    if (entry === undefined) return;
    const rawCode = get(entry, 'code');
    if (typeof rawCode === 'string') codes.push(rawCode);
    const entryCode = code(rawCode, `${at}.code`, problems, FILE_CODE.pattern, FILE_CODE.form);
    const label = text(get(entry, 'label'), `${at}.label`, problems, LIMITS.labelLength);
    const codeIsNew = codesUsed.claim(entryCode, `${at}.code`, problems);
    const labelIsNew = labelsUsed.claim(label, `${at}.label`, problems, 'the label of');
    if (entryCode !== undefined && label !== undefined && codeIsNew && labelIsNew) entries.push({ code: entryCode, label });
  });
  return { entries, codes };
}

/** The scales questions may use: the template's own (valid ones), and the option codes of every code given. */
interface KnownScales {
  readonly custom: Scale[];
  /** Every usable scale code → its option codes as far as they are text (for rules to name). */
  readonly optionCodes: Map<string, string[]>;
}

function checkScales(value: JsonValue, problems: Problems): KnownScales {
  const known: KnownScales = { custom: [], optionCodes: new Map(BUILT_IN_SCALES.map((s) => [s.code, s.options.map((o) => o.code)])) };
  const codesUsed = new FirstUse();
  (list(value, 'scales', problems, 0, LIMITS.scales, 'scale') ?? []).forEach((item, i) => {
    const at = `scales[${i}]`;
    const entry = members(item, at, problems, ['code', 'options']);
    if (entry === undefined) return;
    const scaleCode = code(get(entry, 'code'), `${at}.code`, problems, SCALE_CODE.pattern, SCALE_CODE.form);
    const builtIn = scaleCode !== undefined && BUILT_IN_SCALES.some((s) => s.code === scaleCode);
    if (builtIn) problems.add(`${at}.code`, `"${scaleCode}" is a built-in scale and may not be redefined`);
    const isNew = !builtIn && codesUsed.claim(scaleCode, `${at}.code`, problems);
    const options = checkOptions(get(entry, 'options'), `${at}.options`, problems);
    // A scale with a badly formed code is still known by it, so the questions using it are not refused too.
    const rawCode = get(entry, 'code');
    if (typeof rawCode === 'string' && !builtIn && !known.optionCodes.has(rawCode)) known.optionCodes.set(rawCode, options.codes);
    if (scaleCode !== undefined && isNew && options.valid !== undefined) known.custom.push({ code: scaleCode, options: options.valid });
  });
  return known;
}

function checkOptions(value: JsonValue | undefined, path: string, problems: Problems) {
  const codes: string[] = [];
  const valid: ScaleOption[] = [];
  const items = list(value, path, problems, LIMITS.scaleOptionsMin, LIMITS.scaleOptionsMax, 'option');
  const codesUsed = new FirstUse();
  const labelsUsed = new FirstUse();
  (items ?? []).forEach((item, i) => {
    const at = childPath(path, i);
    const entry = members(item, at, problems, ['code', 'label', 'counts_as']);
    if (entry === undefined) return;
    const rawCode = get(entry, 'code');
    if (typeof rawCode === 'string') codes.push(rawCode);
    const optionCode = code(rawCode, `${at}.code`, problems, FILE_CODE.pattern, FILE_CODE.form);
    const label = text(get(entry, 'label'), `${at}.label`, problems, LIMITS.labelLength);
    const counts = get(entry, 'counts_as');
    const countsAs = COUNTS_AS.find((c) => c === counts);
    if (counts !== undefined && countsAs === undefined) problems.add(`${at}.counts_as`, `must be one of ${COUNTS_AS.join(', ')}`);
    const codeIsNew = codesUsed.claim(optionCode, `${at}.code`, problems);
    const labelIsNew = labelsUsed.claim(label, `${at}.label`, problems, 'the label of');
    if (optionCode !== undefined && label !== undefined && countsAs !== undefined && codeIsNew && labelIsNew)
      valid.push({ code: optionCode, label, countsAs });
  });
  const allValid = items !== undefined && valid.length === items.length;
  if (allValid && items.length >= LIMITS.scaleOptionsMin) {
    // A scale that cannot be met, or cannot fail, gives findings that say nothing.
    const has = (...kinds: CountsAs[]) => valid.some((o) => kinds.includes(o.countsAs));
    if (!has('met')) problems.add(path, 'needs an option that counts as met');
    if (!has('partly', 'not_met')) problems.add(path, 'needs an option that counts as partly or not_met');
  }
  return { codes, valid: allValid && items.length <= LIMITS.scaleOptionsMax ? valid : undefined };
}

interface Facts {
  readonly flags: readonly string[];
  readonly crimeTypes: readonly string[];
  readonly scales: KnownScales;
}

function checkQuestions(value: JsonValue | undefined, problems: Problems, facts: Facts): TemplateQuestion[] | undefined {
  const items = list(value, 'questions', problems, 1, LIMITS.questions, 'question');
  if (items === undefined) return undefined;
  const codesUsed = new FirstUse();
  const givenCodes = items.map((item) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? get(item, 'code') : undefined,
  );
  const earlier: EarlierQuestion[] = [];
  const questions: TemplateQuestion[] = [];
  items.forEach((item, i) => {
    const at = `questions[${i}]`;
    const entry = members(item, at, problems, ['code', 'theme', 'wording', 'scale'], ['guidance', 'applies_when', 'finding', 'key']);
    if (entry === undefined) return;
    const questionCode = code(get(entry, 'code'), `${at}.code`, problems, QUESTION_CODE.pattern, QUESTION_CODE.form);
    const isNew = codesUsed.claim(questionCode, `${at}.code`, problems);
    const theme = text(get(entry, 'theme'), `${at}.theme`, problems, LIMITS.themeLength);
    const wording = text(get(entry, 'wording'), `${at}.wording`, problems, LIMITS.wordingLength);
    const guidance = text(optionalText(get(entry, 'guidance')), `${at}.guidance`, problems, LIMITS.guidanceLength, true) ?? null;
    const finding = text(optionalText(get(entry, 'finding')), `${at}.finding`, problems, LIMITS.findingLength) ?? null;
    const key = optional(get(entry, 'key')) ?? false;
    if (typeof key !== 'boolean') problems.add(`${at}.key`, 'must be true or false');
    const scale = checkQuestionScale(get(entry, 'scale'), `${at}.scale`, problems, facts.scales);
    const later = givenCodes.slice(i).map((c) => (typeof c === 'string' ? c : ''));
    const rule = checkRule(optional(get(entry, 'applies_when')), `${at}.applies_when`, problems, { ...facts, earlier, later });
    const rawCode = get(entry, 'code');
    if (typeof rawCode === 'string' && !earlier.some((q) => q.code === rawCode)) {
      earlier.push({ code: rawCode, options: scale?.optionCodes ?? null });
    }
    if (
      questionCode === undefined ||
      !isNew ||
      theme === undefined ||
      wording === undefined ||
      scale?.options === undefined ||
      rule === undefined
    )
      return;
    if (typeof key !== 'boolean') return;
    questions.push({
      code: questionCode,
      theme,
      wording,
      guidance,
      scale: scale.code,
      options: scale.options,
      rule,
      ruleText: printRule(rule),
      finding,
      key,
    });
  });
  return questions;
}

function checkQuestionScale(value: JsonValue | undefined, path: string, problems: Problems, scales: KnownScales) {
  if (value === undefined) return undefined;
  const usable = [...scales.optionCodes.keys()];
  if (typeof value !== 'string') {
    problems.add(path, `must be a scale code: ${usable.join(', ')}`);
    return undefined;
  }
  const optionCodes = scales.optionCodes.get(value);
  if (optionCodes === undefined) {
    const near = nearest(value, usable);
    problems.add(path, `unknown scale "${value}" (${near === null ? `the scales are ${usable.join(', ')}` : `did you mean ${near}?`})`);
    return undefined;
  }
  const options = BUILT_IN_SCALES.find((s) => s.code === value)?.options ?? scales.custom.find((s) => s.code === value)?.options;
  return { code: value, optionCodes, options };
}

/** An applies-when rule (section 6), naming only this template's facts and earlier questions. */
function checkRule(
  value: JsonValue | undefined,
  path: string,
  problems: Problems,
  context: Facts & { earlier: readonly EarlierQuestion[]; later: readonly string[] },
): Rule | null | undefined {
  if (value === undefined) return null;
  if (typeof value !== 'string') {
    problems.add(path, 'must be text: a rule such as "flag domestic_abuse or has outcome"');
    return undefined;
  }
  const length = characterCount(value);
  if (length > LIMITS.ruleLength) {
    problems.add(path, `must be at most ${LIMITS.ruleLength} characters (it has ${length})`);
    return undefined;
  }
  const result = parseRule(value, {
    flags: context.flags,
    crimeTypes: context.crimeTypes,
    outcomes: OUTCOME_NUMBERS,
    earlierQuestions: [...context.earlier],
    laterQuestions: context.later,
  });
  if (result.ok) return result.rule;
  problems.add(`${path}, column ${result.error.column}`, result.error.message);
  return undefined;
}
