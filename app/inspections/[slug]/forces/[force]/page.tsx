import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink, Button, ErrorSummary, NotificationBanner, Select } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { importedBanner } from '@/lib/reviews/answers-import-page';
import { getForceFilesPage } from '@/lib/inspections/force-files';
import { FILE_STATUS_LABELS, type FileStatus } from '@/lib/reviews/status';
import { forceFileFiltersSchema } from '@/lib/validation/reviews';
import { AssignForm } from './assign-form';

export const metadata: Metadata = { title: 'Force files' };

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function count(value: string | string[] | undefined): number | null {
  const text = one(value);
  return text && /^\d{1,9}$/.test(text) ? Number(text) : null;
}

export default async function ForcePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; force: string }>;
  searchParams: Search;
}) {
  const user = await requireRole('lead', 'admin');
  const { slug, force } = await params;
  const query = await searchParams;
  const filters = forceFileFiltersSchema.parse({
    status: one(query.status),
    crimeType: one(query.crimeType),
    inspector: one(query.inspector),
  });
  const page = await pageData(await getForceFilesPage(user, slug, force, filters));
  const applied = page.filters;
  const filtered = Object.values(applied).some((v) => v !== undefined) || page.filterErrors.length > 0;
  const base = `/inspections/${page.inspection.slug}/forces/${page.force.code}`;
  const errorFor = (field: string) => page.filterErrors.find((e) => e.field === field)?.message;
  const returned = one(query.returned);
  const imported = count(query.imported);
  return (
    <>
      <BackLink href={`/inspections/${page.inspection.slug}`}>{`Back to ${page.inspection.name}`}</BackLink>
      {returned ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">The review of {returned} has been returned to its inspector.</p>
        </NotificationBanner>
      ) : null}
      {imported !== null ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">
            {importedBanner({ files: imported, changed: count(query.changed) ?? 0, submitted: count(query.submitted) ?? 0 })}
          </p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={page.filterErrors} />
      <span className="govuk-caption-l">{page.inspection.name}</span>
      <h1 className="govuk-heading-l">{page.force.name}</h1>
      <p className="govuk-body-l" data-testid="force-progress">
        {page.submitted} of {page.total} submitted
      </p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" href={`/inspections/${page.inspection.slug}/findings?force=${page.force.code}`}>
            Findings for {page.force.name}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href={`${base}/sample`}>
            Sample: how these files were chosen, reserves and replacements
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href={`${base}/answers-import`}>
            Import answers from a spreadsheet
          </Link>
        </li>
      </ul>

      <form method="get" action={base} className="app-filters">
        <h2 className="govuk-heading-m">Filter files</h2>
        <div className="app-filters__fields">
          <Select
            id="status"
            name="status"
            label="Status"
            defaultValue={applied.status ?? ''}
            error={errorFor('status')}
            options={[
              { value: '', label: 'Any status' },
              ...(Object.keys(FILE_STATUS_LABELS) as FileStatus[]).map((s) => ({ value: s, label: FILE_STATUS_LABELS[s] })),
            ]}
          />
          <Select
            id="crimeType"
            name="crimeType"
            label="Crime type"
            defaultValue={applied.crimeType ?? ''}
            error={errorFor('crimeType')}
            options={[{ value: '', label: 'Any crime type' }, ...page.crimeTypes.map((c) => ({ value: c.code, label: c.label }))]}
          />
          <Select
            id="filter-inspector"
            name="inspector"
            label="Inspector"
            defaultValue={applied.inspector ?? ''}
            error={errorFor('filter-inspector')}
            options={[
              { value: '', label: 'Anyone' },
              { value: 'none', label: 'Not assigned' },
              ...page.assignees.map((a) => ({ value: String(a.id), label: a.name })),
            ]}
          />
        </div>
        <div className="govuk-button-group">
          <Button variant="secondary">Apply filters</Button>
          {filtered ? (
            <Link className="govuk-link" href={base}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      <h2 className="govuk-heading-m">Files</h2>
      <p className="govuk-body" data-testid="files-shown">
        {filtered ? `Showing ${page.files.length} of ${page.total} files` : `${page.total} files in the sample`}
      </p>
      <AssignForm scope={{ slug: page.inspection.slug, forceCode: page.force.code }} files={page.files} inspectors={page.inspectors} />
    </>
  );
}
