import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';
import { pageData } from '@/app/_server/guards';
import { BackLink, SummaryList } from '@/app/_components/govuk';
import { factRows } from '../_review/file-facts';
import { loadReviewPage, reviewPageTitle } from '../_review/load';
import { ReviewSummary } from '../_review/review-summary';
import { SubmitForm } from './submit-form';
import { setAsideItems } from '../_review/set-aside';
import type { ReviewPageData } from '@/lib/reviews/review-page';

/** The set-aside answers submission drops, said before the inspector submits. */
function SetAsideOnCheck({ data }: { data: ReviewPageData }) {
  const items = setAsideItems(data.template, {}, null, data.setAside);
  if (items.length === 0) return null;
  return (
    <div className="govuk-inset-text" data-testid="set-aside-dropped">
      <p className="govuk-body">
        When you submit, {items.length === 1 ? '1 set-aside answer is' : `${items.length} set-aside answers are`} dropped, as{' '}
        {items.length === 1 ? 'its question does' : 'their questions do'} not apply to this file. The file’s history keeps{' '}
        {items.length === 1 ? 'it' : 'them'}.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {items.map((i) => (
          <li key={i.code}>
            {i.number}. {i.wording} {i.words}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return reviewPageTitle(params, 'inspector', (reference) => `Check your answers for ${reference}`, 'Check your answers');
}

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const { page } = await loadReviewPage((await params).id, 'inspector');
  const data = await pageData(page);
  if (!data.isAssignee) forbidden();
  if (!data.canEdit) redirect(`/files/${data.file.id}`);
  const formHref = `/files/${data.file.id}`;
  return (
    <>
      <BackLink href={formHref}>Back to the review</BackLink>
      <span className="govuk-caption-l">
        {data.file.inspectionName}: {data.file.forceName}
      </span>
      <h1 className="govuk-heading-l">Check your answers for {data.file.crimeReference}</h1>
      <h2 className="govuk-heading-m">The file</h2>
      <SummaryList
        rows={factRows(data.file, data.facts).map((row) =>
          ['Outcome', 'Domestic abuse', 'Repeat victim', 'Vulnerable victim'].includes(row.key)
            ? { ...row, action: { href: `${formHref}#facts`, label: 'Change', visuallyHidden: row.key.toLowerCase() } }
            : row,
        )}
      />
      <ReviewSummary template={data.template} facts={data.facts} answers={data.snapshot.answers} changeHref={formHref} />
      <SetAsideOnCheck data={data} />
      <SubmitForm fileId={data.file.id} version={data.version} problems={data.problems} />
      <p className="govuk-body">
        <Link className="govuk-link" href="/your-files">
          Back to your files
        </Link>
      </p>
    </>
  );
}
