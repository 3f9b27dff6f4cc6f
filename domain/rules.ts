import type { AnswerCode, CrimeType, FileFlag } from './codes';

/**
 * When a question applies to a file. Stored as JSON beside the question so that a template version
 * carries its own rules; `null` means the question always applies.
 */
export type AppliesWhen =
  | { flag: FileFlag }
  | { crimeTypeIn: CrimeType[] }
  | { outcomeIn: number[] }
  | { hasOutcome: true }
  | { answer: { question: string; in: AnswerCode[] } }
  | { any: AppliesWhen[] }
  | { all: AppliesWhen[] };

/** The facts about a file that rules may look at. */
export interface FileFacts {
  crimeType: string;
  outcome: number | null;
  domesticAbuse: boolean;
  repeatVictim: boolean;
  vulnerableVictim: boolean;
}

const FLAG_FIELD: Record<FileFlag, keyof FileFacts> = {
  domestic_abuse: 'domesticAbuse',
  repeat_victim: 'repeatVictim',
  vulnerable_victim: 'vulnerableVictim',
};

/**
 * Whether a rule holds for a file and the answers given so far. An answer rule holds only when the
 * other question has one of the listed answers (an unanswered question satisfies nothing).
 */
export function ruleHolds(rule: AppliesWhen | null, file: FileFacts, answers: Readonly<Record<string, AnswerCode | undefined>>): boolean {
  if (rule === null) return true;
  if ('flag' in rule) return file[FLAG_FIELD[rule.flag]] === true;
  if ('crimeTypeIn' in rule) return (rule.crimeTypeIn as string[]).includes(file.crimeType);
  if ('outcomeIn' in rule) return file.outcome !== null && rule.outcomeIn.includes(file.outcome);
  if ('hasOutcome' in rule) return file.outcome !== null;
  if ('answer' in rule) {
    const given = answers[rule.answer.question];
    return given !== undefined && rule.answer.in.includes(given);
  }
  if ('any' in rule) return rule.any.some((r) => ruleHolds(r, file, answers));
  return rule.all.every((r) => ruleHolds(r, file, answers));
}

/** Plain-English reading of a rule, for hints ("Answer this only if …"). */
export function describeRule(rule: AppliesWhen | null, questionWording?: (code: string) => string): string {
  if (rule === null) return 'always';
  if ('flag' in rule) return `the file is flagged ${rule.flag.replace(/_/g, ' ')}`;
  if ('crimeTypeIn' in rule) return `the crime type is ${joinOr(rule.crimeTypeIn)}`;
  if ('outcomeIn' in rule) return `the outcome is ${joinOr(rule.outcomeIn.map((o) => `outcome ${o}`))}`;
  if ('hasOutcome' in rule) return 'the file has an outcome';
  if ('answer' in rule) {
    const q = questionWording ? `“${questionWording(rule.answer.question)}”` : rule.answer.question;
    return `the answer to ${q} is ${joinOr(rule.answer.in)}`;
  }
  if ('any' in rule) return rule.any.map((r) => describeRule(r, questionWording)).join(', or ');
  return rule.all.map((r) => describeRule(r, questionWording)).join(', and ');
}

function joinOr(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}
