import type { CriteriaTemplate, FileFacts, ReviewSnapshot, StoredAnswers } from '@/lib/criteria';
import { decide, may, type Principal } from '@/lib/policy';
import { notFound, ok, refusedBy, type Result } from '@/lib/result';
import { fileHistory, type HistoryRow } from './history';
import { fileFacts, loadReviewContext, NO_FILE, reviewOpen, type ReviewContext } from './context';
import { fileStatus, type FileStatus } from './status';
import { submissionProblems } from './submit-review';

export interface ReviewPageData {
  file: {
    id: number;
    crimeReference: string;
    crimeType: string;
    crimeTypeLabel: string;
    recordedOn: string;
    /** The template's flags, in order: the file's facts show one row each. */
    flags: { code: string; label: string }[];
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
  /** Answers set aside because their question stopped applying (kept until submission). */
  setAside: StoredAnswers;
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

export function toReviewPage(who: Principal, ctx: ReviewContext): ReviewPageData {
  const { file, review } = ctx;
  const runs = may(who, 'file.history', fileFacts(ctx));
  const writes = may(who, 'review.write', fileFacts(ctx));
  return {
    file: {
      id: file.id,
      crimeReference: file.crimeReference,
      crimeType: file.crimeType,
      crimeTypeLabel: ctx.template.crimeTypes.find((c) => c.code === file.crimeType)?.label ?? file.crimeType,
      recordedOn: file.recordedOn,
      flags: ctx.template.flags.map(({ code, label }) => ({ code, label })),
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
    setAside: ctx.setAside,
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
    canEdit: writes && reviewOpen(ctx),
    isAssignee: writes,
    runsInspection: runs,
    canReturn: may(who, 'review.return', fileFacts(ctx)) && review?.status === 'submitted',
    problems: submissionProblems(ctx),
  };
}

/** A file's review for whoever may see it: its inspector, the inspection's leads, admins. */
export async function getReviewPage(who: Principal, caseFileId: number): Promise<Result<ReviewPageData>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return notFound(NO_FILE);
  const decision = decide(who, 'file.read', fileFacts(ctx));
  if (!decision.allowed) return refusedBy(decision);
  return ok(toReviewPage(who, ctx));
}

/** The history of a file, oldest first: for the inspection's leads and admins. */
export async function getFileHistory(
  who: Principal,
  caseFileId: number,
): Promise<Result<{ file: ReviewContext['file']; rows: HistoryRow[] }>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return notFound(NO_FILE);
  const decision = decide(who, 'file.history', fileFacts(ctx));
  if (!decision.allowed) return refusedBy(decision);
  return ok({ file: ctx.file, rows: await fileHistory(ctx.file.id, ctx.template) });
}

/** The "return this review" page: for those who may return the file's review. */
export async function getReturnPage(who: Principal, caseFileId: number): Promise<Result<ReviewPageData>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return notFound(NO_FILE);
  const decision = decide(who, 'review.return', fileFacts(ctx));
  if (!decision.allowed) return refusedBy(decision);
  return ok(toReviewPage(who, ctx));
}
