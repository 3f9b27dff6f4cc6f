import type { CriteriaTemplate, FileFacts, ReviewSnapshot } from '@/lib/criteria';
import { crimeTypeLabel } from '@/domain/codes';
import { canEditReview, canSeeFile, isAssignee, runsInspection, type Viewer } from './access';
import { loadReviewContext, type ReviewContext } from './context';
import type { PageLoad } from '@/lib/result';
import { fileStatus, type FileStatus } from './status';
import { submissionProblems } from './submit-review';

export interface ReviewPageData {
  file: {
    id: number;
    crimeReference: string;
    crimeType: string;
    crimeTypeLabel: string;
    recordedOn: string;
    inSample: boolean;
    inspectionSlug: string;
    inspectionName: string;
    forceCode: string;
    forceName: string;
    assigneeName: string | null;
  };
  facts: FileFacts;
  template: CriteriaTemplate;
  snapshot: ReviewSnapshot;
  status: FileStatus;
  version: number;
  review: {
    reviewerName: string | null;
    submittedAt: string | null;
    updatedAt: string;
    returnReason: string | null;
    returnedByName: string | null;
    returnedAt: string | null;
  } | null;
  /** The assigned inspector, while they may still change it. */
  canEdit: boolean;
  isAssignee: boolean;
  /** A lead of the inspection or an admin: may read, see history and return. */
  runsInspection: boolean;
  canReturn: boolean;
  /** What still stops submission (empty when complete). */
  problems: { field: string; message: string }[];
}

export function toReviewPage(viewer: Viewer, ctx: ReviewContext): ReviewPageData {
  const { file, review } = ctx;
  const runs = runsInspection(viewer, ctx.leadIds);
  return {
    file: {
      id: file.id,
      crimeReference: file.crimeReference,
      crimeType: file.crimeType,
      crimeTypeLabel: crimeTypeLabel(file.crimeType),
      recordedOn: file.recordedOn,
      inSample: file.sampleStatus === 'sampled',
      inspectionSlug: file.inspectionSlug,
      inspectionName: file.inspectionName,
      forceCode: file.forceCode,
      forceName: file.forceName,
      assigneeName: file.assigneeName,
    },
    facts: ctx.facts,
    template: ctx.template,
    snapshot: ctx.snapshot,
    status: fileStatus(review?.status ?? null),
    version: review?.version ?? 0,
    review: review
      ? {
          reviewerName: review.reviewerName,
          submittedAt: review.submittedAt,
          updatedAt: review.updatedAt,
          returnReason: review.returnReason,
          returnedByName: review.returnedByName,
          returnedAt: review.returnedAt,
        }
      : null,
    canEdit: canEditReview(viewer, file, review?.status ?? null),
    isAssignee: isAssignee(viewer, file),
    runsInspection: runs,
    canReturn: runs && review?.status === 'submitted',
    problems: submissionProblems(ctx),
  };
}

/** A file's review for whoever may see it: its inspector, the inspection's leads, admins. */
export async function getReviewPage(viewer: Viewer, caseFileId: number): Promise<PageLoad<ReviewPageData>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return { kind: 'not-found' };
  if (!canSeeFile(viewer, ctx.file, ctx.leadIds)) return { kind: 'forbidden' };
  return { kind: 'ok', data: toReviewPage(viewer, ctx) };
}

/** The history of a file: for the inspection's leads and admins. */
export async function getHistoryContext(viewer: Viewer, caseFileId: number): Promise<PageLoad<ReviewContext>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return { kind: 'not-found' };
  if (!runsInspection(viewer, ctx.leadIds)) return { kind: 'forbidden' };
  return { kind: 'ok', data: ctx };
}
