import { FILE_FLAGS, OUTCOME_NUMBERS, type FileFlag } from '@/domain/codes';
import { messages } from './messages';
import type { FileFacts } from './types';

/** The facts a reviewer may correct, and the form fields they travel in. */
export const FACT_KEYS = ['outcome', 'domesticAbuse', 'repeatVictim', 'vulnerableVictim'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export const FACT_FIELDS: Readonly<Record<FactKey, string>> = {
  outcome: 'fact_outcome',
  domesticAbuse: 'fact_domestic_abuse',
  repeatVictim: 'fact_repeat_victim',
  vulnerableVictim: 'fact_vulnerable_victim',
};

export const FLAG_KEYS: Readonly<Record<Exclude<FactKey, 'outcome'>, FileFlag>> = {
  domesticAbuse: 'domestic_abuse',
  repeatVictim: 'repeat_victim',
  vulnerableVictim: 'vulnerable_victim',
};

export function flagLabel(key: Exclude<FactKey, 'outcome'>): string {
  return FILE_FLAGS.find((f) => f.code === FLAG_KEYS[key])?.label ?? key;
}

export type CorrectableFacts = Pick<FileFacts, FactKey>;

export interface CheckedFacts {
  /** The posted facts, with the fallback kept for any field that was refused. */
  facts: CorrectableFacts;
  issues: { key: FactKey; message: string }[];
}

/**
 * Reads the correctable facts from form text: outcome '' (none) or 1–22, flags yes/no. A field that
 * was not sent at all changes nothing: only an explicit '' clears the outcome, so a post that
 * leaves the facts out can never wipe them (and the answers that hang on them).
 */
export function checkFacts(raw: Readonly<Record<string, string | null | undefined>>, fallback: CorrectableFacts): CheckedFacts {
  const facts: CorrectableFacts = { ...fallback };
  const issues: CheckedFacts['issues'] = [];
  const sentOutcome = raw[FACT_FIELDS.outcome];
  const outcome = (sentOutcome ?? '').trim();
  if (sentOutcome === undefined || sentOutcome === null) facts.outcome = fallback.outcome;
  else if (outcome === '') facts.outcome = null;
  else if (/^\d{1,2}$/.test(outcome) && OUTCOME_NUMBERS.includes(Number(outcome))) facts.outcome = Number(outcome);
  else issues.push({ key: 'outcome', message: messages.outcomeNotAllowed });
  for (const key of ['domesticAbuse', 'repeatVictim', 'vulnerableVictim'] as const) {
    const value = raw[FACT_FIELDS[key]];
    if (value === undefined || value === null) continue;
    if (value === 'yes' || value === 'no') facts[key] = value === 'yes';
    else issues.push({ key, message: messages.flagNotAllowed(flagLabel(key)) });
  }
  return { facts, issues };
}

export function factsToForm(facts: CorrectableFacts): Record<string, string> {
  return {
    [FACT_FIELDS.outcome]: facts.outcome === null ? '' : String(facts.outcome),
    [FACT_FIELDS.domesticAbuse]: facts.domesticAbuse ? 'yes' : 'no',
    [FACT_FIELDS.repeatVictim]: facts.repeatVictim ? 'yes' : 'no',
    [FACT_FIELDS.vulnerableVictim]: facts.vulnerableVictim ? 'yes' : 'no',
  };
}
