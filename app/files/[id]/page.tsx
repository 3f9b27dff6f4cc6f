import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/app/_server/guards';
import { BackLink } from '@/app/_components/govuk';
import { formatDateTime } from '@/lib/format';
import type { ReviewPageData } from '@/lib/reviews/review-page';
import { FileFactsSection } from './_review/file-facts';
import { Heading } from './_review/heading';
import { loadReviewPage, reviewPageTitle } from './_review/load';
import { ReviewForm } from './_review/review-form';
import { ReviewSummary } from './_review/review-summary';

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return reviewPageTitle(params, 'any', (reference) => `Review of ${reference}`, 'Review a file');
}

function ReadOnly({ data }: { data: ReviewPageData }) {
  const backHref = data.runsInspection ? `/inspections/${data.file.inspectionSlug}/forces/${data.file.forceCode}` : '/your-files';
  return (
    <>
      <BackLink href={backHref}>{data.runsInspection ? `Back to ${data.file.forceName}` : 'Back to your files'}</BackLink>
      <Heading data={data} />
      {!data.file.inSample ? <p className="govuk-body">This file has been taken out of the sample, so it is not reviewed.</p> : null}
      {data.review?.submittedAt && data.status === 'submitted' ? (
        <p className="govuk-body">
          {data.review.reviewerName ?? 'The inspector'} submitted this review on {formatDateTime(data.review.submittedAt)}.
          {data.isAssignee ? ' It can be changed only if a lead returns it to you.' : ''}
        </p>
      ) : null}
      {data.runsInspection ? (
        <ul className="govuk-list">
          <li>Assigned to {data.file.assigneeName ?? 'nobody yet'}</li>
          {data.canReturn ? (
            <li>
              <Link className="govuk-link" href={`/files/${data.file.id}/return`}>
                Return this review to the inspector
              </Link>
            </li>
          ) : null}
          <li>
            <Link className="govuk-link" href={`/files/${data.file.id}/history`}>
              See the file’s history
            </Link>
          </li>
        </ul>
      ) : null}
      <FileFactsSection file={data.file} facts={data.facts} />
      {data.status === 'not-started' ? (
        <p className="govuk-body">The review has not been started.</p>
      ) : (
        <ReviewSummary template={data.template} facts={data.facts} answers={data.snapshot.answers} />
      )}
    </>
  );
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, page } = await loadReviewPage((await params).id, 'any');
  const data = await pageData(page);
  if (!data.canEdit) return <ReadOnly data={data} />;
  return (
    <>
      <BackLink href="/your-files">Back to your files</BackLink>
      <ReviewForm data={data} userId={user.id} />
    </>
  );
}
