import { formatDate } from '@/lib/format';
import { checkIsoDate } from '@/lib/validation/dates';
import { listRows, rowProblem, type CsvProblem } from './problems';
import { CSV_LIMITS, readCsv, type ColumnSpec, type CsvLimits } from './read-csv';

/**
 * Format 1 of CONTRACTS.md: a force's sample, or its population to sample from. The crime types are
 * the inspection's template's, and each of its flags is a column of its own.
 */
export function caseFileListColumns(template: Pick<CaseFileListTemplate, 'flags'>): ColumnSpec {
  return { required: ['crime_reference', 'crime_type', 'recorded_on'], optional: ['outcome', ...template.flags.map((f) => f.code)] };
}

/** What a case-file list takes from the inspection's template version. */
export interface CaseFileListTemplate {
  readonly crimeTypes: readonly { readonly code: string }[];
  readonly flags: readonly { readonly code: string }[];
}

export const CRIME_REFERENCE_MAX_LENGTH = 64;

/** One case file as the list describes it. */
export interface CaseFileRow {
  row: number;
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  /** The codes of the flags set to yes, in the template's order. */
  flags: string[];
}

/** The facts of a listed file, without its row number: what is stored for the file. */
export function caseFileFacts({ row: _row, ...facts }: CaseFileRow): Omit<CaseFileRow, 'row'> {
  return facts;
}

export interface CaseFileListContext {
  template: CaseFileListTemplate;
  /** The inspection's crime-recorded window (inclusive); files outside it are out of scope. */
  recordedFrom?: string | null;
  recordedTo?: string | null;
  limits?: CsvLimits;
}

export type CaseFileListResult = { ok: true; rows: CaseFileRow[] } | { ok: false; problems: CsvProblem[] };

// Control, format (zero-width) and line/paragraph separator characters are not printable.
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function readFlag(value: string | undefined, row: number, column: string, problems: CsvProblem[]): boolean {
  const v = (value ?? '').toLowerCase();
  if (v === '' || v === 'no') return false;
  if (v === 'yes') return true;
  problems.push(rowProblem(row, column, `${column} '${value ?? ''}' must be yes, no or left empty`));
  return false;
}

function readOutcome(value: string | undefined, row: number, problems: CsvProblem[]): number | null {
  if (!value) return null;
  const n = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (n >= 1 && n <= 22) return n;
  problems.push(
    rowProblem(row, 'outcome', `outcome '${value}' is not an outcome number from 1 to 22 (leave it empty if the file has no outcome yet)`),
  );
  return null;
}

export function readReference(value: string, row: number, problems: CsvProblem[]): string {
  if (value === '') problems.push(rowProblem(row, 'crime_reference', 'crime_reference is empty'));
  else if (Array.from(value).length > CRIME_REFERENCE_MAX_LENGTH)
    problems.push(rowProblem(row, 'crime_reference', `crime_reference is longer than ${CRIME_REFERENCE_MAX_LENGTH} characters`));
  else if (NOT_PRINTABLE.test(value))
    problems.push(
      rowProblem(row, 'crime_reference', 'crime_reference contains a line break, tab or other character that cannot be printed'),
    );
  return value;
}

function readCrimeType(value: string, row: number, codes: readonly string[], problems: CsvProblem[]): string {
  const v = value.toLowerCase();
  if (codes.includes(v)) return v;
  problems.push(
    rowProblem(row, 'crime_type', v === '' ? 'crime_type is empty' : `crime_type '${value}' is not one of ${codes.join(', ')}`),
  );
  return '';
}

function readRecordedOn(value: string, row: number, context: CaseFileListContext, problems: CsvProblem[]): string {
  const check = value === '' ? 'empty' : checkIsoDate(value);
  if (check === 'empty') problems.push(rowProblem(row, 'recorded_on', 'recorded_on is empty'));
  else if (check === 'form') problems.push(rowProblem(row, 'recorded_on', `recorded_on '${value}' is not a date in YYYY-MM-DD form`));
  else if (check === 'unreal') problems.push(rowProblem(row, 'recorded_on', `recorded_on '${value}' is not a real date`));
  else {
    const { recordedFrom: from, recordedTo: to } = context;
    if ((from && value < from) || (to && value > to)) {
      const window =
        from && to
          ? `${formatDate(from)} to ${formatDate(to)}`
          : from
            ? `on or after ${formatDate(from)}`
            : `on or before ${formatDate(to ?? '')}`;
      problems.push(rowProblem(row, 'recorded_on', `recorded_on ${value} is outside the inspection's crime-recorded window (${window})`));
    }
  }
  return value;
}

function duplicateProblems(rows: readonly CaseFileRow[]): CsvProblem[] {
  const byReference = new Map<string, number[]>();
  for (const r of rows) {
    if (r.crimeReference === '') continue;
    const list = byReference.get(r.crimeReference) ?? [];
    list.push(r.row);
    byReference.set(r.crimeReference, list);
  }
  return [...byReference.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([reference, list]) => ({
      rows: list,
      column: 'crime_reference',
      message: `Rows ${listRows(list)} have the same crime_reference '${reference}'`,
    }));
}

/**
 * Reads and checks a case-file list (format 1). Either every row is good and all are returned, or
 * every problem found is returned and no rows at all: a caller can never act on part of a file.
 */
export function readCaseFileList(bytes: Uint8Array, context: CaseFileListContext): CaseFileListResult {
  const read = readCsv(bytes, caseFileListColumns(context.template), context.limits ?? CSV_LIMITS);
  const crimeTypeCodes = context.template.crimeTypes.map((c) => c.code);
  const problems = [...read.problems];
  const has = (column: string) => read.columns.includes(column);
  const rows = read.records.map(({ row, values }): CaseFileRow => {
    const v = (column: string) => values[column] ?? '';
    return {
      row,
      crimeReference: has('crime_reference') ? readReference(v('crime_reference'), row, problems) : '',
      crimeType: has('crime_type') ? readCrimeType(v('crime_type'), row, crimeTypeCodes, problems) : '',
      recordedOn: has('recorded_on') ? readRecordedOn(v('recorded_on'), row, context, problems) : '',
      outcome: readOutcome(values.outcome, row, problems),
      flags: context.template.flags.filter((f) => readFlag(values[f.code], row, f.code, problems)).map((f) => f.code),
    };
  });
  problems.push(...duplicateProblems(rows));
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
