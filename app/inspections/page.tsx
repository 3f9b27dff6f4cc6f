import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { listInspectionsFor, type InspectionListRow } from '@/lib/inspections/inspection-list';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Inspections' };

export default async function InspectionsPage() {
  const user = await requireRole('lead', 'admin');
  const rows = await pageData(await listInspectionsFor(user));
  return (
    <>
      <h1 className="govuk-heading-l">Inspections</h1>
      <Link href="/inspections/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Create an inspection
      </Link>
      {rows.length === 0 ? (
        <p className="govuk-body">{user.role === 'admin' ? 'There are no inspections yet.' : 'You do not lead any inspections yet.'}</p>
      ) : (
        <Table<InspectionListRow>
          caption={user.role === 'admin' ? 'All inspections' : 'Inspections you lead'}
          rows={rows}
          rowKey={(r) => r.id}
          firstCellIsHeader
          columns={[
            {
              header: 'Inspection',
              cell: (r) => (
                <Link className="govuk-link" href={`/inspections/${r.slug}`}>
                  {r.name}
                </Link>
              ),
            },
            {
              header: 'Fieldwork',
              cell: (r) =>
                r.fieldworkStart && r.fieldworkEnd ? `${formatDate(r.fieldworkStart)} to ${formatDate(r.fieldworkEnd)}` : 'Not set',
            },
            { header: 'Forces', cell: (r) => r.forceCount, numeric: true },
            { header: 'Files in sample', cell: (r) => r.sampledFiles, numeric: true },
            { header: 'Reviews submitted', cell: (r) => `${r.submittedReviews} of ${r.sampledFiles}`, numeric: true },
          ]}
        />
      )}
    </>
  );
}
