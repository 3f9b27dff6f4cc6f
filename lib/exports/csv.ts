/** CSV as CONTRACTS.md wants it: UTF-8 with a BOM (so Excel reads it right), RFC 4180 quoting, CRLF. */

export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
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
 * Free text that a spreadsheet would run as a formula if it began with =, +, -, @ (CSV injection)
 * gets a leading apostrophe, which spreadsheets show as text. Only for text people typed (notes,
 * names): codes and numbers are never touched.
 */
export function safeText(value: string | null): string | null {
  return value !== null && FORMULA_START.test(value) ? `'${value}` : value;
}
