import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb, type Db } from './client';
import { answers, setAsideAnswers } from './schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface AnswerValue {
  answer: string;
  note: string | null;
}

/** What one save (from the form or an import) does to a review's answers. */
export interface AnswerChanges {
  /** `restored`: the answer set aside earlier for this question, given back as it applies again. */
  upserts: { code: string; value: AnswerValue; old: AnswerValue | null; restored?: boolean }[];
  /**
   * Answers taken away: because the question no longer applies to the file (the default: they are
   * set aside, not deleted), or because the person cleared it on a question that still applies.
   */
  removals: { code: string; old: AnswerValue; reason?: 'not-applicable' | 'cleared' }[];
}

interface WriteContext {
  actor: Actor;
  now: string;
  inspectionId: number;
  caseFileId: number;
  via?: string;
}

/**
 * Writes answer changes inside the caller's transaction, with an audit row for each (old → new,
 * notes included). An answer taken away is moved to the set-aside answers (and comes back from
 * there); any answer given to a question replaces what was set aside for it. `via` names where the
 * change came from when it was not the review form.
 */
export function writeAnswerChangesTx(tx: Tx, reviewId: number, changes: AnswerChanges, context: WriteContext): void {
  const { actor, now, via } = context;
  const audit = { entityType: 'review', entityId: reviewId, inspectionId: context.inspectionId, caseFileId: context.caseFileId };
  const source = via ? { via } : {};
  for (const u of changes.upserts) {
    const values = { answer: u.value.answer, note: u.value.note, updatedAt: now, updatedBy: actor.id };
    tx.insert(answers)
      .values({ reviewId, questionCode: u.code, ...values })
      .onConflictDoUpdate({ target: [answers.reviewId, answers.questionCode], set: values })
      .run();
    tx.delete(setAsideAnswers)
      .where(and(eq(setAsideAnswers.reviewId, reviewId), eq(setAsideAnswers.questionCode, u.code)))
      .run();
    writeAudit(tx, actor, {
      action: u.restored ? 'review.answer-restored' : 'review.answer-changed',
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
    if (r.reason !== 'cleared') {
      const kept = { answer: r.old.answer, note: r.old.note, setAsideAt: now, setAsideBy: actor.id };
      tx.insert(setAsideAnswers)
        .values({ reviewId, questionCode: r.code, ...kept })
        .onConflictDoUpdate({ target: [setAsideAnswers.reviewId, setAsideAnswers.questionCode], set: kept })
        .run();
    }
    writeAudit(tx, actor, {
      action: r.reason === 'cleared' ? 'review.answer-cleared' : 'review.answer-set-aside',
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

/** Drops a review's set-aside answers (at submission), with an audit row for each. */
export function dropSetAsideTx(tx: Tx, reviewId: number, context: Omit<WriteContext, 'now'>): void {
  const rows = tx.select().from(setAsideAnswers).where(eq(setAsideAnswers.reviewId, reviewId)).all();
  if (rows.length === 0) return;
  tx.delete(setAsideAnswers).where(eq(setAsideAnswers.reviewId, reviewId)).run();
  const source = context.via ? { via: context.via } : {};
  for (const r of rows)
    writeAudit(tx, context.actor, {
      action: 'review.set-aside-dropped',
      entityType: 'review',
      entityId: reviewId,
      inspectionId: context.inspectionId,
      caseFileId: context.caseFileId,
      detail: { question: r.questionCode, old: r.answer, new: null, oldNote: r.note, newNote: null, ...source },
    });
}

export interface SetAsideRow {
  reviewId: number;
  questionCode: string;
  answer: string;
  note: string | null;
  setAsideAt: string;
}

/** The answers set aside in these reviews (their questions no longer apply). */
export async function listSetAsideForReviews(reviewIds: number[]): Promise<SetAsideRow[]> {
  if (reviewIds.length === 0) return [];
  return Promise.resolve(
    getDb()
      .select({
        reviewId: setAsideAnswers.reviewId,
        questionCode: setAsideAnswers.questionCode,
        answer: setAsideAnswers.answer,
        note: setAsideAnswers.note,
        setAsideAt: setAsideAnswers.setAsideAt,
      })
      .from(setAsideAnswers)
      .where(inArray(setAsideAnswers.reviewId, reviewIds))
      .all(),
  );
}
