import { getFindingsInspection, listInspectionForces, type FindingsInspection, type InspectionForce } from '@/db/findings';
import { listInspectionLeadIds } from '@/db/inspections';
import { decide, mightAllow, refusalFor, type Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';
import { loadTemplate } from '@/lib/templates/load';
import type { TemplateDefinition } from '@/lib/templates/template-file';
import { computeFindings, type Findings, type FindingsOptions } from './compute';
import { filesBehindCount, filesWithOutcome } from './drill-down';

const NO_INSPECTION = 'There is no inspection with that code';

/**
 * An inspection's findings, opened for someone the policy lets read them. Everything a findings
 * page, a drill-down or an export reads goes through one of these, so none can be read unchecked.
 */
export interface FindingsScope {
  inspection: FindingsInspection;
  forces: InspectionForce[];
  /** The inspection's template version (its crime types for the filters, its questions). */
  template: TemplateDefinition;
  findings: (options: FindingsOptions) => Promise<Findings>;
  filesBehindCount: (options: Parameters<typeof filesBehindCount>[1]) => ReturnType<typeof filesBehindCount>;
  filesWithOutcome: (options: Parameters<typeof filesWithOutcome>[1]) => ReturnType<typeof filesWithOutcome>;
}

/**
 * Who may read an inspection's findings, exports and answers: its leads, and admins (and the
 * command line). Inspectors never may (they review files; they do not see other people's answers
 * in bulk), and they are refused whether or not the inspection exists.
 */
export async function openFindings(who: Principal, slug: string): Promise<Result<FindingsScope>> {
  if (!mightAllow(who, 'findings.read')) return refusedBy(refusalFor('findings.read'));
  const inspection = await getFindingsInspection(slug);
  if (!inspection) return notFound(NO_INSPECTION);
  const decision = decide(who, 'findings.read', { leadIds: await listInspectionLeadIds(inspection.id) });
  if (!decision.allowed) return refusedBy(decision);
  const [forces, template] = await Promise.all([listInspectionForces(inspection.id), loadTemplate(inspection.templateId)]);
  return ok({
    inspection,
    forces,
    template,
    findings: (options) => computeFindings(inspection, options),
    filesBehindCount: (options) => filesBehindCount(inspection, options),
    filesWithOutcome: (options) => filesWithOutcome(inspection, options),
  });
}
