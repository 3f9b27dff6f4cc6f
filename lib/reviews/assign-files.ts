import { assignFiles as assignInDb, getAssignee } from '@/db/assignments';
import type { Actor } from '@/db/audit';
import { getInspectionBySlug, getInspectionForce } from '@/db/inspections';
import type { AssignFilesInput } from '@/lib/validation/reviews';
import { runsInspection, type Viewer } from './access';

export type AssignOutcome = { ok: true; message: string } | { ok: false; field?: 'inspector' | 'files'; message: string };

/** A lead gives some of a force's sampled files to one inspector (or moves them to them). */
export async function assignFiles(
  viewer: Viewer,
  actor: Actor,
  scope: { slug: string; forceCode: string },
  input: AssignFilesInput,
): Promise<AssignOutcome> {
  const inspection = await getInspectionBySlug(scope.slug);
  if (!inspection || !runsInspection(viewer, inspection.leadIds))
    return { ok: false, message: 'Only a lead of this inspection can assign its files' };
  const force = await getInspectionForce(inspection.id, scope.forceCode);
  if (!force) return { ok: false, message: 'This force is not part of the inspection' };
  const assignee = await getAssignee(input.inspector);
  if (!assignee || assignee.role !== 'inspector' || assignee.disabled)
    return { ok: false, field: 'inspector', message: 'Select an inspector from the list' };
  const result = await assignInDb({ inspectionId: inspection.id, forceId: force.id, caseFileIds: input.files, assignee }, actor);
  if (!result.ok)
    return {
      ok: false,
      field: 'files',
      message: 'Some of the files chosen are not in this force’s sample. Reload the page and choose again.',
    };
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const message =
    result.assigned === 0
      ? `${files(result.unchanged)} already assigned to ${assignee.name}: nothing changed`
      : `${files(result.assigned)} assigned to ${assignee.name}${result.unchanged ? ` (${result.unchanged} already ${result.unchanged === 1 ? 'was' : 'were'})` : ''}`;
  return { ok: true, message };
}
