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
export interface AnswersListRow {
  row: number;
  crimeReference: string;
  question: string;
  answer: string;
  note: string;
}

export type AnswersListResult = { ok: true; rows: AnswersListRow[] } | { ok: false; problems: CsvProblem[] };

function required(value: string, column: string, row: number, problems: CsvProblem[], hint = ''): string {
  if (value === '') problems.push(rowProblem(row, column, `${column} is empty${hint}`));
  return value;
}

function duplicateProblems(rows: readonly AnswersListRow[]): CsvProblem[] {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    if (r.crimeReference === '' || r.question === '') continue;
    const key = `${r.crimeReference}\u0000${r.question}`;
    seen.set(key, [...(seen.get(key) ?? []), r.row]);
  }
  return [...seen.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([key, list]) => {
      const [reference = '', question = ''] = key.split('\u0000');
      return rowsProblem(list, 'question', `the file '${reference}' is given question ${question} more than once: keep one row for it`);
    });
}

/**
 * Reads a fieldwork spreadsheet (format 2) and checks what can be checked without the database:
 * the columns, that every row names a file, a question and an answer, and that no file is given
 * a question twice. Either every row is returned or every problem: never part of a file.
 */
export function readAnswersList(bytes: Uint8Array, limits: CsvLimits = CSV_LIMITS): AnswersListResult {
  const read = readCsv(bytes, ANSWERS_LIST_COLUMNS, limits);
  const problems = [...read.problems];
  const has = (column: string) => read.columns.includes(column);
  const rows = read.records.map(({ row, values }): AnswersListRow => {
    const v = (column: string) => values[column] ?? '';
    return {
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
      note: v('note'),
    };
  });
  problems.push(...duplicateProblems(rows));
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
