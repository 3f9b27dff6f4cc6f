import type { Writable } from 'node:stream';
import { recordAudit, type Actor } from '@/db/audit';
import { findingsFor } from '@/lib/findings/compute';
import { answersCsv, answersJson } from './answers-stream';
import { openExportSource, type ExportSource } from './export-source';
import { findingsCsv, findingsExportRows, findingsJson, type FindingsExportRow } from './findings-export';
import { writeWorkbook, type WorkbookResult } from './workbook';

export type FindingsFormat = 'csv' | 'json';
export type AnswersFormat = 'csv' | 'json' | 'xlsx';
/** Where an export was asked for, for the audit log. */
export type ExportChannel = 'web' | 'api' | 'cli';

interface Request {
  slug: string;
  provisional: boolean;
  actor: Actor;
  via: ExportChannel;
}

/** A file name that says what is in it, provisional included. */
export function exportFileName(slug: string, what: 'findings' | 'answers' | 'workbook', format: string, provisional: boolean): string {
  return `${slug}-${what}${provisional ? '-provisional' : ''}.${format}`;
}

export const CONTENT_TYPES: Record<AnswersFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function audit(request: Request, inspectionId: number, action: string, detail: Record<string, unknown>): Promise<void> {
  await recordAudit(request.actor, {
    action,
    entityType: 'inspection',
    entityId: inspectionId,
    inspectionId,
    detail: { ...detail, provisional: request.provisional, via: request.via },
  });
}

/** The findings (format 3) as CSV or JSON text; undefined when there is no such inspection. */
export async function exportFindings(
  request: Request & { format: FindingsFormat },
): Promise<{ body: string; rows: FindingsExportRow[] } | undefined> {
  const findings = await findingsFor(request.slug, { provisional: request.provisional });
  if (!findings) return undefined;
  const rows = findingsExportRows(findings);
  await audit(request, findings.inspection.id, 'findings.exported', { format: request.format });
  return { body: request.format === 'csv' ? findingsCsv(rows) : findingsJson(rows), rows };
}

/** An open export: the source stays open (one database snapshot) until `close`. */
export interface OpenAnswersExport {
  source: ExportSource;
  chunks: Generator<string>;
  close: () => void;
}

/** The answers as streamed CSV or JSON chunks, from one snapshot; undefined for no such inspection. */
export async function openAnswersExport(request: Request & { format: 'csv' | 'json' }): Promise<OpenAnswersExport | undefined> {
  const source = await openExportSource(request.slug, request.provisional);
  if (!source) return undefined;
  try {
    await audit(request, source.inspection.id, 'answers.exported', { format: request.format });
    const chunks = request.format === 'csv' ? await answersCsv(source) : await answersJson(source);
    return { source, chunks, close: source.close };
  } catch (error) {
    source.close();
    throw error;
  }
}

/**
 * The XLSX workbook, written to `output` from one snapshot. The export is logged when it starts
 * and again, with its content hash, when it is complete: the hash in a published workbook can be
 * found in the audit log.
 */
export async function openWorkbookExport(
  request: Request,
): Promise<{ source: ExportSource; write: (output: Writable) => Promise<WorkbookResult> } | undefined> {
  const source = await openExportSource(request.slug, request.provisional);
  if (!source) return undefined;
  await audit(request, source.inspection.id, 'answers.exported', { format: 'xlsx' });
  return {
    source,
    write: async (output) => {
      try {
        const result = await writeWorkbook(source, output, new Date());
        await audit(request, source.inspection.id, 'workbook.completed', { contentHash: result.contentHash, rows: result.rows });
        return result;
      } finally {
        source.close();
      }
    },
  };
}
