import { getInspectionSetup } from '@/db/inspection-setup';
import { getForceByCode, getForceInScope } from '@/db/samples';
import { FORCE_CODES, isForceCode } from '@/domain/forces';
import { decide, type Principal } from '@/lib/policy';
import { formError, notFound, ok, refusedBy, type Result } from '@/lib/result';
import { loadTemplate } from '@/lib/templates/load';
import type { TemplateDefinition } from '@/lib/templates/template-file';

/** One force of one inspection: where a sample is imported, drawn or changed. */
export interface SampleTarget {
  inspectionId: number;
  inspectionSlug: string;
  inspectionName: string;
  /** Who leads the inspection: what the access policy decides by. */
  leadIds: readonly number[];
  recordedFrom: string | null;
  recordedTo: string | null;
  /** The inspection's template version: the crime types and flags its case-file lists carry. */
  template: TemplateDefinition;
  force: { id: number; code: string; name: string };
  /** The size the inspection asks for: the force's own, or the inspection's default. */
  targetSize: number;
  targetIsDefault: boolean;
  /** False when the force is not yet in the inspection's scope (only the CLI may add it). */
  inScope: boolean;
}

/**
 * Finds an inspection's force by slug and code for someone who may see or change its sample, with a
 * plain reason when it cannot.
 */
export async function findSampleTarget(
  who: Principal,
  inspectionSlug: string,
  forceCode: string,
  action: 'inspection.manage' | 'sample.change' = 'sample.change',
): Promise<Result<SampleTarget>> {
  const inspection = await getInspectionSetup(inspectionSlug);
  if (!inspection) return notFound(`there is no inspection with the short name '${inspectionSlug}'`);
  const decision = decide(who, action, { leadIds: inspection.leads.map((l) => l.id) });
  if (!decision.allowed) return refusedBy(decision);
  if (!isForceCode(forceCode)) return notFound(`'${forceCode}' is not a force code; the codes are ${FORCE_CODES.join(', ')}`);
  const inScope = await getForceInScope(inspection.id, forceCode);
  const force = inScope ? { id: inScope.forceId, code: inScope.code, name: inScope.name } : await getForceByCode(forceCode);
  if (!force) return formError(`the force '${forceCode}' is not set up in this database`);
  const own = inScope?.sampleSize ?? null;
  return ok({
    inspectionId: inspection.id,
    inspectionSlug: inspection.slug,
    inspectionName: inspection.name,
    leadIds: inspection.leads.map((l) => l.id),
    recordedFrom: inspection.recordedFrom,
    recordedTo: inspection.recordedTo,
    template: await loadTemplate(inspection.templateId),
    force,
    targetSize: own ?? inspection.defaultSampleSize,
    targetIsDefault: own === null,
    inScope: Boolean(inScope),
  });
}

/**
 * A force already in the inspection's scope, for the web pages and forms that change its sample
 * (only the command line may add a force by importing or drawing a sample for it).
 */
export async function findScopedTarget(who: Principal, inspectionSlug: string, forceCode: string): Promise<Result<SampleTarget>> {
  const found = await findSampleTarget(who, inspectionSlug, forceCode);
  if (found.ok && !found.value.inScope) return notFound(`${found.value.force.name} is not one of this inspection’s forces`);
  return found;
}

/** Checks again, inside a use-case, that this person may change the sample of the target. */
export function mayChangeSample(who: Principal, target: SampleTarget) {
  return decide(who, 'sample.change', { leadIds: target.leadIds });
}
