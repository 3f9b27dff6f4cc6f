import { listAssignableInspectors, type Assignee } from '@/db/assignments';
import { listForceFilesWithReviews } from '@/db/case-files';
import { getInspectionBySlug, getInspectionForce } from '@/db/inspections';
import { loadTemplate } from '@/lib/templates/load';
import { decide, type Principal } from '@/lib/policy';
import { FILE_STATUS_LABELS, fileStatus, type FileStatus } from '@/lib/reviews/status';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';
import type { ForceFileFilters } from '@/lib/validation/reviews';

export interface ForceFile {
  id: number;
  crimeReference: string;
  crimeType: string;
  crimeTypeLabel: string;
  recordedOn: string;
  status: FileStatus;
  assigneeId: number | null;
  assigneeName: string | null;
}

export interface ForceFilesPage {
  inspection: { slug: string; name: string };
  force: { code: string; name: string };
  files: ForceFile[];
  /** Before filtering. */
  total: number;
  submitted: number;
  inspectors: Assignee[];
  /** Everyone who holds a file here, for the filter (includes people no longer assignable). */
  assignees: { id: number; name: string }[];
  crimeTypes: { code: string; label: string }[];
  /** The filters applied: a value that is not one of the choices is left out, and reported. */
  filters: ForceFileFilters;
  filterErrors: { field: string; message: string }[];
}

/** Keeps the filters that are among the page's choices; the others become messages. */
function checkFilters(
  filters: ForceFileFilters,
  choices: { status: readonly string[]; crimeType: readonly string[]; inspector: readonly string[] },
): { applied: ForceFileFilters; errors: { field: string; message: string }[] } {
  const applied: ForceFileFilters = { status: undefined, crimeType: undefined, inspector: undefined };
  const errors: { field: string; message: string }[] = [];
  const words = { status: 'a status', crimeType: 'a crime type', inspector: 'an inspector' } as const;
  for (const key of ['status', 'crimeType', 'inspector'] as const) {
    const value = filters[key];
    if (value === undefined) continue;
    if (choices[key].includes(value)) applied[key] = value;
    else errors.push({ field: key === 'inspector' ? 'filter-inspector' : key, message: `Choose ${words[key]} from the list` });
  }
  return { applied, errors };
}

function matches(file: ForceFile, filters: ForceFileFilters): boolean {
  if (filters.status && file.status !== filters.status) return false;
  if (filters.crimeType && file.crimeType !== filters.crimeType) return false;
  if (filters.inspector === 'none' && file.assigneeId !== null) return false;
  if (filters.inspector && filters.inspector !== 'none' && file.assigneeId !== Number(filters.inspector)) return false;
  return true;
}

/** A force's sampled files with status and assignee, filtered: for the inspection's leads and admins. */
export async function getForceFilesPage(
  who: Principal,
  slug: string,
  forceCode: string,
  filters: ForceFileFilters,
): Promise<Result<ForceFilesPage>> {
  const inspection = await getInspectionBySlug(slug);
  if (!inspection) return notFound('That inspection does not exist');
  const decision = decide(who, 'inspection.manage', { leadIds: inspection.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  const force = await getInspectionForce(inspection.id, forceCode);
  if (!force) return notFound('That force is not part of the inspection');
  const [rows, inspectors, template] = await Promise.all([
    listForceFilesWithReviews(inspection.id, force.id),
    listAssignableInspectors(),
    loadTemplate(inspection.templateId),
  ]);
  const CRIME_TYPES = template.crimeTypes;
  const crimeTypeLabel = (code: string) => CRIME_TYPES.find((c) => c.code === code)?.label ?? code;
  const all: ForceFile[] = rows.map((r) => ({
    id: r.id,
    crimeReference: r.crimeReference,
    crimeType: r.crimeType,
    crimeTypeLabel: crimeTypeLabel(r.crimeType),
    recordedOn: r.recordedOn,
    status: fileStatus(r.reviewStatus),
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName,
  }));
  const assignees = new Map<number, string>();
  for (const f of all) if (f.assigneeId !== null) assignees.set(f.assigneeId, f.assigneeName ?? '');
  const crimeTypes = CRIME_TYPES.filter((c) => all.some((f) => f.crimeType === c.code)).map((c) => ({ code: c.code, label: c.label }));
  const { applied, errors } = checkFilters(filters, {
    status: Object.keys(FILE_STATUS_LABELS),
    crimeType: crimeTypes.map((c) => c.code),
    inspector: ['none', ...[...assignees.keys()].map(String)],
  });
  return ok({
    inspection: { slug: inspection.slug, name: inspection.name },
    force: { code: force.code, name: force.name },
    files: all.filter((f) => matches(f, applied)),
    total: all.length,
    submitted: all.filter((f) => f.status === 'submitted').length,
    inspectors,
    assignees: [...assignees.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    crimeTypes,
    filters: applied,
    filterErrors: errors,
  });
}
