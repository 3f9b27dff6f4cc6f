import { markReviewReturned, markReviewSubmitted } from '@/db/reviews';
import { answerField, checkAnswers, noteField, type GivenAnswer } from '@/lib/criteria';
import { decide, type Principal } from '@/lib/policy';
import { formError, invalid, notFound, ok, refused, refusedBy, type Result } from '@/lib/result';
import { fileFacts, loadReviewContext, NO_FILE, type ReviewContext } from './context';
import { refusalFor, reviewerId } from './save-review';

/** Where a returned review's file sits, for the lead's next page. */
export interface ReturnedFile {
  inspectionSlug: string;
  forceCode: string;
  crimeReference: string;
}

const STALE = 'This review has changed since this page was opened. Check the answers again before you go on.';

/** What is still missing before a review can be submitted (empty when it can be). */
export function submissionProblems(ctx: ReviewContext): { field: string; message: string }[] {
  const given: Record<string, GivenAnswer> = {};
  for (const [code, a] of Object.entries(ctx.snapshot.answers)) given[code] = { answer: a.answer, note: a.note };
  return checkAnswers(ctx.template, ctx.facts, given, { complete: true, inapplicable: 'reject' }).issues.map((i) => ({
    field: i.field === 'answer' ? answerField(i.question) : noteField(i.question),
    message: i.message,
  }));
}

/** Submits a review: only its inspector, only when every question that applies is answered. */
export async function submitReview(who: Principal, caseFileId: number, version: number): Promise<Result<undefined>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return notFound(NO_FILE);
  const refusal = refusalFor(who, ctx);
  if (refusal) return refused(refusal);
  if (!ctx.review) return formError('Answer the questions before you submit the review');
  if (ctx.review.version !== version) return formError(STALE);
  const problems = submissionProblems(ctx);
  if (problems.length)
    return invalid(
      Object.fromEntries(problems.map((p) => [p.field, p.message])),
      'Answer every question that applies before you submit the review',
    );
  const write = await markReviewSubmitted(
    { id: ctx.review.id, expectedVersion: version, wasReturned: ctx.review.status === 'returned' },
    { id: ctx.file.id, inspectionId: ctx.file.inspectionId },
    reviewerId(who),
    who,
  );
  return write.ok ? ok(undefined) : formError(STALE);
}

/** A lead of the inspection (or an admin) sends a submitted review back with a reason. */
export async function returnReview(who: Principal, caseFileId: number, version: number, reason: string): Promise<Result<ReturnedFile>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return notFound(NO_FILE);
  const decision = decide(who, 'review.return', fileFacts(ctx));
  if (!decision.allowed) return refusedBy(decision);
  if (!ctx.review || ctx.review.status !== 'submitted') return formError('Only a submitted review can be returned');
  if (ctx.review.version !== version) return formError(STALE);
  const write = await markReviewReturned(
    { id: ctx.review.id, expectedVersion: version },
    { id: ctx.file.id, inspectionId: ctx.file.inspectionId },
    reason,
    who,
  );
  if (!write.ok) return formError(STALE);
  return ok({ inspectionSlug: ctx.file.inspectionSlug, forceCode: ctx.file.forceCode, crimeReference: ctx.file.crimeReference });
}
