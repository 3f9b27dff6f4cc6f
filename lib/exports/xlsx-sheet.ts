import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { CsvValue } from './csv';

/**
 * Fast rows for exceljs's streaming workbook writer. exceljs builds a model object for every
 * cell, which here managed about 30,000 rows a second, and a national answers sheet has about a
 * million rows. So exceljs still writes the package (workbook, styles, shared strings, zip), each
 * sheet's frame and header row; only the data rows' XML is written here, in the form exceljs
 * itself writes with shared strings on (`<c r="B7" t="s"><v>12</v></c>`). Shared strings make the
 * XML (and so the compressing) several times smaller: codes, labels and names repeat endlessly.
 * This leans on internals of exceljs 4.4 (a sheet's `stream`, the workbook's `sharedStrings`,
 * the StreamBuf's `pipes` and the deflate stream's writable state); `internals` checks they are there, and the unit
 * tests read every workbook back with exceljs's own reader.
 */
interface SharedStrings {
  add: (value: string) => number;
}

/** archiver's deflate stream: a readable-stream 3 Transform, whose state is not on the public API. */
interface DeflateStream {
  _writableState?: { length: number; highWaterMark: number };
  once: (event: 'drain', listener: () => void) => unknown;
}

interface SheetStream {
  write: (chunk: string) => unknown;
  /** The zip entry's deflate stream, once archiver has started on this sheet. */
  pipes?: DeflateStream[];
}

/** Whether the zip's deflate stream holds more than it wants; exceljs writes into it regardless. */
function backedUp(deflate: DeflateStream): boolean {
  const state = deflate._writableState;
  return state !== undefined && state.length > state.highWaterMark;
}

export interface FastSheet {
  writeRaw: (xml: string) => Promise<void>;
  strings: SharedStrings;
}

function internals(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
): { stream: SheetStream; strings: SharedStrings } {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  const strings = (workbook as unknown as { sharedStrings?: SharedStrings }).sharedStrings;
  if (typeof stream?.write !== 'function' || typeof strings?.add !== 'function' || !Array.isArray(stream.pipes)) {
    throw new Error('The installed exceljs does not have the streaming internals this export relies on (written for exceljs 4.4)');
  }
  return { stream, strings };
}

/** Characters XML 1.0 cannot carry at all; exceljs escapes the rest when it writes shared strings. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Excel refuses a cell holding more than this many characters. */
const MAX_CELL_TEXT = 32_767;

export function columnLetters(count: number): string[] {
  const letters: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let n = i;
    let name = '';
    do {
      name = String.fromCharCode(65 + (n % 26)) + name;
      n = Math.floor(n / 26) - 1;
    } while (n >= 0);
    letters.push(name);
  }
  return letters;
}

/** The part of a cell after its reference (`<c r="B7"` + tail), or '' for an empty cell. */
export function cellTail(value: CsvValue, strings: SharedStrings): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return `><v>${value}</v></c>`;
  const text = (value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value).replace(INVALID_XML, '');
  return ` t="s"><v>${strings.add(text)}</v></c>`;
}

/** One row from cell tails; `letters` names the columns the tails belong to. */
export function rowFromTails(rowNumber: number, tails: readonly string[], letters: readonly string[], first = 0): string {
  let xml = '';
  for (let i = 0; i < tails.length; i += 1) {
    const tail = tails[i];
    if (tail) xml += `<c r="${letters[first + i] ?? ''}${rowNumber}"${tail}`;
  }
  return xml;
}

/**
 * The same cells for any row, as pieces to join with the row number: `pieces.join('7')` gives the
 * cells of row 7 in one allocation. A file's columns repeat on each of its answers' rows, and an
 * answer's question columns on thousands of rows, so the answers sheet builds rows this way.
 */
export function cellsTemplate(tails: readonly string[], letters: readonly string[], first = 0): string[] {
  const pieces = [''];
  tails.forEach((tail, i) => {
    if (!tail) return;
    pieces[pieces.length - 1] = `${pieces[pieces.length - 1] ?? ''}<c r="${letters[first + i] ?? ''}`;
    pieces.push(`"${tail}`);
  });
  return pieces;
}

/** Rejects once the reader has gone (a download cancelled), so the writer stops instead of waiting forever. */
export function whenGone(output: Writable): Promise<never> {
  return new Promise<never>((_, reject) => {
    const gone = () => {
      // A stream that finished and then closed is a workbook delivered, not a reader gone.
      if (!output.writableFinished) reject(new Error('The reader went away before the workbook was finished'));
    };
    if (output.destroyed) gone();
    else output.once('close', gone);
  });
}

/**
 * Starts a sheet (frozen header row, column widths, header) and returns a writer for raw row XML
 * that waits whenever the zip or the reader falls behind, so a national sheet never piles up in
 * memory. Call `sheet.commit()` when its rows are written, before starting the next sheet:
 * exceljs zips sheets one after another.
 */
export async function startSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  output: Writable,
  name: string,
  columns: readonly string[],
  widths: readonly number[] = [],
): Promise<{ sheet: ExcelJS.Worksheet; fast: FastSheet }> {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((_, i) => ({ width: widths[i] ?? 16 }));
  sheet.addRow([...columns]).commit();
  const { stream, strings } = internals(workbook, sheet);
  const gone = whenGone(output);
  gone.catch(() => undefined);
  const writeRaw = async (xml: string) => {
    stream.write(xml);
    for (;;) {
      if (output.destroyed) await gone;
      const deflate = stream.pipes?.[0];
      if (deflate && backedUp(deflate)) await Promise.race([new Promise<void>((resolve) => deflate.once('drain', resolve)), gone]);
      else if (output.writableNeedDrain) await Promise.race([once(output, 'drain'), gone]);
      else if (!deflate) await new Promise<void>((resolve) => setImmediate(resolve));
      else break;
    }
  };
  return { sheet, fast: { writeRaw, strings } };
}

/** A whole sheet from rows of values; `onRows` sees each batch of rows as written (the content hash). */
export async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  output: Writable,
  spec: { name: string; columns: readonly string[]; widths?: readonly number[]; rows: Iterable<readonly CsvValue[]> },
): Promise<number> {
  const { sheet, fast } = await startSheet(workbook, output, spec.name, spec.columns, spec.widths);
  const letters = columnLetters(spec.columns.length);
  let rowNumber = 1;
  let xml = '';
  for (const values of spec.rows) {
    rowNumber += 1;
    xml += `<row r="${rowNumber}">${rowFromTails(
      rowNumber,
      values.map((v) => cellTail(v, fast.strings)),
      letters,
    )}</row>`;
    if (xml.length >= 1 << 20) {
      await fast.writeRaw(xml);
      xml = '';
    }
  }
  if (xml) await fast.writeRaw(xml);
  sheet.commit();
  return rowNumber - 1;
}
