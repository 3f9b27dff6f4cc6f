import { getFindingsInspection, isInspectionLead, type FindingsInspection } from '@/db/findings';
import type { Role } from '@/domain/codes';

export type FindingsAccess = { ok: true; inspection: FindingsInspection } | { ok: false; status: 403 | 404 };

/**
 * Who may read an inspection's findings, exports and answers: its leads, and admins. Inspectors
 * never may (they review files; they do not see other people's answers in bulk), whether or not
 * the inspection exists.
 */
export async function findingsAccess(user: { id: number; role: Role }, slug: string): Promise<FindingsAccess> {
  if (user.role !== 'lead' && user.role !== 'admin') return { ok: false, status: 403 };
  const inspection = await getFindingsInspection(slug);
  if (!inspection) return { ok: false, status: 404 };
  if (user.role === 'lead' && !(await isInspectionLead(inspection.id, user.id))) return { ok: false, status: 403 };
  return { ok: true, inspection };
}
