import 'server-only';
import type { ProblemReport } from '@/lib/csv/problems';
import { CSV_LIMITS, describeBytes } from '@/lib/csv/read-csv';
import type { UploadState } from './csv-upload-state';

export type Upload = { ok: true; bytes: Uint8Array; name: string } | { ok: false; message: string };

/** The uploaded file, or why it cannot be read (GOV.UK's file upload messages). */
export async function uploadedCsv(formData: FormData, field: string): Promise<Upload> {
  const value = formData.get(field);
  if (!(value instanceof File) || (value.size === 0 && value.name === '')) return { ok: false, message: 'Select a CSV file' };
  if (!/\.csv$/i.test(value.name) && value.type !== 'text/csv') return { ok: false, message: 'The selected file must be a CSV' };
  if (value.size > CSV_LIMITS.maxBytes)
    return { ok: false, message: `The selected file must be smaller than ${describeBytes(CSV_LIMITS.maxBytes)}` };
  return { ok: true, bytes: new Uint8Array(await value.arrayBuffer()), name: value.name };
}

/** One problem is the message; several are summed up, and listed beneath the upload. */
export function fileErrors(field: string, report: ProblemReport, outcome: string, values: Record<string, string>): UploadState {
  const only = report.total === 1 ? report.problems[0] : undefined;
  if (only && only.rows.length === 0) return { ok: false, fieldErrors: { [field]: only.message }, problems: [], total: 0, values };
  const count = report.total === 1 ? 'a problem' : `${report.total.toLocaleString('en-GB')} problems`;
  return {
    ok: false,
    fieldErrors: {
      [field]: `The selected file has ${count}, so ${outcome}. Fix ${report.total === 1 ? 'it' : 'them'} and upload the file again`,
    },
    problems: report.problems.map((p) => p.message),
    total: report.total,
    values,
  };
}
