import { OUTCOME_NUMBERS } from '@/domain/codes';
import { messages } from './messages';
import type { CriteriaTemplate, FileFacts } from './types';

/**
 * The facts a reviewer may correct: the outcome, and each flag of the template (by its code). Each
 * travels in a form field of its own: `fact_outcome`, and `fact_<flag code>` (no flag may be called
 * `outcome`: section 5 keeps the case-file list's columns for themselves).
 */
export type FactKey = string;
export const OUTCOME_KEY = 'outcome';

export function factField(key: FactKey): string {
  return `fact_${key}`;
}

/** The correctable facts of a template, in the order the form shows them. */
export function factKeys(template: Pick<CriteriaTemplate, 'flags'>): FactKey[] {
  return [OUTCOME_KEY, ...template.flags.map((f) => f.code)];
}

export function flagLabel(template: Pick<CriteriaTemplate, 'flags'>, code: string): string {
  return template.flags.find((f) => f.code === code)?.label ?? code;
}

export interface CorrectableFacts {
  outcome: FileFacts['outcome'];
  flags: Record<string, boolean>;
}

export interface CheckedFacts {
  /** The posted facts, with the fallback kept for any field that was refused. */
  facts: CorrectableFacts;
  issues: { key: FactKey; message: string }[];
}

/** The value of one correctable fact, compared and shown the same way everywhere. */
export function factValue(facts: CorrectableFacts, key: FactKey): number | boolean | null {
  return key === OUTCOME_KEY ? facts.outcome : facts.flags[key] === true;
}

/**
 * Reads the correctable facts from form text: outcome '' (none) or 1–22, flags yes/no. A field that
 * was not sent at all changes nothing: only an explicit '' clears the outcome, so a post that
 * leaves the facts out can never wipe them (and the answers that hang on them).
 */
export function checkFacts(
  template: Pick<CriteriaTemplate, 'flags'>,
  raw: Readonly<Record<string, string | null | undefined>>,
  fallback: CorrectableFacts,
): CheckedFacts {
  const flags: Record<string, boolean> = {};
  for (const f of template.flags) flags[f.code] = fallback.flags[f.code] === true;
  const facts: CorrectableFacts = { outcome: fallback.outcome, flags };
  const issues: CheckedFacts['issues'] = [];
  const sentOutcome = raw[factField(OUTCOME_KEY)];
  const outcome = (sentOutcome ?? '').trim();
  if (sentOutcome === undefined || sentOutcome === null) facts.outcome = fallback.outcome;
  else if (outcome === '') facts.outcome = null;
  else if (/^\d{1,2}$/.test(outcome) && OUTCOME_NUMBERS.includes(Number(outcome))) facts.outcome = Number(outcome);
  else issues.push({ key: OUTCOME_KEY, message: messages.outcomeNotAllowed });
  for (const f of template.flags) {
    const value = raw[factField(f.code)];
    if (value === undefined || value === null) continue;
    if (value === 'yes' || value === 'no') flags[f.code] = value === 'yes';
    else issues.push({ key: f.code, message: messages.flagNotAllowed(f.label) });
  }
  return { facts, issues };
}

export function factsToForm(template: Pick<CriteriaTemplate, 'flags'>, facts: CorrectableFacts): Record<string, string> {
  const values: Record<string, string> = { [factField(OUTCOME_KEY)]: facts.outcome === null ? '' : String(facts.outcome) };
  for (const f of template.flags) values[factField(f.code)] = facts.flags[f.code] === true ? 'yes' : 'no';
  return values;
}

/** Flags as stored (the codes set, in template order) and as rules read them (code → set). */
export function flagsFromCodes(codes: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(codes.map((c) => [c, true]));
}

export function flagCodes(template: Pick<CriteriaTemplate, 'flags'>, flags: Readonly<Record<string, boolean>>): string[] {
  return template.flags.filter((f) => flags[f.code] === true).map((f) => f.code);
}
