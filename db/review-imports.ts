import { and, eq, inArray, ne } from 'drizzle-orm';
import { dropSetAsideTx, writeAnswerChangesTx, type AnswerChanges } from './answer-writes';
import { writeAudit, type Actor } from './audit';
import { ruleFactColumns } from './case-files';
import { getDb } from './client';
import { answers, assignments, caseFiles, reviews, users, type CaseFile } from './schema';

/** A file of one force with what an answers import decides with. */
export interface ImportFileRow {
  id: number;
  crimeReference: string;
  crimeType: string;
  outcome: number | null;
  flags: string[];
  sampleStatus: CaseFile['sampleStatus'];
  assigneeId: number | null;
  assigneeName: string | null;
  review: { id: number; status: 'draft' | 'submitted' | 'returned'; version: number } | null;
  answers: Record<string, { answer: string; note: string | null }>;
}

/** Every file of a force in an inspection (reserve and replaced too), with its review and answers. */
export async function listFilesForAnswersImport(inspectionId: number, forceId: number): Promise<ImportFileRow[]> {
  const db = getDb();
  const rows = db
    .select({
      id: caseFiles.id,
      crimeReference: caseFiles.crimeReference,
      ...ruleFactColumns,
      sampleStatus: caseFiles.sampleStatus,
      assigneeId: assignments.userId,
      assigneeName: users.name,
      reviewId: reviews.id,
      reviewStatus: reviews.status,
      reviewVersion: reviews.version,
    })
    .from(caseFiles)
    .leftJoin(assignments, eq(assignments.caseFileId, caseFiles.id))
    .leftJoin(users, eq(users.id, assignments.userId))
    .leftJoin(reviews, and(eq(reviews.caseFileId, caseFiles.id), eq(reviews.kind, 'review')))
    .where(and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.forceId, forceId)))
    .all();
  const reviewIds = rows.flatMap((r) => (r.reviewId === null ? [] : [r.reviewId]));
  const stored = new Map<number, ImportFileRow['answers']>();
  // Chunked: SQLite limits how many values one statement may bind.
  for (let i = 0; i < reviewIds.length; i += 500) {
    const chunk = reviewIds.slice(i, i + 500);
    for (const a of db
      .select({ reviewId: answers.reviewId, code: answers.questionCode, answer: answers.answer, note: answers.note })
      .from(answers)
      .where(inArray(answers.reviewId, chunk))
      .all()) {
      const forReview = stored.get(a.reviewId) ?? {};
      forReview[a.code] = { answer: a.answer, note: a.note };
      stored.set(a.reviewId, forReview);
    }
  }
  return Promise.resolve(
    rows.map(({ reviewId, reviewStatus, reviewVersion, ...file }) => ({
      ...file,
      review:
        reviewId !== null && reviewStatus !== null && reviewVersion !== null
          ? { id: reviewId, status: reviewStatus, version: reviewVersion }
          : null,
      answers: (reviewId !== null && stored.get(reviewId)) || {},
    })),
  );
}

export interface ImportedFileWrite extends AnswerChanges {
  file: { id: number; crimeReference: string };
  assign: boolean;
  review: { id: number; expectedVersion: number } | null;
  submit: 'submitted' | 'resubmitted' | null;
}

export interface AnswersImportWrite {
  inspectionId: number;
  reviewer: { id: number; name: string };
  files: ImportedFileWrite[];
  /** Recorded on the import's own audit row: which file, force, reviewer and what it did. */
  detail: Record<string, unknown>;
}

export type AnswersImportResult = { ok: true } | { ok: false; conflict: true };

class Conflict extends Error {}

/**
 * Writes a whole answers import in one transaction: assignments, reviews, answers, submissions and
 * an audit row for each change, then one for the import itself. Every review must still be at the
 * version (and every file with the assignee) the import was checked against; if any is not, nothing
 * at all is written.
 */
export async function writeAnswersImport(input: AnswersImportWrite, actor: Actor): Promise<AnswersImportResult> {
  const db = getDb();
  const now = new Date().toISOString();
  try {
    db.transaction((tx) => {
      for (const w of input.files) {
        const audit = { inspectionId: input.inspectionId, caseFileId: w.file.id };
        const holder = tx.select({ userId: assignments.userId }).from(assignments).where(eq(assignments.caseFileId, w.file.id)).get();
        if (w.assign) {
          if (holder) throw new Conflict();
          tx.insert(assignments).values({ caseFileId: w.file.id, userId: input.reviewer.id, assignedBy: actor.id }).run();
          writeAudit(tx, actor, {
            action: 'case-file.assigned',
            entityType: 'case_file',
            entityId: w.file.id,
            ...audit,
            detail: { old: null, new: input.reviewer.name, oldUserId: null, newUserId: input.reviewer.id, via: 'answers-import' },
          });
        } else if (holder?.userId !== input.reviewer.id) {
          throw new Conflict();
        }

        const status = w.submit ? ('submitted' as const) : undefined;
        const submittedAt = w.submit ? now : undefined;
        let reviewId: number;
        if (w.review === null) {
          const exists = tx
            .select({ id: reviews.id })
            .from(reviews)
            .where(and(eq(reviews.caseFileId, w.file.id), eq(reviews.kind, 'review')))
            .get();
          if (exists) throw new Conflict();
          reviewId = tx
            .insert(reviews)
            .values({
              caseFileId: w.file.id,
              reviewerId: input.reviewer.id,
              kind: 'review',
              status: status ?? 'draft',
              version: 1,
              submittedAt,
              createdAt: now,
              updatedAt: now,
            })
            .returning({ id: reviews.id })
            .get().id;
          writeAudit(tx, actor, {
            action: 'review.started',
            entityType: 'review',
            entityId: reviewId,
            ...audit,
            detail: { via: 'answers-import' },
          });
        } else {
          const updated = tx
            .update(reviews)
            .set({ version: w.review.expectedVersion + 1, updatedAt: now, reviewerId: input.reviewer.id, status, submittedAt })
            .where(and(eq(reviews.id, w.review.id), eq(reviews.version, w.review.expectedVersion), ne(reviews.status, 'submitted')))
            .run();
          if (updated.changes === 0) throw new Conflict();
          reviewId = w.review.id;
        }

        writeAnswerChangesTx(tx, reviewId, w, { actor, now, ...audit, via: 'answers-import' });
        if (w.submit) {
          dropSetAsideTx(tx, reviewId, { actor, ...audit, via: 'answers-import' });
          writeAudit(tx, actor, {
            action: `review.${w.submit}`,
            entityType: 'review',
            entityId: reviewId,
            ...audit,
            detail: { via: 'answers-import' },
          });
        }
      }
      writeAudit(tx, actor, {
        action: 'answers.imported',
        entityType: 'inspection',
        entityId: input.inspectionId,
        inspectionId: input.inspectionId,
        detail: input.detail,
      });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, conflict: true };
    throw error;
  }
  return { ok: true };
}
