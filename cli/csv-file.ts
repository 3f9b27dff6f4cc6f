import fs from 'node:fs';
import type { ProblemReport } from '@/lib/csv/problems';
import { CSV_LIMITS, describeBytes } from '@/lib/csv/read-csv';
import { UsageError, type ParsedArgs } from './args';
import { CommandError } from './io';

/** The one file a command reads, named as its only positional argument. */
export function onePath(args: ParsedArgs, what: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`give exactly one ${what} file`);
  return args.positionals[0] ?? '';
}

/** The file's bytes, refusing a file too big to read before reading it. */
export function readCsvFile(path: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    throw new CommandError(`cannot read ${path}: there is no such file`);
  }
  if (!stat.isFile()) throw new CommandError(`cannot read ${path}: it is not a file`);
  if (stat.size > CSV_LIMITS.maxBytes) throw new CommandError(`${path} must be smaller than ${describeBytes(CSV_LIMITS.maxBytes)}`);
  return fs.readFileSync(path);
}

/** Every problem on one line, as the contract asks of a failure. */
export function problemsLine(path: string, report: ProblemReport, outcome: string): string {
  const listed = report.problems.map((p) => p.message.replace(/\s+/g, ' ')).join('; ');
  const more = report.total > report.problems.length ? `; and ${report.total - report.problems.length} more` : '';
  const count = report.total === 1 ? '1 problem' : `${report.total} problems`;
  return `${outcome}: ${path} has ${count}: ${listed}${more}`;
}
