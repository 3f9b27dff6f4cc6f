/**
 * The old shape of an applies-when rule: JSON stored beside a question before rules were text
 * (CONTRACTS.md section 6). A database from then may still hold it; lib/templates/rule-legacy.ts
 * reads it with the same meaning. `null` means the question always applies.
 */
export type AppliesWhen =
  | { flag: string }
  | { crimeTypeIn: string[] }
  | { outcomeIn: number[] }
  | { hasOutcome: true }
  | { answer: { question: string; in: string[] } }
  | { any: AppliesWhen[] }
  | { all: AppliesWhen[] };
