import { describe, expect, it } from 'vitest';
import { peelTemplate } from '@/testing/peel-2017';
import { readCaseFileList, type CaseFileListContext, type CaseFileListResult } from './case-file-list';
import { reportProblems } from './problems';

const HEADER = 'crime_reference,crime_type,recorded_on,outcome,domestic_abuse,repeat_victim,vulnerable_victim';
const bytes = (text: string) => new TextEncoder().encode(text);
const PEEL = { template: peelTemplate() };
const read = (text: string, context: Partial<CaseFileListContext> = {}) => readCaseFileList(bytes(text), { ...PEEL, ...context });

function messages(result: CaseFileListResult): string[] {
  if (result.ok) throw new Error('expected problems, got rows');
  return reportProblems(result.problems).problems.map((p) => p.message);
}

function rows(result: CaseFileListResult) {
  if (!result.ok) throw new Error(`expected rows, got: ${result.problems.map((p) => p.message).join(' | ')}`);
  return result.rows;
}

describe('reading a case-file list (format 1)', () => {
  it('reads a good file into typed rows', () => {
    const result = read(`${HEADER}\n46/10001/17,rape,2017-01-05,16,yes,no,yes\n46/10002/17,abh,2017-03-31,,,,\n`);
    expect(rows(result)).toEqual([
      {
        row: 2,
        crimeReference: '46/10001/17',
        crimeType: 'rape',
        recordedOn: '2017-01-05',
        outcome: 16,
        flags: ['domestic_abuse', 'vulnerable_victim'],
      },
      {
        row: 3,
        crimeReference: '46/10002/17',
        crimeType: 'abh',
        recordedOn: '2017-03-31',
        outcome: null,
        flags: [],
      },
    ]);
  });

  it('accepts a UTF-8 byte order mark, as Excel writes', () => {
    const result = read(`\uFEFF${HEADER}\nA1,rape,2017-01-05,,,,\n`);
    expect(rows(result).map((r) => r.crimeReference)).toEqual(['A1']);
  });

  it('accepts Windows line ends (CRLF) and blank trailing lines', () => {
    const result = read(`${HEADER}\r\nA1,rape,2017-01-05,,,,\r\nA2,abh,2017-01-06,,,,\r\n\r\n\r\n`);
    expect(rows(result).map((r) => r.crimeReference)).toEqual(['A1', 'A2']);
  });

  it('skips the comma-only rows a spreadsheet leaves at the end, and blank rows between', () => {
    const result = read(`${HEADER}\nA1,rape,2017-01-05,,,,\n\nA2,abh,2017-01-06,,,,\n,,,,,,\n,,,,,,\n`);
    expect(rows(result).map((r) => [r.row, r.crimeReference])).toEqual([
      [2, 'A1'],
      [4, 'A2'],
    ]);
  });

  it('keeps quoted commas and line breaks inside values, and numbers rows as a spreadsheet does', () => {
    const result = read(`${HEADER}\n"A, 1",rape,2017-01-05,,,,\n"B\n2",abh,2017-01-06,,,,\nC3,burglary,2017-01-07,,,,\n`);
    // Row 3's reference has a line break: refused, but the row after it is still row 4.
    expect(messages(result)).toEqual([
      'Row 3: crime_reference contains a line break, tab or other character that cannot be printed',
      "Row 4: crime_type 'burglary' is not one of theft-from-person, rape, stalking, harassment, common-assault, gbh-wounding, abh",
    ]);
    expect(rows(read(`${HEADER}\n"A, ""1""",rape,2017-01-05,,,,\n`))[0]?.crimeReference).toBe('A, "1"');
  });

  it('accepts columns in any order, leaves optional ones out, and trims spaces and letter case', () => {
    const result = read('Recorded_On , crime_type,crime_reference\n 2017-02-01 , Stalking , X9 \n');
    expect(rows(result)).toEqual([
      {
        row: 2,
        crimeReference: 'X9',
        crimeType: 'stalking',
        recordedOn: '2017-02-01',
        outcome: null,
        flags: [],
      },
    ]);
  });

  it('reports every problem at once, by row and column, in plain words', () => {
    const text = [
      HEADER,
      'A1,rape,31/02/2017,,,,',
      'A2,theft-from-person,2017-02-31,23,Y,maybe,',
      'A1,burglary,,0,,,',
      ',abh,2017-01-01,,,,',
      `${'x'.repeat(65)},abh,2017-01-01,,,,`,
      'A6,abh,2017-01-01,,,,,extra',
    ].join('\n');
    expect(messages(read(text))).toEqual([
      "Row 2: recorded_on '31/02/2017' is not a date in YYYY-MM-DD form",
      "Rows 2 and 4 have the same crime_reference 'A1'",
      "Row 3: recorded_on '2017-02-31' is not a real date",
      "Row 3: outcome '23' is not an outcome number from 1 to 22 (leave it empty if the file has no outcome yet)",
      "Row 3: domestic_abuse 'Y' must be yes, no or left empty",
      "Row 3: repeat_victim 'maybe' must be yes, no or left empty",
      "Row 4: crime_type 'burglary' is not one of theft-from-person, rape, stalking, harassment, common-assault, gbh-wounding, abh",
      'Row 4: recorded_on is empty',
      "Row 4: outcome '0' is not an outcome number from 1 to 22 (leave it empty if the file has no outcome yet)",
      'Row 5: crime_reference is empty',
      'Row 6: crime_reference is longer than 64 characters',
      'Row 7: there are 8 values, but the header row names 7 columns',
    ]);
  });

  it('names every row that shares a reference', () => {
    const text = [HEADER, ...Array.from({ length: 30 }, (_, i) => `${[6, 20, 29].includes(i) ? 'DUP' : `R${i}`},abh,2017-01-01,,,,`)].join(
      '\n',
    );
    expect(messages(read(text))).toEqual(["Rows 8, 22 and 31 have the same crime_reference 'DUP'"]);
  });

  it('refuses unknown, repeated and missing columns, naming them', () => {
    expect(messages(read('crime_reference,crime_type,force,crime_type\nA1,rape,kent,rape\n'))).toEqual([
      "Row 1: the column 'force' is not one of crime_reference, crime_type, recorded_on, outcome, domestic_abuse, repeat_victim, vulnerable_victim",
      'Row 1: the column crime_type appears more than once',
      'Row 1: there is no recorded_on column, and it is required',
    ]);
  });

  it('explains a file separated by semicolons or tabs', () => {
    expect(messages(read('crime_reference;crime_type;recorded_on\nA1;rape;2017-01-01\n'))[0]).toMatch(
      /^The values in the file are separated by semicolons, not commas/,
    );
    expect(messages(read('crime_reference\tcrime_type\trecorded_on\nA1\trape\t2017-01-01\n'))[0]).toMatch(/separated by tabs/);
  });

  it('says where a quoted value is never closed, keeping the problems found before it', () => {
    expect(messages(read(`${HEADER}\nA1,burglary,2017-01-01,,,,\nA2,"rape,2017-01-01,,,,\nA3,abh,2017-01-01,,,,\n`))).toEqual([
      "Row 2: crime_type 'burglary' is not one of theft-from-person, rape, stalking, harassment, common-assault, gbh-wounding, abh",
      'Row 3: a value opens with a quote mark (") that is never closed, so this row and the rows after it cannot be read',
    ]);
  });

  it('refuses text after a closing quote mark (never storing the quotes), naming the row', () => {
    expect(messages(read(`${HEADER}\nG/1,abh,2017-01-01,,,,\n"G/2"x,abh,2017-01-01,,,,\n`))).toEqual([
      'Row 3: a quoted value has text straight after its closing quote mark. Put the whole value in quotes and write each " inside it as "". The rows after it cannot be read',
    ]);
    expect(messages(read(`${HEADER}\nG/"1",abh,2017-01-01,,,,\n`))[0]).toMatch(/^Row 2: /);
    // Quotes written the RFC 4180 way are kept as they were meant.
    expect(rows(read(`${HEADER}\n"G/""1""",abh,2017-01-01,,,,\n`))[0]?.crimeReference).toBe('G/"1"');
  });

  it('refuses empty files, header-only files and whitespace', () => {
    expect(messages(read(''))).toEqual(['The selected file is empty']);
    expect(messages(read(' \r\n\n'))).toEqual(['The selected file is empty']);
    expect(messages(read(`${HEADER}\n\n`))).toEqual(['The file has a header row but no rows of case files under it']);
  });

  it('refuses files over the size limit and the row limit, saying what the limit is', () => {
    const limits = { maxBytes: 200, maxRows: 3 };
    const big = `${HEADER}\n${'A1,rape,2017-01-05,,,,\n'.repeat(10)}`;
    expect(messages(read(big, { limits }))).toEqual(['The selected file must be smaller than 200 bytes']);
    const many = `${HEADER}\nA1,rape,2017-01-05,,,,\nA2,rape,2017-01-05,,,,\nA3,rape,2017-01-05,,,,\nA4,rape,2017-01-05,,,,\n`;
    expect(messages(read(many, { limits: { maxBytes: 10_000, maxRows: 3 } }))).toEqual([
      'The file must have no more than 3 rows of case files',
    ]);
    expect(rows(read(many, { limits: { maxBytes: 10_000, maxRows: 4 } }))).toHaveLength(4);
    expect(messages(read('x'.repeat(11 * 1024 * 1024)))).toEqual(['The selected file must be smaller than 10MB']);
  });

  it('refuses files that are not CSV text, saying what they look like', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(messages(readCaseFileList(zip, PEEL))[0]).toMatch(/^The selected file must be a CSV\. It looks like an Excel workbook/);
    expect(messages(readCaseFileList(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]), PEEL))).toEqual([
      'The selected file must be a CSV',
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('crime_reference').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(messages(readCaseFileList(utf16, PEEL))[0]).toMatch(/UTF-16/);
    const latin1 = new Uint8Array([...bytes(`${HEADER}\nA1,rape,2017-01-05,,,,\n`), 0xa3, 0x0a]);
    expect(messages(readCaseFileList(latin1, PEEL))[0]).toMatch(/^The selected file is not saved as UTF-8 text/);
  });

  it('refuses files recorded outside the inspection’s window, when it has one', () => {
    const text = `${HEADER}\nA1,rape,2016-12-31,,,,\nA2,rape,2017-01-01,,,,\nA3,rape,2017-03-31,,,,\nA4,rape,2017-04-01,,,,\n`;
    expect(messages(read(text, { recordedFrom: '2017-01-01', recordedTo: '2017-03-31' }))).toEqual([
      "Row 2: recorded_on 2016-12-31 is outside the inspection's crime-recorded window (1 January 2017 to 31 March 2017)",
      "Row 5: recorded_on 2017-04-01 is outside the inspection's crime-recorded window (1 January 2017 to 31 March 2017)",
    ]);
    expect(rows(read(text))).toHaveLength(4);
  });
});
