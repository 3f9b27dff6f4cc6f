import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { dropSetAsideTx, writeAnswerChangesTx, type AnswerChanges } from './answer-writes';
import { writeAudit, type Actor } from './audit';
import { correctFactsTx, type FactsChange, type ReviewStatus } from './case-files';
import { getDb } from './client';
import { answers, auditEvents, reviews, users } from './schema';

export interface ReviewRecord {
  id: number;
  caseFileId: number;
  reviewerId: number;
  reviewerName: string | null;
  status: ReviewStatus;
  version: number;
  returnReason: string | null;
  returnedByName: string | null;
  returnedAt: string | null;
  submittedAt: string | null;
  updatedAt: string;
}

const returner = alias(users, 'returner');

/** The fieldwork review of a file (one per file), if one has been started. */
export async function getReviewForFile(caseFileId: number): Promise<ReviewRecord | undefined> {
  return getDb()
    .select({
      id: reviews.id,
      caseFileId: reviews.caseFileId,
      reviewerId: reviews.reviewerId,
      reviewerName: users.name,
      status: reviews.status,
      version: reviews.version,
      returnReason: reviews.returnReason,
      returnedByName: returner.name,
      returnedAt: reviews.returnedAt,
      submittedAt: reviews.submittedAt,
      updatedAt: reviews.updatedAt,
    })
    .from(reviews)
    .leftJoin(users, eq(users.id, reviews.reviewerId))
    .leftJoin(returner, eq(returner.id, reviews.returnedBy))
    .where(and(eq(reviews.caseFileId, caseFileId), eq(reviews.kind, 'review')))
    .get();
}

export interface AnswerRow {
  reviewId: number;
  questionCode: string;
  answer: string;
  note: string | null;
}

export async function listAnswersForReviews(reviewIds: number[]): Promise<AnswerRow[]> {
  if (reviewIds.length === 0) return [];
  return getDb()
    .select({ reviewId: answers.reviewId, questionCode: answers.questionCode, answer: answers.answer, note: answers.note })
    .from(answers)
    .where(inArray(answers.reviewId, reviewIds));
}

export interface ReviewSaveInput extends AnswerChanges {
  file: { id: number; inspectionId: number };
  /** null: the first save of this file's review, which creates it. */
  reviewId: number | null;
  /** The version the inspector's form was based on (0 when there was no review). */
  expectedVersion: number;
  reviewerId: number;
  facts: { change: FactsChange; old: FactsChange };
}

export type ReviewWrite = { ok: true; reviewId: number; version: number; updatedAt: string } | { ok: false; conflict: true };

/**
 * Writes one save of a review in one transaction: the version check, the facts corrections, the
 * answers and an audit row for each change. The update is `WHERE version = expected`: if another
 * save got there first nothing is written and the caller shows a conflict.
 */
export async function saveReviewChanges(input: ReviewSaveInput, actor: Actor): Promise<ReviewWrite> {
  const db = getDb();
  const now = new Date().toISOString();
  const audit = { inspectionId: input.file.inspectionId, caseFileId: input.file.id };
  const result = db.transaction((tx): ReviewWrite => {
    let reviewId: number;
    let version: number;
    if (input.reviewId === null) {
      if (input.expectedVersion !== 0) return { ok: false, conflict: true };
      const exists = tx
        .select({ id: reviews.id })
        .from(reviews)
        .where(and(eq(reviews.caseFileId, input.file.id), eq(reviews.kind, 'review')))
        .get();
      if (exists) return { ok: false, conflict: true };
      const created = tx
        .insert(reviews)
        .values({
          caseFileId: input.file.id,
          reviewerId: input.reviewerId,
          kind: 'review',
          status: 'draft',
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: reviews.id })
        .get();
      reviewId = created.id;
      version = 1;
      writeAudit(tx, actor, { action: 'review.started', entityType: 'review', entityId: reviewId, ...audit });
    } else {
      const updated = tx
        .update(reviews)
        .set({ version: input.expectedVersion + 1, updatedAt: now, reviewerId: input.reviewerId })
        .where(and(eq(reviews.id, input.reviewId), eq(reviews.version, input.expectedVersion), ne(reviews.status, 'submitted')))
        .run();
      if (updated.changes === 0) return { ok: false, conflict: true };
      reviewId = input.reviewId;
      version = input.expectedVersion + 1;
    }
    correctFactsTx(tx, input.file, input.facts.change, input.facts.old, actor);
    writeAnswerChangesTx(tx, reviewId, input, { actor, now, ...audit });
    return { ok: true, reviewId, version, updatedAt: now };
  });
  return Promise.resolve(result);
}

export type StatusWrite = { ok: true; version: number } | { ok: false; conflict: true };

/** Marks a draft or returned review submitted, if it is still at the version that was checked. */
export async function markReviewSubmitted(
  review: { id: number; expectedVersion: number; wasReturned: boolean },
  file: { id: number; inspectionId: number },
  reviewerId: number,
  actor: Actor,
): Promise<StatusWrite> {
  const now = new Date().toISOString();
  const result = getDb().transaction((tx): StatusWrite => {
    const updated = tx
      .update(reviews)
      .set({ status: 'submitted', submittedAt: now, updatedAt: now, reviewerId, version: review.expectedVersion + 1 })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, review.expectedVersion), inArray(reviews.status, ['draft', 'returned'])))
      .run();
    if (updated.changes === 0) return { ok: false, conflict: true };
    dropSetAsideTx(tx, review.id, { actor, inspectionId: file.inspectionId, caseFileId: file.id });
    writeAudit(tx, actor, {
      action: review.wasReturned ? 'review.resubmitted' : 'review.submitted',
      entityType: 'review',
      entityId: review.id,
      inspectionId: file.inspectionId,
      caseFileId: file.id,
    });
    return { ok: true, version: review.expectedVersion + 1 };
  });
  return Promise.resolve(result);
}

/** Sends a submitted review back to its inspector with the lead's reason. */
export async function markReviewReturned(
  review: { id: number; expectedVersion: number },
  file: { id: number; inspectionId: number },
  reason: string,
  actor: Actor,
): Promise<StatusWrite> {
  const now = new Date().toISOString();
  const result = getDb().transaction((tx): StatusWrite => {
    const updated = tx
      .update(reviews)
      .set({
        status: 'returned',
        returnReason: reason,
        returnedBy: actor.id,
        returnedAt: now,
        updatedAt: now,
        version: review.expectedVersion + 1,
      })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, review.expectedVersion), eq(reviews.status, 'submitted')))
      .run();
    if (updated.changes === 0) return { ok: false, conflict: true };
    writeAudit(tx, actor, {
      action: 'review.returned',
      entityType: 'review',
      entityId: review.id,
      inspectionId: file.inspectionId,
      caseFileId: file.id,
      detail: { reason },
    });
    return { ok: true, version: review.expectedVersion + 1 };
  });
  return Promise.resolve(result);
}

/** Who made the latest recorded change to a file's review, and when (for a conflict message). */
export async function getLastChange(caseFileId: number): Promise<{ at: string; name: string | null } | undefined> {
  return getDb()
    .select({ at: auditEvents.at, name: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.caseFileId, caseFileId), inArray(auditEvents.entityType, ['review', 'case_file'])))
    .orderBy(desc(auditEvents.id))
    .limit(1)
    .get();
}
