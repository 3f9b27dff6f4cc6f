import { listAssignableInspectors, type Assignee } from '@/db/assignments';
import { getInspectionBySlug, getInspectionForce } from '@/db/inspections';
import { decide, type Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';

export interface AnswersImportPage {
  inspection: { slug: string; name: string };
  force: { code: string; name: string };
  /** Whose answers a spreadsheet can be: inspectors whose accounts are in use. */
  inspectors: Assignee[];
}

/** The "import answers" page of a force: for the inspection's leads and admins only. */
export async function getAnswersImportPage(who: Principal, slug: string, forceCode: string): Promise<Result<AnswersImportPage>> {
  const inspection = await getInspectionBySlug(slug);
  if (!inspection) return notFound('That inspection does not exist');
  const decision = decide(who, 'answers.import', { leadIds: inspection.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  const force = await getInspectionForce(inspection.id, forceCode);
  if (!force) return notFound('That force is not part of the inspection');
  return ok({
    inspection: { slug: inspection.slug, name: inspection.name },
    force: { code: force.code, name: force.name },
    inspectors: await listAssignableInspectors(),
  });
}

/** What the force's page says after an import, from the counts the import passes it. */
export function importedBanner(counts: { files: number; changed: number; submitted: number }): string {
  const files = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'file' : 'files'}`;
  if (counts.changed === 0 && counts.submitted === 0)
    return counts.files === 1
      ? 'Nothing changed: the review of this file already had exactly these answers.'
      : `Nothing changed: the reviews of these ${files(counts.files)} already had exactly these answers.`;
  const submitted = counts.submitted
    ? `; ${counts.submitted.toLocaleString('en-GB')} ${counts.submitted === 1 ? 'review' : 'reviews'} submitted`
    : '';
  return `Answers imported for ${files(counts.files)}: ${counts.changed.toLocaleString('en-GB')} with new or changed answers${submitted}.`;
}
