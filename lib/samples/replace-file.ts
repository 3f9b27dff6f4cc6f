import type { Actor } from '@/db/audit';
import { replaceWithNextReserve } from '@/db/sample-changes';
import { getSampleFileRow, getLatestDraw } from '@/db/samples';
import { crimeTypeLabel } from '@/domain/codes';
import type { ReplaceFileInput } from '@/lib/validation/samples';
import type { SampleTarget } from './target';

export type ReplaceOutcome =
  { ok: true; replaced: string; replacement: string; reservePosition: number | null } | { ok: false; message: string };

/**
 * Takes a sampled file out of the sample (unavailable or out of scope, with a note) and brings in the
 * next reserve file of the same crime type. The replaced file is kept with its reviews and history;
 * only the current sample counts in findings.
 */
export async function replaceSampledFile(
  target: SampleTarget,
  caseFileId: number,
  input: ReplaceFileInput,
  actor: Actor,
): Promise<ReplaceOutcome> {
  const file = await getSampleFileRow(caseFileId);
  if (!file || file.inspectionId !== target.inspectionId || file.forceId !== target.force.id)
    return { ok: false, message: `That file is not in ${target.force.name}’s sample` };
  const result = await replaceWithNextReserve(file.id, input.reason, input.note, actor, target.force.code);
  if (result.ok)
    return {
      ok: true,
      replaced: result.replaced.crimeReference,
      replacement: result.replacement.crimeReference,
      reservePosition: result.replacement.reservePosition,
    };
  switch (result.reason) {
    case 'not-found':
      return { ok: false, message: `That file is not in ${target.force.name}’s sample` };
    case 'not-sampled':
      return { ok: false, message: `${file.crimeReference} is not in the sample now, so it cannot be replaced` };
    case 'no-reserves': {
      const drawn = await getLatestDraw(target.inspectionId, target.force.id);
      const why = drawn ? '' : ' This sample was imported from a file, so it has no reserve list.';
      return {
        ok: false,
        message: `There are no reserve files of ${crimeTypeLabel(file.crimeType).toLowerCase()} left for ${target.force.name}, so ${file.crimeReference} has not been replaced.${why}`,
      };
    }
  }
}
