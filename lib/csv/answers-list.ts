import { readReference } from './case-file-list';
import { rowProblem, rowsProblem, type CsvProblem } from './problems';
import { CSV_LIMITS, readCsv, type ColumnSpec, type CsvLimits } from './read-csv';

/** Format 2 of CONTRACTS.md: the fieldwork spreadsheet, one row per file and question. */
export const ANSWERS_LIST_COLUMNS: ColumnSpec = {
  required: ['crime_reference', 'question', 'answer'],
  optional: ['note'],
  rowsOf: 'answers',
};

/** One answer as the spreadsheet gives it. Codes are lower-cased; whether they are allowed is the criteria's to say. */
/**
 * A note written as `'=…` (how our CSV exports, and spreadsheet users, keep text from running as a
 * formula) is taken as the text after the apostrophe, so an exported note comes back as it was typed.
 */
function unguard(note: string): string {
  return /^'[=+\-@\t\r]/.test(note) ? note.slice(1) : note;
}

export interface AnswersListRow {
  row: number;
  crimeReference: string;
  question: string;
  answer: string;
  note: string;
}

export type AnswersListResult =
  | { ok: true; rows: AnswersListRow[] }
  | {
      ok: false;
      problems: CsvProblem[];
      /**
       * The rows with no problem of their own, to be checked further so that every problem can be
       * listed at once; empty when the file as a whole could not be read (its header, its quoting).
       */
      rows: AnswersListRow[];
      /** Crime references some of whose rows are not in `rows`: their files are known to be incomplete. */
      incompleteFiles: Set<string>;
    };

function required(value: string, column: string, row: number, problems: CsvProblem[], hint = ''): string {
  if (value === '') problems.push(rowProblem(row, column, `${column} is empty${hint}`));
  return value;
}

function duplicateProblems(rows: readonly AnswersListRow[]): CsvProblem[] {
  return duplicateGroups(rows).map(([key, list]) => {
    const [reference = '', question = ''] = key.split('\u0000');
    return rowsProblem(list, 'question', `the file '${reference}' is given question ${question} more than once: keep one row for it`);
  });
}

function duplicateGroups(rows: readonly AnswersListRow[]): [string, number[]][] {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    if (r.crimeReference === '' || r.question === '') continue;
    const key = `${r.crimeReference}\u0000${r.question}`;
    seen.set(key, [...(seen.get(key) ?? []), r.row]);
  }
  return [...seen.entries()].filter(([, list]) => list.length > 1);
}

/**
 * Reads a fieldwork spreadsheet (format 2) and checks what can be checked without the database:
 * the columns, that every row names a file, a question and an answer, and that no file is given
 * a question twice. Either every row is returned, or every problem with the rows that can still be
 * checked against the files and the criteria (never to be written: only to find their problems too).
 */
export function readAnswersList(bytes: Uint8Array, limits: CsvLimits = CSV_LIMITS): AnswersListResult {
  const read = readCsv(bytes, ANSWERS_LIST_COLUMNS, limits);
  const problems = [...read.problems];
  const has = (column: string) => read.columns.includes(column);
  const rows: AnswersListRow[] = [];
  const faulty = new Set<number>();
  for (const { row, values } of read.records) {
    const v = (column: string) => values[column] ?? '';
    const before = problems.length;
    rows.push({
      row,
      crimeReference: has('crime_reference') ? readReference(v('crime_reference'), row, problems) : '',
      question: has('question') ? required(v('question').toLowerCase(), 'question', row, problems) : '',
      answer: has('answer')
        ? required(
            v('answer').toLowerCase(),
            'answer',
            row,
            problems,
            ': give yes, partly, no or na, or leave the row out if the question is not answered',
          )
        : '',
      note: unguard(v('note')),
    });
    if (problems.length > before) faulty.add(row);
  }
  for (const [, list] of duplicateGroups(rows)) for (const row of list) faulty.add(row);
  problems.push(...duplicateProblems(rows));
  if (problems.length === 0) return { ok: true, rows };
  const checkable = read.problems.length === 0 ? rows.filter((r) => !faulty.has(r.row)) : [];
  const incompleteFiles = new Set(rows.filter((r) => faulty.has(r.row) && r.crimeReference !== '').map((r) => r.crimeReference));
  return { ok: false, problems, rows: checkable, incompleteFiles };
}
