import { getInspectionSetup } from '@/db/inspection-setup';
import { getForceByCode, getForceInScope } from '@/db/samples';
import { FORCE_CODES, isForceCode } from '@/domain/forces';

/** One force of one inspection: where a sample is imported, drawn or changed. */
export interface SampleTarget {
  inspectionId: number;
  inspectionSlug: string;
  inspectionName: string;
  recordedFrom: string | null;
  recordedTo: string | null;
  force: { id: number; code: string; name: string };
  /** The size the inspection asks for: the force's own, or the inspection's default. */
  targetSize: number;
  targetIsDefault: boolean;
  /** False when the force is not yet in the inspection's scope (only the CLI may add it). */
  inScope: boolean;
}

export type TargetOutcome = { ok: true; target: SampleTarget } | { ok: false; message: string };

/** Finds an inspection's force by slug and code, with a plain reason when it cannot. */
export async function findSampleTarget(inspectionSlug: string, forceCode: string): Promise<TargetOutcome> {
  const inspection = await getInspectionSetup(inspectionSlug);
  if (!inspection) return { ok: false, message: `there is no inspection with the short name '${inspectionSlug}'` };
  if (!isForceCode(forceCode)) return { ok: false, message: `'${forceCode}' is not a force code; the codes are ${FORCE_CODES.join(', ')}` };
  const inScope = await getForceInScope(inspection.id, forceCode);
  const force = inScope ? { id: inScope.forceId, code: inScope.code, name: inScope.name } : await getForceByCode(forceCode);
  if (!force) return { ok: false, message: `the force '${forceCode}' is not set up in this database` };
  const own = inScope?.sampleSize ?? null;
  return {
    ok: true,
    target: {
      inspectionId: inspection.id,
      inspectionSlug: inspection.slug,
      inspectionName: inspection.name,
      recordedFrom: inspection.recordedFrom,
      recordedTo: inspection.recordedTo,
      force,
      targetSize: own ?? inspection.defaultSampleSize,
      targetIsDefault: own === null,
      inScope: Boolean(inScope),
    },
  };
}
