import type { Metadata } from 'next';
import { NotificationBanner, Tag, TaskList } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { FILE_STATUS_COLOURS, FILE_STATUS_LABELS } from '@/lib/reviews/status';
import Link from 'next/link';
import { parseId } from '@/lib/reviews/context';
import { listYourFiles, nextFile, yourFilesBanner } from '@/lib/reviews/your-files';

export const metadata: Metadata = { title: 'Your files' };

export default async function YourFilesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireRole('inspector');
  const query = await searchParams;
  const [groups, banner] = await Promise.all([listYourFiles(user).then(pageData), yourFilesBanner(user, query)]);
  // After a submission, the file to do next, one click away.
  const next = banner && query.submitted ? nextFile(groups, parseId(query.submitted)) : null;
  return (
    <>
      {banner ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{banner}</p>
          {query.submitted ? (
            <p className="govuk-body" data-testid="next-file">
              {next ? (
                <>
                  Next:{' '}
                  <Link className="govuk-notification-banner__link" href={`/files/${next.id}`}>
                    {next.crimeReference}
                  </Link>
                  , {FILE_STATUS_LABELS[next.status].toLowerCase()}
                </>
              ) : (
                'That was your last file: every file assigned to you is submitted.'
              )}
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">Your files</h1>
      {groups.length === 0 ? <p className="govuk-body">No files are assigned to you yet. Your inspection lead assigns them.</p> : null}
      {groups.map((group, g) => (
        <section key={group.key} aria-labelledby={`group-${g + 1}`}>
          <h2 className="govuk-heading-m govuk-!-margin-bottom-1" id={`group-${g + 1}`}>
            {group.inspectionName}: {group.forceName}
          </h2>
          <p className="govuk-body">
            {group.submitted} of {group.files.length} submitted
          </p>
          <TaskList
            idPrefix={`files-${g + 1}`}
            items={group.files.map((f) => ({
              key: f.id,
              title: f.crimeReference,
              href: `/files/${f.id}`,
              hint: `${f.crimeType}. ${f.progress}.`,
              status: <Tag colour={FILE_STATUS_COLOURS[f.status]}>{FILE_STATUS_LABELS[f.status]}</Tag>,
            }))}
          />
        </section>
      ))}
    </>
  );
}
