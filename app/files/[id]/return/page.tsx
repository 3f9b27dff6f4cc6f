import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { parseId } from '@/lib/reviews/context';
import { getReturnPage } from '@/lib/reviews/review-page';
import { ReturnForm } from './return-form';

export const metadata: Metadata = { title: 'Return a review' };

export default async function ReturnReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole('lead', 'admin');
  const id = parseId((await params).id);
  if (id === null) notFound();
  const data = await pageData(await getReturnPage(user, id));
  const heading = (
    <>
      <span className="govuk-caption-l">
        {data.file.crimeReference}, reviewed by {data.review?.reviewerName ?? data.file.assigneeName ?? 'an inspector'}
      </span>
      <h1 className="govuk-heading-l">Return this review</h1>
    </>
  );
  return (
    <>
      <BackLink href={`/files/${data.file.id}`}>Back to the review</BackLink>
      {data.canReturn ? (
        <ReturnForm fileId={data.file.id} version={data.version} heading={heading} />
      ) : (
        <>
          {heading}
          <p className="govuk-body">Only a submitted review can be returned. This one is not submitted.</p>
        </>
      )}
    </>
  );
}
