import type { Metadata } from 'next';
import { Table } from '@/app/_components/govuk';
import { listRecentAudit, type AuditRow } from '@/db/audit';
import { requireRole } from '@/lib/auth/guards';
import { describeAuditAction } from '@/lib/audit-labels';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage() {
  await requireRole('admin');
  const rows = await listRecentAudit(200);
  return (
    <>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">The latest 200 events, newest first. Nothing in this log can be changed or removed.</p>
      <Table<AuditRow>
        caption="Recent events"
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: 'When', cell: (r) => <span className="app-nowrap">{formatDateTime(r.at)}</span> },
          { header: 'Who', cell: (r) => r.actorName ?? r.actorLabel ?? 'System' },
          { header: 'What', cell: (r) => describeAuditAction(r) },
          { header: 'Record', cell: (r) => (r.entityId ? `${r.entityType} ${r.entityId}` : r.entityType) },
        ]}
      />
    </>
  );
}
