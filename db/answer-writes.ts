import { and, eq } from 'drizzle-orm';
import type { AnswerCode } from '@/domain/codes';
import { writeAudit, type Actor } from './audit';
import type { Db } from './client';
import { answers } from './schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface AnswerValue {
  answer: AnswerCode;
  note: string | null;
}

/** What one save (from the form or an import) does to a review's answers. */
export interface AnswerChanges {
  upserts: { code: string; value: AnswerValue; old: AnswerValue | null }[];
  /**
   * Answers taken away: because the question no longer applies to the file (the default), or
   * because the person cleared it on a question that still applies.
   */
  removals: { code: string; old: AnswerValue; reason?: 'not-applicable' | 'cleared' }[];
}

/**
 * Writes answer changes inside the caller's transaction, with an audit row for each (old → new,
 * notes included). `via` names where the change came from when it was not the review form.
 */
export function writeAnswerChangesTx(
  tx: Tx,
  reviewId: number,
  changes: AnswerChanges,
  context: { actor: Actor; now: string; inspectionId: number; caseFileId: number; via?: string },
): void {
  const { actor, now, via } = context;
  const audit = { entityType: 'review', entityId: reviewId, inspectionId: context.inspectionId, caseFileId: context.caseFileId };
  const source = via ? { via } : {};
  for (const u of changes.upserts) {
    const values = { answer: u.value.answer, note: u.value.note, updatedAt: now, updatedBy: actor.id };
    tx.insert(answers)
      .values({ reviewId, questionCode: u.code, ...values })
      .onConflictDoUpdate({ target: [answers.reviewId, answers.questionCode], set: values })
      .run();
    writeAudit(tx, actor, {
      action: 'review.answer-changed',
      ...audit,
      detail: {
        question: u.code,
        old: u.old?.answer ?? null,
        new: u.value.answer,
        oldNote: u.old?.note ?? null,
        newNote: u.value.note,
        ...source,
      },
    });
  }
  for (const r of changes.removals) {
    tx.delete(answers)
      .where(and(eq(answers.reviewId, reviewId), eq(answers.questionCode, r.code)))
      .run();
    writeAudit(tx, actor, {
      action: r.reason === 'cleared' ? 'review.answer-cleared' : 'review.answer-removed',
      ...audit,
      detail: {
        question: r.code,
        old: r.old.answer,
        new: null,
        oldNote: r.old.note,
        newNote: null,
        reason: r.reason ?? 'not-applicable',
        ...source,
      },
    });
  }
}
