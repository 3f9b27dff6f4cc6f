import { CsvError, parse } from 'csv-parse/sync';
import { CSV_LIMITS, describeBytes, type CsvLimits } from './limits';
import { fileProblem, rowProblem, type CsvProblem } from './problems';

export { CSV_LIMITS, describeBytes, type CsvLimits };

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
  /** What one row holds, for messages about the rows ("case files" unless said). */
  rowsOf?: string;
}

/** One non-blank data row: its spreadsheet row number (the header is row 1) and trimmed values. */
export interface CsvRecord {
  row: number;
  values: Record<string, string>;
}

export interface CsvReadResult {
  /** The known columns the header names (lower-cased, trimmed). */
  columns: string[];
  /** Every row that could be read, even when there are problems, so they can be checked too. */
  records: CsvRecord[];
  problems: CsvProblem[];
}

const SAVE_AS_CSV = 'In Excel, choose File, Save a copy, and the type "CSV UTF-8 (comma delimited)".';

/** Refuses what is plainly not a UTF-8 text file, before any parsing. Returns the text or a problem. */
function decode(bytes: Uint8Array, limits: CsvLimits): { text: string } | { problem: CsvProblem } {
  if (bytes.length === 0) return { problem: fileProblem('The selected file is empty') };
  if (bytes.length > limits.maxBytes)
    return { problem: fileProblem(`The selected file must be smaller than ${describeBytes(limits.maxBytes)}`) };
  // ZIP signature: an .xlsx workbook (or other archive) renamed or chosen by mistake.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { problem: fileProblem(`The selected file must be a CSV. It looks like an Excel workbook: ${SAVE_AS_CSV}`) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: fileProblem(`The selected file is saved as UTF-16 ("Unicode text"), not UTF-8. ${SAVE_AS_CSV}`) };
  }
  if (bytes.includes(0)) return { problem: fileProblem('The selected file must be a CSV') };
  let text: string;
  try {
    // Strips a UTF-8 byte order mark (Excel writes one) and refuses bytes that are not UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: fileProblem(`The selected file is not saved as UTF-8 text. ${SAVE_AS_CSV}`) };
  }
  if (text.trim() === '') return { problem: fileProblem('The selected file is empty') };
  return { text };
}

function structuralProblem(error: CsvError, row: number): CsvProblem {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return rowProblem(
        row,
        null,
        'a value opens with a quote mark (") that is never closed, so this row and the rows after it cannot be read',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return rowProblem(
        row,
        null,
        'a quoted value has text straight after its closing quote mark. Put the whole value in quotes and write each " inside it as "". The rows after it cannot be read',
      );
    default:
      return rowProblem(row, null, 'this row cannot be read as CSV, so the rows after it cannot be read either');
  }
}

class TooManyRows extends Error {}

interface Header {
  /** Column name at each position; null where the name is unknown, blank or repeated. */
  names: (string | null)[];
  problems: CsvProblem[];
}

function readHeader(cells: readonly string[], spec: ColumnSpec): Header {
  const known = [...spec.required, ...spec.optional];
  const problems: CsvProblem[] = [];
  const names: (string | null)[] = [];
  const seen = new Set<string>();
  const raw = cells.map((c) => c.trim().toLowerCase());
  if (raw.length === 1 && (raw[0]?.includes(';') || raw[0]?.includes('\t'))) {
    const separator = raw[0].includes(';') ? 'semicolons' : 'tabs';
    problems.push(fileProblem(`The values in the file are separated by ${separator}, not commas. ${SAVE_AS_CSV}`));
    return { names: raw.map(() => null), problems };
  }
  raw.forEach((name, index) => {
    if (name === '') {
      problems.push(rowProblem(1, null, `column ${index + 1} of the header row has no name`));
      names.push(null);
    } else if (!known.includes(name)) {
      problems.push(rowProblem(1, name, `the column '${cells[index]?.trim() ?? name}' is not one of ${known.join(', ')}`));
      names.push(null);
    } else if (seen.has(name)) {
      problems.push(rowProblem(1, name, `the column ${name} appears more than once`));
      names.push(null);
    } else {
      seen.add(name);
      names.push(name);
    }
  });
  for (const name of spec.required) {
    if (!seen.has(name)) problems.push(rowProblem(1, name, `there is no ${name} column, and it is required`));
  }
  return { names, problems };
}

/**
 * Reads a CSV upload: UTF-8 with or without a byte order mark, CRLF or LF line ends, RFC 4180
 * quoting (commas, quotes and line breaks inside quoted values). Blank rows, including the blank
 * trailing lines editors leave and the ",,,," rows spreadsheets write, are skipped, but still counted
 * so row numbers match what a spreadsheet shows. Every problem found is returned, not just the first.
 */
export function readCsv(bytes: Uint8Array, spec: ColumnSpec, limits: CsvLimits = CSV_LIMITS): CsvReadResult {
  const decoded = decode(bytes, limits);
  if ('problem' in decoded) return { columns: [], records: [], problems: [decoded.problem] };

  const problems: CsvProblem[] = [];
  const records: CsvRecord[] = [];
  // Written by the parser's callback, so held in an object the type checker can follow.
  const state: { header: Header | null; lastRow: number } = { header: null, lastRow: 0 };
  try {
    parse(decoded.text, {
      bom: true,
      relax_column_count: true,
      on_record: (cells: string[], context) => {
        const row = context.records;
        state.lastRow = row;
        const header = state.header;
        if (!header) {
          state.header = readHeader(cells, spec);
          problems.push(...state.header.problems);
          return null;
        }
        if (cells.every((c) => c.trim() === '')) return null;
        if (records.length >= limits.maxRows) throw new TooManyRows();
        if (cells.length !== header.names.length) {
          problems.push(rowProblem(row, null, `there are ${cells.length} values, but the header row names ${header.names.length} columns`));
        }
        const values: Record<string, string> = {};
        header.names.forEach((name, i) => {
          if (name) values[name] = (cells[i] ?? '').trim();
        });
        records.push({ row, values });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof TooManyRows) {
      return {
        columns: [],
        records: [],
        problems: [
          fileProblem(`The file must have no more than ${limits.maxRows.toLocaleString('en-GB')} rows of ${spec.rowsOf ?? 'case files'}`),
        ],
      };
    }
    if (error instanceof CsvError) problems.push(structuralProblem(error, state.lastRow + 1));
    else throw error;
  }
  const columns = state.header?.names.filter((n): n is string => n !== null) ?? [];
  if (state.header && records.length === 0 && problems.length === 0)
    problems.push(fileProblem(`The file has a header row but no rows of ${spec.rowsOf ?? 'case files'} under it`));
  return { columns, records, problems };
}
