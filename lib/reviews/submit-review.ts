import type { Actor } from '@/db/audit';
import { markReviewReturned, markReviewSubmitted } from '@/db/reviews';
import { answerField, checkAnswers, noteField, type GivenAnswer } from '@/lib/criteria';
import { runsInspection, type Viewer } from './access';
import { loadReviewContext, type ReviewContext } from './context';
import { refusalFor } from './save-review';

export type StatusOutcome =
  | { ok: true; file?: { inspectionSlug: string; forceCode: string; crimeReference: string } }
  | {
      ok: false;
      message: string;
      /** Questions still to answer, as form field names with messages. */ problems?: { field: string; message: string }[];
    };

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
export async function submitReview(viewer: Viewer, actor: Actor, caseFileId: number, version: number): Promise<StatusOutcome> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return { ok: false, message: 'This file does not exist' };
  const refusal = refusalFor(viewer, ctx);
  if (refusal) return { ok: false, message: refusal };
  if (!ctx.review) return { ok: false, message: 'Answer the questions before you submit the review' };
  if (ctx.review.version !== version) return { ok: false, message: STALE };
  const problems = submissionProblems(ctx);
  if (problems.length) return { ok: false, message: 'Answer every question that applies before you submit the review', problems };
  const write = await markReviewSubmitted(
    { id: ctx.review.id, expectedVersion: version, wasReturned: ctx.review.status === 'returned' },
    { id: ctx.file.id, inspectionId: ctx.file.inspectionId },
    viewer.id,
    actor,
  );
  return write.ok ? { ok: true } : { ok: false, message: STALE };
}

/** A lead of the inspection (or an admin) sends a submitted review back with a reason. */
export async function returnReview(
  viewer: Viewer,
  actor: Actor,
  caseFileId: number,
  version: number,
  reason: string,
): Promise<StatusOutcome> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return { ok: false, message: 'This file does not exist' };
  if (!runsInspection(viewer, ctx.leadIds)) return { ok: false, message: 'Only a lead of this inspection can return its reviews' };
  if (!ctx.review || ctx.review.status !== 'submitted') return { ok: false, message: 'Only a submitted review can be returned' };
  if (ctx.review.version !== version) return { ok: false, message: STALE };
  const write = await markReviewReturned(
    { id: ctx.review.id, expectedVersion: version },
    { id: ctx.file.id, inspectionId: ctx.file.inspectionId },
    reason,
    actor,
  );
  if (!write.ok) return { ok: false, message: STALE };
  return {
    ok: true,
    file: { inspectionSlug: ctx.file.inspectionSlug, forceCode: ctx.file.forceCode, crimeReference: ctx.file.crimeReference },
  };
}
