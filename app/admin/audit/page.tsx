import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorSummary, Input, Select, Table } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { getAuditLog, type AuditRow } from '@/lib/audit/audit-log';
import { describeAuditAction, describeAuditDetail } from '@/lib/audit/labels';
import { formatDateTime } from '@/lib/format';
import { AUDIT_ACTION_GROUPS, type AuditFilter } from '@/lib/validation/audit-filter';

export const metadata: Metadata = { title: 'Audit log' };

function query(filter: AuditFilter, before?: number): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'actor', 'inspection', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (before !== undefined) params.set('before', String(before));
  const text = params.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole('admin');
  const { filter, errors, inspections, rows, more } = await pageData(await getAuditLog(admin, await searchParams));
  const last = rows.at(-1);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">Every sign-in and every change, newest first. Nothing in this log can be changed or removed.</p>
      <form method="get" action="/admin/audit" className="app-filter">
        <h2 className="govuk-heading-m">Filter</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select
              id="action"
              label="Kind of event"
              defaultValue={filter.action ?? ''}
              error={errors.find((e) => e.field === 'action')?.message}
              options={[{ value: '', label: 'All events' }, ...AUDIT_ACTION_GROUPS.map((g) => ({ value: g.value, label: g.label }))]}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="inspection"
              label="Inspection"
              defaultValue={filter.inspection ?? ''}
              error={errors.find((e) => e.field === 'inspection')?.message}
              options={[{ value: '', label: 'Any inspection, or none' }, ...inspections.map((i) => ({ value: i.slug, label: i.name }))]}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Input
              id="actor"
              label="Who (part of a name or email)"
              defaultValue={filter.actor}
              error={errors.find((e) => e.field === 'actor')?.message}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Input
              id="from"
              label="From (date)"
              type="date"
              defaultValue={filter.from}
              error={errors.find((e) => e.field === 'from')?.message}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Input id="to" label="To (date)" type="date" defaultValue={filter.to} error={errors.find((e) => e.field === 'to')?.message} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>{' '}
        <Link className="govuk-link govuk-!-margin-left-3" href="/admin/audit">
          Clear filters
        </Link>
      </form>
      {rows.length === 0 ? (
        <p className="govuk-body">No events match.</p>
      ) : (
        <Table<AuditRow>
          caption={filter.before ? 'Older events' : 'Latest events'}
          captionHidden
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: 'When', cell: (r) => <span className="app-nowrap">{formatDateTime(r.at)}</span> },
            { header: 'Who', cell: (r) => r.actorName ?? r.actorLabel ?? 'System' },
            { header: 'What', cell: (r) => describeAuditAction(r) },
            { header: 'Details', cell: (r) => <span className="app-break-all">{describeAuditDetail(r)}</span> },
            { header: 'Record', cell: (r) => (r.entityId ? `${r.entityType} ${r.entityId}` : r.entityType) },
          ]}
        />
      )}
      <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of the audit log">
        {filter.before ? (
          <div className="govuk-pagination__prev">
            <Link className="govuk-link govuk-pagination__link" href={query(filter)} rel="prev">
              <span className="govuk-pagination__link-title">Newest events</span>
            </Link>
          </div>
        ) : null}
        {more && last ? (
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" href={query(filter, last.id)} rel="next">
              <span className="govuk-pagination__link-title">Older events</span>
            </Link>
          </div>
        ) : null}
      </nav>
    </>
  );
}
