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

/** "Row 4", "Rows 2–20", "Rows 2–5, 9 and 12": runs of rows shortened, as a file's rows usually come together. */
export function describeRows(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 1) return `Row ${String(sorted[0])}`;
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    runs.push(j - i >= 2 ? `${String(sorted[i])}–${String(sorted[j])}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  const parts = runs.join(', ').split(', ');
  return `Rows ${parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`}`;
}

/** A problem about several rows at once (all the rows of one file, say). */
export function rowsProblem(rows: readonly number[], column: string | null, detail: string): CsvProblem {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  return { rows: sorted, column, message: `${describeRows(sorted)}: ${detail}` };
}
