import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink, Table } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { formatDateTime } from '@/lib/format';
import { parseId } from '@/lib/reviews/context';
import type { HistoryRow } from '@/lib/reviews/history';
import { getFileHistory } from '@/lib/reviews/review-page';

export const metadata: Metadata = { title: 'File history' };

export default async function FileHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole('lead', 'admin');
  const id = parseId((await params).id);
  if (id === null) notFound();
  const { file, rows } = await pageData(await getFileHistory(user, id));
  return (
    <>
      <BackLink href={`/files/${file.id}`}>Back to the review</BackLink>
      <span className="govuk-caption-l">
        {file.inspectionName}: {file.forceName}
      </span>
      <h1 className="govuk-heading-l">History of {file.crimeReference}</h1>
      <p className="govuk-body">Every assignment, answer, correction, submission and return, oldest first. Nothing here can be changed.</p>
      {rows.length === 0 ? (
        <p className="govuk-body">Nothing has happened to this file yet.</p>
      ) : (
        <Table<HistoryRow>
          caption="Changes to this file"
          captionHidden
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: 'When', cell: (r) => <span className="app-nowrap">{formatDateTime(r.at)}</span> },
            { header: 'Who', cell: (r) => r.who },
            { header: 'What', cell: (r) => r.what },
            {
              header: 'Old → new',
              cell: (r) => (
                <>
                  {r.change ?? ''}
                  {r.note ? <span className="govuk-body-s app-history-note">{r.note}</span> : null}
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
