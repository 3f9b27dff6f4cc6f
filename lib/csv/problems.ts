/** One thing wrong with an uploaded file, said so that the person who made the file can fix it. */
export interface CsvProblem {
  /** Spreadsheet row numbers (the header is row 1); empty for a problem with the whole file. */
  rows: number[];
  /** The column the problem is in, as named in the file's header; null when it is not one column. */
  column: string | null;
  /** The whole sentence, row numbers included: "Row 14: crime_type 'burglary' is not one of …". */
  message: string;
}

export function fileProblem(message: string): CsvProblem {
  return { rows: [], column: null, message };
}

export function rowProblem(row: number, column: string | null, detail: string): CsvProblem {
  return { rows: [row], column, message: `Row ${row}: ${detail}` };
}

/** "7 and 21", "7, 21 and 30". */
export function listRows(rows: readonly number[]): string {
  if (rows.length <= 1) return rows.join('');
  return `${rows.slice(0, -1).join(', ')} and ${String(rows[rows.length - 1])}`;
}

/** File-wide problems first, then by row, then in the order they were found. */
export function sortProblems(problems: readonly CsvProblem[]): CsvProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.rows[0] ?? 0) - (b.p.rows[0] ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** A file with thousands of bad rows would bury the first ones: list this many and count the rest. */
export const MAX_PROBLEMS_LISTED = 500;

export interface ProblemReport {
  problems: CsvProblem[];
  /** How many problems there were in all (more than `problems.length` when some were left off). */
  total: number;
}

export function reportProblems(problems: readonly CsvProblem[]): ProblemReport {
  const sorted = sortProblems(problems);
  return { problems: sorted.slice(0, MAX_PROBLEMS_LISTED), total: sorted.length };
}
