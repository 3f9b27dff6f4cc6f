import type { Actor } from '@/db/audit';
import type { FactsChange } from '@/db/case-files';
import { getLastChange, saveReviewChanges, type ReviewSaveInput } from '@/db/reviews';
import {
  checkAnswers,
  FACT_FIELDS,
  FACT_KEYS,
  answerField,
  noteField,
  readReviewForm,
  resolveField,
  snapshotDiff,
  type CorrectableFacts,
  type CriteriaTemplate,
  type GivenAnswer,
  type ReviewFormOutput,
  type ReviewFormValues,
  type ReviewSnapshot,
  type StoredAnswer,
} from '@/lib/criteria';
import { canEditReview, isAssignee, type Viewer } from './access';
import { loadReviewContext, type ReviewContext } from './context';

export type SaveOutcome =
  | { kind: 'refused'; message: string }
  | { kind: 'unreadable'; message: string }
  | {
      kind: 'saved';
      version: number;
      /** When the review was last written (null: nothing saved yet). */
      savedAt: string | null;
      snapshot: ReviewSnapshot;
      changed: boolean;
      /** Fields that could not be saved, and why. Everything else was saved. */
      fieldErrors: Record<string, string>;
    }
  | {
      kind: 'conflict';
      /** The stored version the inspector is now comparing with. */
      version: number;
      snapshot: ReviewSnapshot;
      /** Fact and answer field names where the inspector's form and the stored review differ. */
      differences: string[];
      changedBy: string | null;
      changedAt: string | null;
      fieldErrors: Record<string, string>;
    };

/** Why an inspector may not change a file's review, in words they can act on. */
export function refusalFor(viewer: Viewer, ctx: ReviewContext): string | null {
  if (canEditReview(viewer, ctx.file, ctx.review?.status ?? null)) return null;
  if (!isAssignee(viewer, ctx.file)) return 'This file is not assigned to you, so you cannot change its review';
  if (ctx.file.sampleStatus !== 'sampled') return 'This file has been taken out of the sample, so it is not reviewed';
  return 'This review has been submitted, so it can no longer be changed';
}

function conflictChoiceMessage(key: string, template: CriteriaTemplate): string {
  const q = template.questions.find((x) => answerField(x.code) === key);
  return q ? `Choose which answer to keep for “${q.wording}”` : 'Choose which version of the file’s facts to keep';
}

/**
 * The state to store: what was posted where it was valid, the stored state where it was not, and
 * only answers to questions that apply under the facts and answers that result.
 */
function desiredSnapshot(ctx: ReviewContext, posted: ReviewFormOutput, fieldErrors: Record<string, string>): ReviewSnapshot {
  const facts: CorrectableFacts = { ...posted.facts };
  const given: Record<string, GivenAnswer> = {};
  for (const q of ctx.template.questions) {
    const refused = fieldErrors[answerField(q.code)] !== undefined || fieldErrors[noteField(q.code)] !== undefined;
    const source = refused ? ctx.snapshot.answers[q.code] : posted.answers[q.code];
    if (source) given[q.code] = { answer: source.answer, note: source.note };
  }
  const checked = checkAnswers(ctx.template, { ...ctx.facts, ...facts }, given, { inapplicable: 'drop' });
  return { facts, answers: checked.answers };
}

/** Applies the inspector's conflict choices: for each difference, theirs or mine. */
function resolveConflict(
  ctx: ReviewContext,
  posted: ReviewSnapshot,
  choices: ReviewFormOutput['resolve'],
): { merged: ReviewSnapshot } | { missing: Record<string, string> } {
  const differences = snapshotDiff(ctx.template, posted, ctx.snapshot);
  const missing: Record<string, string> = {};
  for (const key of differences) if (!choices[key]) missing[resolveField(key)] = conflictChoiceMessage(key, ctx.template);
  if (Object.keys(missing).length) return { missing };
  const facts: CorrectableFacts = { ...posted.facts };
  for (const key of FACT_KEYS)
    if (choices[FACT_FIELDS[key]] === 'theirs') (facts as Record<string, unknown>)[key] = ctx.snapshot.facts[key];
  const answers: Record<string, StoredAnswer> = {};
  for (const q of ctx.template.questions) {
    const chosen = choices[answerField(q.code)] === 'theirs' ? ctx.snapshot.answers[q.code] : posted.answers[q.code];
    if (chosen) answers[q.code] = chosen;
  }
  return { merged: { facts, answers } };
}

