import { replaceWithNextReserve } from '@/db/sample-changes';
import { getSampleFileRow, getLatestDraw } from '@/db/samples';
import type { ReplaceFileInput } from '@/lib/validation/samples';
import type { Principal } from '@/lib/policy';
import { formError, ok, refusedBy, type Result } from '@/lib/result';
import { mayChangeSample, type SampleTarget } from './target';

export interface FileReplaced {
  replaced: string;
  replacement: string;
  reservePosition: number | null;
}

/**
 * Takes a sampled file out of the sample (unavailable or out of scope, with a note) and brings in the
 * next reserve file of the same crime type. The replaced file is kept with its reviews and history;
 * only the current sample counts in findings.
 */
export async function replaceSampledFile(
  who: Principal,
  target: SampleTarget,
  caseFileId: number,
  input: ReplaceFileInput,
): Promise<Result<FileReplaced>> {
  const decision = mayChangeSample(who, target);
  if (!decision.allowed) return refusedBy(decision);
  const file = await getSampleFileRow(caseFileId);
  if (!file || file.inspectionId !== target.inspectionId || file.forceId !== target.force.id)
    return formError(`That file is not in ${target.force.name}’s sample`);
  const result = await replaceWithNextReserve(file.id, input.reason, input.note, who, target.force.code);
  if (result.ok)
    return ok({
      replaced: result.replaced.crimeReference,
      replacement: result.replacement.crimeReference,
      reservePosition: result.replacement.reservePosition,
    });
  switch (result.reason) {
    case 'not-found':
      return formError(`That file is not in ${target.force.name}’s sample`);
    case 'not-sampled':
      return formError(`${file.crimeReference} is not in the sample now, so it cannot be replaced`);
    case 'no-reserves': {
      const drawn = await getLatestDraw(target.inspectionId, target.force.id);
      const why = drawn ? '' : ' This sample was imported from a file, so it has no reserve list.';
      return formError(
        `There are no reserve files of ${(target.template.crimeTypes.find((c) => c.code === file.crimeType)?.label ?? file.crimeType).toLowerCase()} left for ${target.force.name}, so ${file.crimeReference} has not been replaced.${why}`,
      );
    }
  }
}
