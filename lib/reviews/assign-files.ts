import { assignFiles as assignInDb, getAssignee } from '@/db/assignments';
import { getInspectionBySlug, getInspectionForce } from '@/db/inspections';
import type { AssignFilesInput } from '@/lib/validation/reviews';
import { decide, type Principal } from '@/lib/policy';
import { fieldError, notFound, ok, refusedBy, type Result } from '@/lib/result';

/** A lead gives some of a force's sampled files to one inspector (or moves them to them); the value says what happened. */
export async function assignFiles(
  who: Principal,
  scope: { slug: string; forceCode: string },
  input: AssignFilesInput,
): Promise<Result<string>> {
  const inspection = await getInspectionBySlug(scope.slug);
  if (!inspection) return notFound('That inspection does not exist');
  const decision = decide(who, 'files.assign', { leadIds: inspection.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  const force = await getInspectionForce(inspection.id, scope.forceCode);
  if (!force) return notFound('This force is not part of the inspection');
  const assignee = await getAssignee(input.inspector);
  if (!assignee || assignee.role !== 'inspector' || assignee.disabled) return fieldError('inspector', 'Select an inspector from the list');
  const result = await assignInDb({ inspectionId: inspection.id, forceId: force.id, caseFileIds: input.files, assignee }, who);
  if (!result.ok) return fieldError('files', 'Some of the files chosen are not in this force’s sample. Reload the page and choose again.');
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const message =
    result.assigned === 0
      ? `${files(result.unchanged)} already assigned to ${assignee.name}: nothing changed`
      : `${files(result.assigned)} assigned to ${assignee.name}${result.unchanged ? ` (${result.unchanged} already ${result.unchanged === 1 ? 'was' : 'were'})` : ''}`;
  return ok(message);
}
