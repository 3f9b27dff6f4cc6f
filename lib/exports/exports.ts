import type { Writable } from 'node:stream';
import { recordAudit } from '@/db/audit';
import { openFindings } from '@/lib/findings/access';
import type { Principal } from '@/lib/policy';
import { notFound, ok, type Result } from '@/lib/result';
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
  via: ExportChannel;
}

const NO_INSPECTION = 'There is no inspection with that code';

/** A file name that says what is in it, provisional included. */
export function exportFileName(slug: string, what: 'findings' | 'answers' | 'workbook', format: string, provisional: boolean): string {
  return `${slug}-${what}${provisional ? '-provisional' : ''}.${format}`;
}

export const CONTENT_TYPES: Record<AnswersFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function audit(who: Principal, request: Request, inspectionId: number, action: string, detail: Record<string, unknown>) {
  await recordAudit(who, {
    action,
    entityType: 'inspection',
    entityId: inspectionId,
    inspectionId,
    detail: { ...detail, provisional: request.provisional, via: request.via },
  });
}

/** The findings (format 3) as CSV or JSON text, for someone who may read them. */
export async function exportFindings(
  who: Principal,
  request: Request & { format: FindingsFormat },
): Promise<Result<{ body: string; rows: FindingsExportRow[] }>> {
  const scope = await openFindings(who, request.slug);
  if (!scope.ok) return scope;
  const findings = await scope.value.findings({ provisional: request.provisional });
  const rows = findingsExportRows(findings);
  await audit(who, request, findings.inspection.id, 'findings.exported', { format: request.format });
  return ok({ body: request.format === 'csv' ? findingsCsv(rows) : findingsJson(rows), rows });
}

/** An open export: the source stays open (one database snapshot) until `close`. */
export interface OpenAnswersExport {
  source: ExportSource;
  chunks: Generator<string>;
  close: () => void;
}

/** The answers as streamed CSV or JSON chunks, from one snapshot, for someone who may read them. */
export async function openAnswersExport(who: Principal, request: Request & { format: 'csv' | 'json' }): Promise<Result<OpenAnswersExport>> {
  const scope = await openFindings(who, request.slug);
  if (!scope.ok) return scope;
  const source = await openExportSource(request.slug, request.provisional);
  if (!source) return notFound(NO_INSPECTION);
  try {
    await audit(who, request, source.inspection.id, 'answers.exported', { format: request.format });
    const chunks = request.format === 'csv' ? await answersCsv(source) : await answersJson(source);
    return ok({ source, chunks, close: source.close });
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
  who: Principal,
  request: Request,
): Promise<Result<{ source: ExportSource; write: (output: Writable) => Promise<WorkbookResult> }>> {
  const scope = await openFindings(who, request.slug);
  if (!scope.ok) return scope;
  const source = await openExportSource(request.slug, request.provisional);
  if (!source) return notFound(NO_INSPECTION);
  await audit(who, request, source.inspection.id, 'answers.exported', { format: 'xlsx' });
  return ok({
    source,
    write: async (output) => {
      try {
        const result = await writeWorkbook(source, output, new Date());
        await audit(who, request, source.inspection.id, 'workbook.completed', { contentHash: result.contentHash, rows: result.rows });
        return result;
      } finally {
        source.close();
      }
    },
  });
}
