import { BOM, csvField, csvRow, type CsvValue } from './csv';
import type { AnswerTuple } from '@/db/exports';
import type { ExportSource } from './export-source';

const CHUNK = 1024 * 1024;

/** Strings gathered into chunks of about 64 KB: few enough writes, never much in memory. */
function* chunked(parts: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const part of parts) {
    buffer += part;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Makes the answers' CSV lines. A file's columns are quoted once for all its answers, and a
 * question's and an answer's once for the whole export: at national scale that is most of the work.
 */
export function answerCsvLines(source: ExportSource) {
  const questionPart = new Map<string, string>();
  const answerPart = new Map<string, string>();
  const provisional = source.provisional ? 'yes' : 'no';
  return {
    /** The file's columns, quoted and joined, for `line`. */
    prefix: (file: readonly CsvValue[]) => csvRow(file).slice(0, -2),
    line: (prefix: string, tuple: AnswerTuple): string => {
      const [code, answer, note, answeredBy] = tuple;
      let question = questionPart.get(code);
      // An option's label belongs to its question's scale: two scales may share a code.
      const answerKey = `${code}\u0000${answer}`;
      let given = answerPart.get(answerKey);
      if (question === undefined || given === undefined) {
        const values = source.answerValues(tuple);
        question = csvRow(values.slice(0, 3)).slice(0, -2);
        given = csvRow(values.slice(3, 5)).slice(0, -2);
        questionPart.set(code, question);
        answerPart.set(answerKey, given);
      }
      return `${prefix},${question},${given},${csvField(note)},${provisional},${csvField(answeredBy)}\r\n`;
    },
  };
}

/** The answers as CSV (BOM, header, one row per answer), chunk by chunk as they are read. */
export async function answersCsv(source: ExportSource): Promise<Generator<string>> {
  const groups = await source.answerGroups();
  const lines = answerCsvLines(source);
  return chunked(
    (function* () {
      yield BOM + csvRow(source.answerColumns);
      for (const group of groups) {
        const prefix = lines.prefix(group.file);
        for (const tuple of group.answers) yield lines.line(prefix, tuple);
      }
    })(),
  );
}

function answerObject(columns: readonly string[], row: readonly CsvValue[]): Record<string, CsvValue> {
  const out: Record<string, CsvValue> = {};
  columns.forEach((column, i) => {
    const value = row[i];
    out[column] = value === undefined || value === '' ? null : value;
  });
  return out;
}

/** The answers as a JSON array of objects keyed like the CSV's columns, streamed. */
export async function answersJson(source: ExportSource): Promise<Generator<string>> {
  const rows = await source.answerRows();
  return chunked(
    (function* () {
      yield '[';
      let first = true;
      for (const row of rows) {
        yield `${first ? '\n' : ',\n'}${JSON.stringify(answerObject(source.answerColumns, row))}`;
        first = false;
      }
      yield '\n]\n';
    })(),
  );
}
