/** CSV as CONTRACTS.md wants it: UTF-8 with a BOM (so Excel reads it right), RFC 4180 quoting, CRLF. */

export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += ',';
    line += csvField(values[i]);
  }
  return `${line}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * In a CSV, text that a spreadsheet would run as a formula if it began with =, +, -, @ (CSV
 * injection: a note, a name, a crime reference from a force's file) gets a leading apostrophe,
 * which spreadsheets show as text. Numbers are written as numbers and never touched. Only CSV
 * needs this: the workbook stores text as text, and JSON is given exactly as stored.
 */
function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
