import { getSampleFileRow, getFileWork, getLatestDraw, getNextReserve } from '@/db/samples';
import { outcomeLabel } from '@/domain/codes';
import type { Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';
import { mayChangeSample, type SampleTarget } from './target';

export interface ReplacePreview {
  file: { id: number; crimeReference: string; crimeType: string; recordedOn: string; outcome: string };
  /** The reserve that would take its place; null when none is left. */
  next: { crimeReference: string; position: number | null } | null;
  /** Why the file cannot be replaced, when it cannot. */
  blocked: string | null;
  /** What replacing it takes out of the work: its review, and who has it. */
  work: { assignee: string | null; reviewStatus: string | null; reviewer: string | null };
}

/** What replacing a file would do, for the page that asks why. */
export async function previewReplacement(who: Principal, target: SampleTarget, caseFileId: number): Promise<Result<ReplacePreview>> {
  const decision = mayChangeSample(who, target);
  if (!decision.allowed) return refusedBy(decision);
  const file = await getSampleFileRow(caseFileId);
  if (!file || file.inspectionId !== target.inspectionId || file.forceId !== target.force.id)
    return notFound(`That file is not in ${target.force.name}’s sample`);
  const next = await getNextReserve(target.inspectionId, target.force.id, file.crimeType);
  const type = target.template.crimeTypes.find((c) => c.code === file.crimeType)?.label ?? file.crimeType;
  let blocked: string | null = null;
  if (file.sampleStatus !== 'sampled') blocked = `${file.crimeReference} is not in the sample now, so it cannot be replaced.`;
  else if (!next) {
    const drawn = await getLatestDraw(target.inspectionId, target.force.id);
    blocked = `There are no reserve files of ${type.toLowerCase()} left for ${target.force.name}, so ${file.crimeReference} cannot be replaced.${drawn ? '' : ' This sample was imported from a file, so it has no reserve list.'}`;
  }
  return ok({
    file: {
      id: file.id,
      crimeReference: file.crimeReference,
      crimeType: type,
      recordedOn: file.recordedOn,
      outcome: outcomeLabel(file.outcome),
    },
    next: next ? { crimeReference: next.crimeReference, position: next.reservePosition } : null,
    blocked,
    work: await getFileWork(file.id),
  });
}