function same(a: StoredAnswer | undefined, b: StoredAnswer | undefined): boolean {
  return (a?.answer ?? null) === (b?.answer ?? null) && (a?.note ?? null) === (b?.note ?? null);
}

function changesBetween(ctx: ReviewContext, next: ReviewSnapshot): Pick<ReviewSaveInput, 'facts' | 'upserts' | 'removals'> {
  const change: FactsChange = {};
  const old: FactsChange = {};
  for (const key of FACT_KEYS) {
    if (next.facts[key] === ctx.snapshot.facts[key]) continue;
    (change as Record<string, unknown>)[key] = next.facts[key];
    (old as Record<string, unknown>)[key] = ctx.snapshot.facts[key];
  }
  const upserts: ReviewSaveInput['upserts'] = [];
  const removals: ReviewSaveInput['removals'] = [];
  for (const q of ctx.template.questions) {
    const before = ctx.snapshot.answers[q.code];
    const after = next.answers[q.code];
    if (same(before, after)) continue;
    if (after) upserts.push({ code: q.code, value: after, old: before ?? null });
    else if (before) removals.push({ code: q.code, old: before });
  }
  return { facts: { change, old }, upserts, removals };
}

async function conflictFrom(ctx: ReviewContext, posted: ReviewSnapshot, fieldErrors: Record<string, string>): Promise<SaveOutcome> {
  const last = await getLastChange(ctx.file.id);
  return {
    kind: 'conflict',
    version: ctx.review?.version ?? 0,
    snapshot: ctx.snapshot,
    differences: snapshotDiff(ctx.template, posted, ctx.snapshot),
    changedBy: last?.name ?? null,
    changedAt: last?.at ?? null,
    fieldErrors,
  };
}

/**
 * Saves the review form for a file: the one write path for answers and facts corrections, used by
 * autosave, "save and come back later" and "continue". A form based on an older version of the
 * review is never written over it: the inspector is shown what differs and chooses.
 */
export async function saveReview(viewer: Viewer, actor: Actor, caseFileId: number, raw: ReviewFormValues): Promise<SaveOutcome> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return { kind: 'refused', message: 'This file does not exist' };
  const refusal = refusalFor(viewer, ctx);
  if (refusal) return { kind: 'refused', message: refusal };
  const read = readReviewForm({ template: ctx.template, facts: ctx.facts }, raw, { complete: raw.intent === 'check' });
  if (!read.ok) return { kind: 'unreadable', message: read.formError };

  const storedVersion = ctx.review?.version ?? 0;
  // What a save that changes nothing answers: the stored version and snapshot, as they are.
  const unchanged: SaveOutcome = {
    kind: 'saved',
    version: storedVersion,
    savedAt: ctx.review?.updatedAt ?? null,
    snapshot: ctx.snapshot,
    changed: false,
    fieldErrors: read.fieldErrors,
  };
  let desired = desiredSnapshot(ctx, read.value, read.fieldErrors);
  if (read.value.version !== storedVersion) {
    // Nothing the inspector has differs from what is stored: there is nothing to choose between.
    if (snapshotDiff(ctx.template, desired, ctx.snapshot).length === 0) {
      return unchanged;
    }
    if (read.value.against !== storedVersion) return conflictFrom(ctx, desired, read.fieldErrors);
    const resolved = resolveConflict(ctx, desired, read.value.resolve);
    if ('missing' in resolved) return conflictFrom(ctx, desired, { ...read.fieldErrors, ...resolved.missing });
    desired = desiredSnapshot(ctx, { ...read.value, ...resolved.merged }, {});
  }

  const changes = changesBetween(ctx, desired);
  const nothing = Object.keys(changes.facts.change).length === 0 && changes.upserts.length === 0 && changes.removals.length === 0;
  if (nothing) {
    return unchanged;
  }
  const write = await saveReviewChanges(
    {
      file: { id: ctx.file.id, inspectionId: ctx.file.inspectionId },
      reviewId: ctx.review?.id ?? null,
      expectedVersion: storedVersion,
      reviewerId: viewer.id,
      ...changes,
    },
    actor,
  );
  if (!write.ok) {
    // Another save landed between reading and writing: compare with that one instead.
    const fresh = await loadReviewContext(caseFileId);
    return fresh ? conflictFrom(fresh, desired, read.fieldErrors) : { kind: 'refused', message: 'This file does not exist' };
  }
  return {
    kind: 'saved',
    version: write.version,
    savedAt: write.updatedAt,
    snapshot: desired,
    changed: true,
    fieldErrors: read.fieldErrors,
  };
}
