import { NotificationBanner, Tag } from '@/app/_components/govuk';
import { formatDateTime } from '@/lib/format';
import type { ReviewPageData } from '@/lib/reviews/review-page';
import { FILE_STATUS_COLOURS, FILE_STATUS_LABELS, type FileStatus } from '@/lib/reviews/status';

/**
 * The review's heading: where the file sits, its reference, its status (which the form moves on as
 * its answers save), and a returned review's reason at the top.
 */
export function Heading({ data, status = data.status }: { data: ReviewPageData; status?: FileStatus }) {
  return (
    <>
      <span className="govuk-caption-l">
        {data.file.inspectionName}: {data.file.forceName}
      </span>
      <h1 className="govuk-heading-l">Review of {data.file.crimeReference}</h1>
      <p className="govuk-body">
        <span data-testid="review-status">
          <Tag colour={FILE_STATUS_COLOURS[status]}>{FILE_STATUS_LABELS[status]}</Tag>
        </span>
      </p>
      {data.status === 'returned' && data.review?.returnReason ? (
        <NotificationBanner title="Returned">
          <p className="govuk-notification-banner__heading">
            {data.review.returnedByName ?? 'A lead'} returned this review
            {data.review.returnedAt ? ` on ${formatDateTime(data.review.returnedAt)}` : ''}
          </p>
          <p className="govuk-body" data-testid="return-reason">
            {data.review.returnReason}
          </p>
        </NotificationBanner>
      ) : null}
    </>
  );
}
