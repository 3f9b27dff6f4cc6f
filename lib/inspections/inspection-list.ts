import { listInspectionsWithProgress, type InspectionListRow } from '@/db/inspections';
import { decide, type Principal } from '@/lib/policy';
import { ok, refusedBy, type Result } from '@/lib/result';

export type { InspectionListRow };

/** The inspections someone may open: every one for admins and the command line, a lead's own for a lead. */
export async function listInspectionsFor(who: Principal): Promise<Result<InspectionListRow[]>> {
  const decision = decide(who, 'inspection.list', {});
  if (!decision.allowed) return refusedBy(decision);
  const all = who.kind === 'operator' || who.role === 'admin';
  return ok(await listInspectionsWithProgress(all ? undefined : who.id));
}
