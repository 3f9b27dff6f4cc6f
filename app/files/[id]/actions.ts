'use server';

import { redirect } from 'next/navigation';
import { actionUser, REFUSED } from '@/app/_server/guards';
import { clientIp } from '@/app/_server/session';
import type { SessionUser } from '@/app/_server/session';
import { saveReview, type SaveOutcome } from '@/lib/reviews/save-review';
import { returnReview, submitReview } from '@/lib/reviews/submit-review';
import { parseId } from '@/lib/reviews/context';
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
 * Which file a form is about. It travels as a field rather than a bound argument: React puts an
 * action's state into the form for the next post without JavaScript, and cannot do that for an
 * action that is already bound. Whoever posts, the file is checked against them before anything.
 */
function fileOf(formData: FormData): { id: number | null; rest: FormData } {
  const raw = formData.get('file');
  const rest = new FormData();
  formData.forEach((value, key) => {
    if (key !== 'file') rest.append(key, value);
  });
  return { id: parseId(typeof raw === 'string' ? raw : null), rest };
}

const NO_FILE = 'This file does not exist';

/**
 * The one write path for a review's answers and facts corrections: autosave, "save and come back
 * later" and "continue" all come here, with or without JavaScript.
 */
export async function saveReviewAction(_state: ReviewActionState | null, formData: FormData): Promise<ReviewActionState> {
  const user = await actionUser('inspector');
  if (!user) return { outcome: { kind: 'refused', message: REFUSED.formError }, values: {} };
  const { id: caseFileId, rest } = fileOf(formData);
  const values = formDataToObject(rest);
  if (caseFileId === null) return { outcome: { kind: 'refused', message: NO_FILE }, values };
  const outcome = await saveReview(user, await actorFor(user), caseFileId, values);
  if (outcome.kind === 'saved' && Object.keys(outcome.fieldErrors).length === 0) {
    if (values.intent === 'save') redirect(`/your-files?saved=${caseFileId}`);
    if (values.intent === 'check') redirect(`/files/${caseFileId}/check`);
  }
  return { outcome, values };
}

export async function submitReviewAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('inspector');
  if (!user) return REFUSED;
  const { id: caseFileId, rest } = fileOf(formData);
  if (caseFileId === null) return { ok: false, fieldErrors: {}, values: {}, formError: NO_FILE };
  const parsed = parseForm(submitReviewSchema, rest);
  if (!parsed.ok)
    return {
      ok: false,
      fieldErrors: {},
      values: {},
      formError: parsed.errors.fieldErrors.version ?? 'This form could not be read. Reload the page and try again.',
    };
  const result = await submitReview(user, await actorFor(user), caseFileId, parsed.data.version);
  if (!result.ok) {
    const fieldErrors = Object.fromEntries((result.problems ?? []).map((p) => [p.field, p.message]));
    return { ok: false, fieldErrors, values: {}, formError: result.message };
  }
  redirect(`/your-files?submitted=${caseFileId}`);
}

export async function returnReviewAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await actionUser('lead', 'admin');
  if (!user) return REFUSED;
  const { id: caseFileId, rest } = fileOf(formData);
  if (caseFileId === null) return { ok: false, fieldErrors: {}, values: {}, formError: NO_FILE };
  const parsed = parseForm(returnReviewSchema, rest);
  if (!parsed.ok) return { ok: false, ...parsed.errors, values: { reason: text(formData, 'reason') } };
  const result = await returnReview(user, await actorFor(user), caseFileId, parsed.data.version, parsed.data.reason);
  if (!result.ok) return { ok: false, fieldErrors: {}, values: { reason: parsed.data.reason }, formError: result.message };
  const file = result.file;
  redirect(
    file
      ? `/inspections/${file.inspectionSlug}/forces/${file.forceCode}?returned=${encodeURIComponent(file.crimeReference)}`
      : '/inspections',
  );
}
