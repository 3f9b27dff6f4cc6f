/**
 * The rules an inspection's own details must keep, whoever sets them (the web form, the command
 * line): one place, so the two can never disagree.
 */
export const NAME_MAX_LENGTH = 200;

export interface Problem {
  field: string;
  message: string;
}

export function nameProblems(name: string): Problem[] {
  const trimmed = name.trim();
  if (trimmed === '') return [{ field: 'name', message: 'Enter the inspection’s name' }];
  if (trimmed.length > NAME_MAX_LENGTH) return [{ field: 'name', message: `Name must be ${NAME_MAX_LENGTH} characters or fewer` }];
  return [];
}

/** Each window ends on or after the day it starts. Dates are YYYY-MM-DD (null: not set). */
export function dateOrderProblems(dates: {
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  recordedFrom: string | null;
  recordedTo: string | null;
}): Problem[] {
  const problems: Problem[] = [];
  if (dates.fieldworkStart && dates.fieldworkEnd && dates.fieldworkEnd < dates.fieldworkStart)
    problems.push({ field: 'fieldworkEnd', message: 'Fieldwork end date must be the same as or after the start date' });
  if (dates.recordedFrom && dates.recordedTo && dates.recordedTo < dates.recordedFrom)
    problems.push({ field: 'recordedTo', message: 'Crimes recorded to must be the same as or after crimes recorded from' });
  return problems;
}
