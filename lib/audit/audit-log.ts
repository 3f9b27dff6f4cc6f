import { listAuditPage, type AuditRow } from '@/db/audit';
import { listInspectionsWithProgress } from '@/db/inspections';
import { decide, type Principal } from '@/lib/policy';
import { ok, refusedBy, type Result } from '@/lib/result';
import { parseAuditFilter, type AuditFilter } from '@/lib/validation/audit-filter';

export type { AuditRow };

export const AUDIT_PAGE_SIZE = 100;

export interface AuditLogPage {
  filter: AuditFilter;
  errors: { field: string; message: string }[];
  inspections: { slug: string; name: string }[];
  rows: AuditRow[];
  /** Whether older events match the filter too. */
  more: boolean;
}

/** A page of the audit log, newest first, filtered as the query asks: for admins only. */
export async function getAuditLog(who: Principal, query: Record<string, string | string[] | undefined>): Promise<Result<AuditLogPage>> {
  const decision = decide(who, 'audit.read', {});
  if (!decision.allowed) return refusedBy(decision);
  const inspections = await listInspectionsWithProgress();
  const { filter, errors } = parseAuditFilter(
    query,
    inspections.map((i) => i.slug),
  );
  const { rows, more } = await listAuditPage({
    beforeId: filter.before,
    action: filter.action,
    actor: filter.actor,
    inspectionId: inspections.find((i) => i.slug === filter.inspection)?.id,
    from: filter.from,
    to: filter.to,
    limit: AUDIT_PAGE_SIZE,
  });
  return ok({ filter, errors, inspections: inspections.map((i) => ({ slug: i.slug, name: i.name })), rows, more });
}
