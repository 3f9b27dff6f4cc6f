'use server';

import { redirect } from 'next/navigation';
import { actionUser, REFUSED } from '@/lib/auth/guards';
import { clientIp } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session';
import { saveReview, type SaveOutcome } from '@/lib/reviews/save-review';
import { returnReview, submitReview } from '@/lib/reviews/submit-review';
import { formDataToObject, parseForm, type ActionState } from '@/lib/validation/form-data';
import { returnReviewSchema, submitReviewSchema } from '@/lib/validation/reviews';

export interface ReviewActionState {
  outcome: SaveOutcome;
  /** The form as posted, so a page rendered without JavaScript can show it again. */
  values: Record<string, string>;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

async function actorFor(user: SessionUser) {
  return { id: user.id, label: user.email, ip: await clientIp() };
}

/**
 * The one write path for a review's answers and facts corrections: autosave, "save and come back
 * later" and "continue" all come here, with or without JavaScript.
 */
export async function saveReviewAction(caseFileId: number, _state: ReviewActionState | null, formData: FormData): Promise<ReviewActionState> {
  const user = await actionUser('inspector');
  if (!user) return { outcome: { kind: 'refused', message: REFUSED.formError }, values: {} };
  const values = formDataToObject(formData);
  const outcome = await saveReview(user, await actorFor(user), caseFileId, values);
  if (outcome.kind === 'saved' && Object.keys(outcome.fieldErrors).length === 0) {
    if (values.intent === 'save') redirect(`/your-files?saved=${caseFileId}`);
    if (values.intent === 'check') redirect(`/files/${caseFileId}/check`);
  }
  return { outcome, values };
}

export async function submitReviewAction(caseFileId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('inspector');
  if (!user) return REFUSED;
  const parsed = parseForm(submitReviewSchema, formData);
  if (!parsed.ok) return { ok: false, fieldErrors: {}, values: {}, formError: parsed.errors.fieldErrors.version ?? 'This form could not be read. Reload the page and try again.' };
  const result = await submitReview(user, await actorFor(user), caseFileId, parsed.data.version);
  if (!result.ok) {
    const fieldErrors = Object.fromEntries((result.problems ?? []).map((p) => [p.field, p.message]));
    return { ok: false, fieldErrors, values: {}, formError: result.message };
  }
  redirect(`/your-files?submitted=${caseFileId}`);
}

export async function returnReviewAction(caseFileId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('lead', 'admin');
  if (!user) return REFUSED;
  const parsed = parseForm(returnReviewSchema, formData);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: { reason: text(formData, 'reason') } };
  const result = await returnReview(user, await actorFor(user), caseFileId, parsed.data.version, parsed.data.reason);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: { reason: parsed.data.reason }, formError: result.message };
  const file = result.file;
  redirect(file ? `/inspections/${file.inspectionSlug}/forces/${file.forceCode}?returned=${encodeURIComponent(file.crimeReference)}` : '/inspections');
}
