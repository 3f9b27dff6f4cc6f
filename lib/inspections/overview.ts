import { getInspectionBySlug, listForceProgress, type ForceProgressRow } from '@/db/inspections';
import { decide, type Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';

export type { ForceProgressRow };

export interface InspectionOverview {
  slug: string;
  name: string;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  forces: ForceProgressRow[];
  totals: { sampled: number; submitted: number };
}

/** An inspection's forces and how far each has got: for its leads and admins only. */
export async function getInspectionOverview(who: Principal, slug: string): Promise<Result<InspectionOverview>> {
  const inspection = await getInspectionBySlug(slug);
  if (!inspection) return notFound('That inspection does not exist');
  const decision = decide(who, 'inspection.manage', { leadIds: inspection.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  const forces = await listForceProgress(inspection.id);
  return ok({
    slug: inspection.slug,
    name: inspection.name,
    fieldworkStart: inspection.fieldworkStart,
    fieldworkEnd: inspection.fieldworkEnd,
    forces,
    totals: { sampled: forces.reduce((n, f) => n + f.sampled, 0), submitted: forces.reduce((n, f) => n + f.submitted, 0) },
  });
}
