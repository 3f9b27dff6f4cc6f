import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink, Table } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { formatDate } from '@/lib/format';
import { getInspectionOverview, type ForceProgressRow } from '@/lib/inspections/overview';

export const metadata: Metadata = { title: 'Inspection' };

export default async function InspectionPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireRole('lead', 'admin');
  const { slug } = await params;
  const inspection = await pageData(await getInspectionOverview(user, slug));
  return (
    <>
      <BackLink href="/inspections">Back to inspections</BackLink>
      <span className="govuk-caption-l">Inspection</span>
      <h1 className="govuk-heading-l">{inspection.name}</h1>
      {inspection.fieldworkStart && inspection.fieldworkEnd ? (
        <p className="govuk-body">
          Fieldwork {formatDate(inspection.fieldworkStart)} to {formatDate(inspection.fieldworkEnd)}
        </p>
      ) : null}
      <p className="govuk-body-l" data-testid="inspection-progress">
        {inspection.totals.submitted} of {inspection.totals.sampled} reviews submitted
      </p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" href={`/inspections/${inspection.slug}/findings`}>
            Findings
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href={`/inspections/${inspection.slug}/samples`}>
            Samples: how each force’s files were chosen, reserves and replacements
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href={`/inspections/${inspection.slug}/edit`}>
            Change the inspection’s details and forces
          </Link>
        </li>
      </ul>
      {inspection.forces.length === 0 ? (
        <p className="govuk-body">No forces have been added to this inspection yet.</p>
      ) : (
        <Table<ForceProgressRow>
          caption="Forces"
          rows={inspection.forces}
          rowKey={(f) => f.forceId}
          firstCellIsHeader
          columns={[
            {
              header: 'Force',
              cell: (f) => (
                <Link className="govuk-link" href={`/inspections/${inspection.slug}/forces/${f.code}`}>
                  {f.name}
                </Link>
              ),
            },
            {
              header: 'Files in sample',
              cell: (f) => (f.sampled === f.sampleSize ? f.sampled : `${f.sampled} of ${f.sampleSize}`),
              numeric: true,
            },
            { header: 'Assigned', cell: (f) => f.assigned, numeric: true },
            { header: 'In progress', cell: (f) => f.inProgress, numeric: true },
            { header: 'Returned', cell: (f) => f.returned, numeric: true },
            { header: 'Submitted', cell: (f) => `${f.submitted} of ${f.sampled} submitted`, numeric: true },
          ]}
        />
      )}
    </>
  );
}
