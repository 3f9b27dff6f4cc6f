import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvField, csvRow, type CsvValue } from './csv';
import { QUESTION_COLUMNS, type ExportSource } from './export-source';
import { FINDINGS_COLUMNS, findingsExportRows } from './findings-export';
import { cellTail, cellsTemplate, columnLetters, startSheet, whenGone, writeSheet } from './xlsx-sheet';

export interface WorkbookResult {
  /** SHA-256 (hex) of the data, as CONTENT_HASH_METHOD says. */
  contentHash: string;
  rows: { findings: number; answers: number; files: number; questions: number };
}

export const CONTENT_HASH_METHOD =
  'SHA-256 of UTF-8 text made from the Findings, Answers, Files and Questions sheets in that order: for each, its name on a line, its ' +
  'header, then its rows, as CSV (RFC 4180, CRLF line ends, numbers as they stand in the sheet, empty cells empty). For Answers, each ' +
  "file's columns (inspection to submitted_at) are one line, followed by one line per answer of its question, answer and note: the " +
  'other columns follow from these and the Questions sheet. This sheet and the time generated are left out, so the same data always ' +
  'gives the same hash, and any change to a count, an answer, a note, a file or a question changes it.';

/** The content hash, fed in large pieces (hashing row by row costs more than writing the rows). */
class ContentHash {
  private hash = crypto.createHash('sha256');
  private pending = '';
  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 20) this.flush();
  }
  sheet(name: string, columns: readonly string[]): void {
    this.add(`${name}\r\n${csvRow(columns)}`);
  }
  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }
  private flush(): void {
    this.hash.update(this.pending, 'utf8');
    this.pending = '';
  }
}

async function writeAnswersSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  output: Writable,
  source: ExportSource,
  hash: ContentHash,
): Promise<number> {
  const columns = source.answerColumns;
  const filePart = source.filePart;
  hash.sheet('Answers', columns);
  const { sheet, fast } = await startSheet(workbook, output, 'Answers', columns, [24, 14, 28, 16, 16, 28, 12, 8, 40]);
  const letters = columnLetters(columns.length);
  const provisional = cellTail(source.provisional ? 'yes' : 'no', fast.strings);
  const noteLetter = letters[filePart + 5] ?? '';
  const provisionalLetter = letters[filePart + 6] ?? '';
  const answeredByLetter = letters[filePart + 7] ?? '';
  // Question and answer cells repeat: their templates are worked out once per question and answer.
  const partTemplates = new Map<string, string[]>();
  let rowNumber = 1;
  let xml = '';
  for (const group of await source.answerGroups()) {
    const fileTemplate = cellsTemplate(
      group.file.map((v) => cellTail(v, fast.strings)),
      letters,
    );
    hash.add(csvRow(group.file));
    for (const tuple of group.answers) {
      rowNumber += 1;
      const [code, answer, note, answeredBy] = tuple;
      const key = `${code}\u0000${answer}`;
      let answerTemplate = partTemplates.get(key);
      if (!answerTemplate) {
        answerTemplate = cellsTemplate(
          source
            .answerValues(tuple)
            .slice(0, 5)
            .map((v) => cellTail(v, fast.strings)),
          letters,
          filePart,
        );
        partTemplates.set(key, answerTemplate);
      }
      const n = String(rowNumber);
      const noteCell = note ? `<c r="${noteLetter}${n}"${cellTail(note, fast.strings)}` : '';
      const byCell = `<c r="${answeredByLetter}${n}"${cellTail(answeredBy, fast.strings)}`;
      xml += `<row r="${n}">${fileTemplate.join(n)}${answerTemplate.join(n)}${noteCell}<c r="${provisionalLetter}${n}"${provisional}${byCell}</row>`;
      hash.add(`${code},${answer},${csvField(note)},${csvField(answeredBy)}\r\n`);
    }
    if (xml.length >= 1 << 20) {
      await fast.writeRaw(xml);
      xml = '';
    }
  }
  if (xml) await fast.writeRaw(xml);
  sheet.commit();
  return rowNumber - 1;
}

/**
 * The XLSX workbook: Findings (format 3), Answers (one row per answer), Files, Questions (the data
 * dictionary) and About (inspection, template version, time generated, provisional or not, and a
 * content hash that ties a published figure to the exact data behind it). Streamed: rows go out
 * as they are read.
 */
export async function writeWorkbook(source: ExportSource, output: Writable, generatedAt: Date): Promise<WorkbookResult> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: true,
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Review case files';
  workbook.created = generatedAt;
  const hash = new ContentHash();
  const plainSheet = async (name: string, columns: readonly string[], rows: Iterable<readonly CsvValue[]>, widths: readonly number[]) => {
    hash.sheet(name, columns);
    const hashed = (function* () {
      for (const row of rows) {
        hash.add(csvRow(row));
        yield row;
      }
    })();
    return writeSheet(workbook, output, { name, columns, rows: hashed, widths });
  };

  const findings = findingsExportRows(await source.findings()).map((row) => FINDINGS_COLUMNS.map((c) => row[c]));
  const rows = {
    findings: await plainSheet('Findings', FINDINGS_COLUMNS, findings, [24, 18, 26, 26]),
    answers: await writeAnswersSheet(workbook, output, source, hash),
    files: await plainSheet('Files', source.fileColumns, await source.fileRows(), [24, 14, 28, 16, 16, 28, 12, 8, 40]),
    questions: await plainSheet('Questions', QUESTION_COLUMNS, source.questionRows(), [10, 26, 26, 60, 12, 32, 50, 50, 50, 60, 50, 8]),
  };
  const contentHash = hash.digest();

  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 26 }, { width: 100 }];
  const lines: [string, string | number][] = [
    ['Inspection', source.inspection.name],
    ['Inspection code', source.inspection.slug],
    ['Criteria template', `${source.inspection.templateName} (${source.inspection.templateSlug})`],
    ['Template version', source.inspection.templateVersion],
    ['Generated at (UTC)', generatedAt.toISOString()],
    [
      'Provisional',
      source.provisional
        ? 'Yes: draft and returned reviews are included. Do not publish these figures.'
        : 'No: only submitted reviews are counted.',
    ],
    ['Content hash', contentHash],
    ['How the hash is made', CONTENT_HASH_METHOD],
    ['Forces', source.forces.length],
    ['Files in the sample', rows.files],
    ['Answers', rows.answers],
    [
      'How findings are read',
      'Met = answered yes. Relevant = met + partly + not met. Not applicable = the question did not apply to the file, or was answered not applicable. ' +
        'Unanswered = files in the sample with no counted answer. Percent = 100 × met ÷ relevant; ci_low and ci_high are the Wilson 95% interval.',
    ],
  ];
  for (const line of lines) about.addRow(line).commit();
  about.commit();
  // exceljs waits for the output to finish, which a reader who has gone will never let it do.
  const gone = whenGone(output);
  gone.catch(() => undefined);
  await Promise.race([workbook.commit(), gone]);
  return { contentHash, rows };
}
