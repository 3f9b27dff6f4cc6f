'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction, withId } from '@/app/_server/action';
import { saveReview, type SaveOutcome } from '@/lib/reviews/save-review';
import { returnReview, submitReview } from '@/lib/reviews/submit-review';
import { NO_FILE } from '@/lib/reviews/context';
import { returnReviewSchema, submitReviewSchema } from '@/lib/validation/reviews';

/** Every field of the review form as text: the criteria's own reader checks them (lib/criteria). */
const reviewFields = z.record(z.string(), z.string());

/**
 * The one write path for a review's answers and facts corrections: autosave, "save and come back
 * later" and "continue" all come here, with or without JavaScript.
 */
export const saveReviewAction = serverAction(withId('file', reviewFields, NO_FILE), {
  name: 'review.save',
  roles: ['inspector'],
  run: (who, { id, input }) => saveReview(who, id, input),
  done: (outcome, { id, input }) => {
    if (outcome.kind === 'saved' && Object.keys(outcome.fieldErrors).length === 0) {
      if (input.intent === 'save') redirect(`/your-files?saved=${id}`);
      if (input.intent === 'check') redirect(`/files/${id}/check`);
    }
    return { ok: true, data: { outcome: outcome as SaveOutcome, values: input } };
  },
});

export const submitReviewAction = serverAction(withId('file', submitReviewSchema, NO_FILE), {
  name: 'review.submit',
  roles: ['inspector'],
  run: (who, { id, input }) => submitReview(who, id, input.version),
  done: (_, { id }) => redirect(`/your-files?submitted=${id}`),
});

export const returnReviewAction = serverAction(withId('file', returnReviewSchema, NO_FILE), {
  name: 'review.return',
  roles: ['lead', 'admin'],
  run: (who, { id, input }) => returnReview(who, id, input.version, input.reason),
  done: (file) =>
    redirect(`/inspections/${file.inspectionSlug}/forces/${file.forceCode}?returned=${encodeURIComponent(file.crimeReference)}`),
});
