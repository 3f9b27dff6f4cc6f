import type { Findings } from '@/lib/findings/compute';
import { formatOneDecimal, percentOneDecimal } from '@/lib/stats/rounding';
import { BOM, csvRow } from './csv';

/** Format 3 of CONTRACTS.md, column for column. */
export const FINDINGS_COLUMNS = [
  'inspection',
  'force_code',
  'question',
  'theme',
  'met',
  'partly',
  'not_met',
  'relevant',
  'not_applicable',
  'unanswered',
  'percent',
  'ci_low',
  'ci_high',
  'provisional',
] as const;

export interface FindingsExportRow {
  inspection: string;
  force_code: string;
  question: string;
  theme: string;
  met: number;
  partly: number;
  not_met: number;
  relevant: number;
  not_applicable: number;
  unanswered: number;
  percent: number | null;
  ci_low: number | null;
  ci_high: number | null;
  provisional: 'yes' | 'no';
}

/** One row per scope and question: each force of the inspection in order, then `all`. */
export function findingsExportRows(findings: Findings): FindingsExportRow[] {
  return findings.scopes.flatMap((scope) =>
    scope.questions.map((q) => ({
      inspection: findings.inspection.slug,
      force_code: scope.key,
      question: q.code,
      theme: q.theme,
      met: q.counts.met,
      partly: q.counts.partly,
      not_met: q.counts.notMet,
      relevant: q.relevant,
      not_applicable: q.counts.notApplicable,
      unanswered: q.counts.unanswered,
      percent: q.percent,
      ci_low: q.interval ? percentOneDecimal(q.interval.low) : null,
      ci_high: q.interval ? percentOneDecimal(q.interval.high) : null,
      provisional: findings.provisional ? 'yes' : 'no',
    })),
  );
}

/** The values of a row in column order, percentages written with exactly one decimal place. */
export function findingsRowValues(row: FindingsExportRow): (string | number)[] {
  return FINDINGS_COLUMNS.map((column) => {
    if (column === 'percent' || column === 'ci_low' || column === 'ci_high') return formatOneDecimal(row[column]);
    return row[column];
  });
}

export function findingsCsv(rows: readonly FindingsExportRow[]): string {
  return BOM + csvRow(FINDINGS_COLUMNS) + rows.map((r) => csvRow(findingsRowValues(r))).join('');
}

/** JSON: an array of objects with the CSV's keys, numbers as numbers, empty as null. */
export function findingsJson(rows: readonly FindingsExportRow[]): string {
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
