import { describe, expect, it } from 'vitest';
import { readAnswersList } from './answers-list';
import { describeRows } from './problems';

const bytes = (text: string) => new TextEncoder().encode(text);
const messages = (text: string) => {
  const result = readAnswersList(bytes(text));
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('readAnswersList (format 2)', () => {
  it('reads Excel’s CSV: BOM, CRLF, any column order, quoted notes with commas, quotes and line breaks, blank rows skipped', () => {
    const result = readAnswersList(
      bytes(
        '\uFEFFnote,Answer,question,crime_reference\r\n"Late, and ""thin""\r\non detail",Partly,evidence_secured,K/1\r\n,,,\r\n,yes,risk_assessed,"K,2"\r\n',
      ),
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, crimeReference: 'K/1', question: 'evidence_secured', answer: 'partly', note: 'Late, and "thin"\r\non detail' },
        { row: 4, crimeReference: 'K,2', question: 'risk_assessed', answer: 'yes', note: '' },
      ],
    });
  });

  it('names every problem by row and column, and refuses unknown columns', () => {
    expect(messages('crime_reference,question,answer,reviewer\nK/1,risk_assessed,yes,x\n')).toEqual([
      "Row 1: the column 'reviewer' is not one of crime_reference, question, answer, note",
    ]);
    expect(messages('crime_reference,answer\nK/1,yes\n')).toEqual(['Row 1: there is no question column, and it is required']);
    expect(messages('crime_reference,question,answer\n,risk_assessed,yes\nK/1,,yes\nK/1,bwv_used,\nK/1,bwv_used,no\n')).toEqual([
      'Row 2: crime_reference is empty',
      'Row 3: question is empty',
      'Row 4: answer is empty: give yes, partly, no or na, or leave the row out if the question is not answered',
      "Rows 4 and 5: the file 'K/1' is given question bwv_used more than once: keep one row for it",
    ]);
    // The rows without problems of their own are still given, to be checked against the files; their files are marked incomplete.
    expect(
      readAnswersList(bytes('crime_reference,question,answer\nK/1,risk_assessed,yes\nK/1,bwv_used,\nK/2,bwv_used,na\n')),
    ).toMatchObject({
      ok: false,
      rows: [
        { row: 2, crimeReference: 'K/1' },
        { row: 4, crimeReference: 'K/2' },
      ],
      incompleteFiles: new Set(['K/1']),
    });
    expect(readAnswersList(bytes('crime_reference,question,answer,extra\nK/1,risk_assessed,yes,x\n'))).toMatchObject({
      ok: false,
      rows: [],
    });
    expect(messages('crime_reference,question,answer\n')).toEqual(['The file has a header row but no rows of answers under it']);
  });

  it('says which rows in few words', () => {
    expect(describeRows([7])).toBe('Row 7');
    expect(describeRows([3, 2])).toBe('Rows 2 and 3');
    expect(describeRows([2, 3, 4, 5, 9, 12, 13])).toBe('Rows 2–5, 9, 12 and 13');
  });
});
