import { getInspectionBySlug, listForceProgress, type ForceProgressRow } from '@/db/inspections';
import { runsInspection, type Viewer } from '@/lib/reviews/access';
import type { PageLoad } from '@/lib/result';

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
export async function getInspectionOverview(viewer: Viewer, slug: string): Promise<PageLoad<InspectionOverview>> {
  const inspection = await getInspectionBySlug(slug);
  if (!inspection) return { kind: 'not-found' };
  if (!runsInspection(viewer, inspection.leadIds)) return { kind: 'forbidden' };
  const forces = await listForceProgress(inspection.id);
  return {
    kind: 'ok',
    data: {
      slug: inspection.slug,
      name: inspection.name,
      fieldworkStart: inspection.fieldworkStart,
      fieldworkEnd: inspection.fieldworkEnd,
      forces,
      totals: { sampled: forces.reduce((n, f) => n + f.sampled, 0), submitted: forces.reduce((n, f) => n + f.submitted, 0) },
    },
  };
}
