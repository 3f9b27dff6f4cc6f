import { insertImportedSample } from '@/db/sample-changes';
import { getLatestDraw, listSampleFiles } from '@/db/samples';
import type { CaseFile } from '@/db/schema';
import { caseFileFacts, readCaseFileList, type CaseFileRow } from '@/lib/csv/case-file-list';
import { fileProblem, reportProblems, type ProblemReport } from '@/lib/csv/problems';
import { sha256Hex } from '@/lib/random-sampling/draw';
import type { Principal } from '@/lib/policy';
import { fileProblems, ok, refusedBy, type Result } from '@/lib/result';
import { mayChangeSample, type SampleTarget } from './target';

export interface SampleImported {
  status: 'imported' | 'unchanged';
  files: number;
  targetSize: number;
  forceAdded: boolean;
}

/** The upload field of the sample import page: problems in the file are reported against it. */
export const SAMPLE_FILE_FIELD = 'sampleFile';

const report = (problems: ProblemReport) => fileProblems(SAMPLE_FILE_FIELD, problems, 'nothing was imported');

function sameFacts(row: CaseFileRow, file: CaseFile): boolean {
  return (
    row.crimeType === file.crimeType &&
    row.recordedOn === file.recordedOn &&
    row.outcome === file.outcome &&
    row.flags.join(',') === file.flags.join(',')
  );
}

function refuse(message: string) {
  return report(reportProblems([fileProblem(message)]));
}

/** "3 files", "1 file". */
export function files(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'file' : 'files'}`;
}

/**
 * Imports a force's sample from a case-file list (format 1). Every row is checked first; any
 * problem and nothing is written. The same file again changes nothing. A force that already has a
 * different sample keeps it: a sample is never silently replaced.
 */
export async function importSample(
  who: Principal,
  target: SampleTarget,
  bytes: Uint8Array,
  options: { fileName?: string; addForce?: boolean } = {},
): Promise<Result<SampleImported>> {
  const decision = mayChangeSample(who, target);
  if (!decision.allowed) return refusedBy(decision);
  if (!target.inScope && !options.addForce) return refuse(`${target.force.name} is not one of this inspection’s forces`);
  const list = readCaseFileList(bytes, { template: target.template, recordedFrom: target.recordedFrom, recordedTo: target.recordedTo });
  if (!list.ok) return report(reportProblems(list.problems));

  if (await getLatestDraw(target.inspectionId, target.force.id))
    return refuse(
      `${target.force.name}’s sample was drawn from a population file, so a sample file cannot be imported for it. Nothing was imported`,
    );
  const existing = await listSampleFiles(target.inspectionId, target.force.id);
  if (existing.length > 0) {
    const byReference = new Map(existing.map((f) => [f.crimeReference, f]));
    const same =
      list.rows.length === existing.length &&
      list.rows.every((r) => {
        const file = byReference.get(r.crimeReference);
        return file !== undefined && sameFacts(r, file);
      });
    if (same) return ok({ status: 'unchanged' as const, files: existing.length, targetSize: target.targetSize, forceAdded: false });
    const added = list.rows.filter((r) => !byReference.has(r.crimeReference)).length;
    const changed = list.rows.filter((r) => {
      const file = byReference.get(r.crimeReference);
      return file !== undefined && !sameFacts(r, file);
    }).length;
    const missing = existing.length - (list.rows.length - added);
    const differences = [
      added ? `${files(added)} not in it` : '',
      changed ? `${files(changed)} with different details` : '',
      missing ? `${files(missing)} of it missing` : '',
    ].filter(Boolean);
    return refuse(
      `${target.force.name} already has a sample of ${files(existing.length)}, and this file differs from it (${differences.join(', ')}). Nothing was imported`,
    );
  }

  const write = await insertImportedSample(
    target.inspectionId,
    target.force,
    list.rows.map((r) => ({ ...caseFileFacts(r), sampleStatus: 'sampled' as const })),
    who,
    { force: target.force.code, files: list.rows.length, fileName: options.fileName ?? null, fileHash: sha256Hex(bytes) },
    { addForce: options.addForce },
  );
  if (!write.ok) return refuse(`${target.force.name} has just been given a sample by someone else. Nothing was imported`);
  return ok({ status: 'imported' as const, files: list.rows.length, targetSize: target.targetSize, forceAdded: write.forceAdded });
}
