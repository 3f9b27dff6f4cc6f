import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink, NotificationBanner, SummaryList, Table, Tag } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { formatDate } from '@/lib/format';
import { listInspectionSamples, type InspectionSamplesRow } from '@/lib/samples/sample-view';

export const metadata: Metadata = { title: 'Samples' };

const BANNERS: Record<string, string> = {
  created: 'Inspection created. Now draw or import each force’s sample.',
  updated: 'Your changes have been saved.',
  unchanged: 'Nothing was changed.',
};

const ORIGIN = { none: ['Not yet', 'grey'], imported: ['Imported', 'blue'], drawn: ['Drawn', 'green'] } as const;

function window(from: string | null, to: string | null): string {
  if (from && to) return `${formatDate(from)} to ${formatDate(to)}`;
  if (from) return `From ${formatDate(from)}`;
  if (to) return `Up to ${formatDate(to)}`;
  return 'Not set';
}

const n = (value: number) => value.toLocaleString('en-GB');

export default async function InspectionSamplesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireRole('lead', 'admin');
  const { slug } = await params;
  const { setup, rows } = await pageData(await listInspectionSamples(user, slug));
  const query = await searchParams;
  const banner = Object.keys(BANNERS).find((key) => query[key] === '1');
  const total = (key: 'targetSize' | 'sampled' | 'replaced' | 'reserve') => rows.reduce((sum, r) => sum + r[key], 0);
  return (
    <>
      <BackLink href="/inspections">Back to inspections</BackLink>
      {banner ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{BANNERS[banner]}</p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">{setup.name}</span>
      <h1 className="govuk-heading-l">Samples</h1>
      <SummaryList
        rows={[
          { key: 'Criteria template', value: setup.templateLabel },
          { key: 'Fieldwork', value: window(setup.fieldworkStart, setup.fieldworkEnd) },
          { key: 'Crimes recorded', value: window(setup.recordedFrom, setup.recordedTo) },
          { key: 'Default sample size', value: n(setup.defaultSampleSize) },
          { key: 'Leads', value: setup.leads.length ? setup.leads.map((l) => l.name).join(', ') : 'None' },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/inspections/${slug}/edit`}>
          Change the inspection<span className="govuk-visually-hidden"> {setup.name}</span>
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body">No forces are in this inspection yet.</p>
      ) : (
        <Table<InspectionSamplesRow & { total?: boolean }>
          caption="Forces and their samples"
          rows={[
            ...rows,
            {
              code: 'total',
              name: 'All forces',
              targetSize: total('targetSize'),
              targetIsDefault: false,
              origin: 'none',
              sampled: total('sampled'),
              replaced: total('replaced'),
              reserve: total('reserve'),
              total: true,
            },
          ]}
          rowKey={(r) => r.code}
          firstCellIsHeader
          columns={[
            {
              header: 'Force',
              cell: (r) =>
                r.total ? (
                  r.name
                ) : (
                  <Link className="govuk-link" href={`/inspections/${slug}/forces/${r.code}/sample`}>
                    {r.name}
                  </Link>
                ),
            },
            { header: 'Sample size', cell: (r) => n(r.targetSize), numeric: true },
            { header: 'Chosen', cell: (r) => (r.total ? '' : <Tag colour={ORIGIN[r.origin][1]}>{ORIGIN[r.origin][0]}</Tag>) },
            { header: 'Files in sample', cell: (r) => n(r.sampled), numeric: true },
            { header: 'Replaced', cell: (r) => n(r.replaced), numeric: true },
            { header: 'Reserves left', cell: (r) => n(r.reserve), numeric: true },
          ]}
        />
      )}
    </>
  );
}
