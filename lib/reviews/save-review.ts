import type { FactsChange } from '@/db/case-files';
import { getLastChange, saveReviewChanges, type ReviewSaveInput } from '@/db/reviews';
import {
  checkAnswers,
  factField,
  factKeys,
  OUTCOME_KEY,
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
  applicability,
} from '@/lib/criteria';
import { decide, type Principal } from '@/lib/policy';
import { fileFacts, loadReviewContext, NO_FILE, reviewOpen, type ReviewContext } from './context';
import { formError, notFound, ok, refused, type Result } from '@/lib/result';

/** What a save gives back when it could be tried: saved (perhaps in part), or a conflict to settle. */
export type SaveResult =
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

/** What the review page's script handles: a save's result, or why it was not tried. */
export type SaveOutcome = SaveResult | { kind: 'refused'; message: string };

/** The inspector a write is credited to: the policy lets only the file's inspector write. */
export function reviewerId(who: Principal): number {
  if (who.kind !== 'user') throw new Error('Only a signed-in inspector writes a review');
  return who.id;
}

/** Why this person may not change a file's review, in words they can act on (null: they may). */
export function refusalFor(who: Principal, ctx: ReviewContext): string | null {
  const decision = decide(who, 'review.write', fileFacts(ctx));
  if (!decision.allowed) return decision.reason;
  if (reviewOpen(ctx)) return null;
  if (ctx.file.sampleStatus !== 'sampled') return 'This file has been taken out of the sample, so it is not reviewed';
  return 'This review has been submitted, so it can no longer be changed';
}

function conflictChoiceMessage(key: string, template: CriteriaTemplate): string {
  const q = template.questions.find((x) => answerField(x.code) === key);
  return q ? `Choose which answer to keep for “${q.wording}”` : 'Choose which version of the file’s facts to keep';
}

/**
 * The state to store: what was posted where it was valid, the stored state where it was not, and
 * only answers to questions that apply under the facts and answers that result. A question left
 * unanswered gets back the answer set aside for it, if it has one and applies again.
 */
function desiredSnapshot(ctx: ReviewContext, posted: ReviewFormOutput, fieldErrors: Record<string, string>): ReviewSnapshot {
  const facts: CorrectableFacts = { outcome: posted.facts.outcome, flags: { ...posted.facts.flags } };
  const given: Record<string, GivenAnswer> = {};
  for (const q of ctx.template.questions) {
    const refused = fieldErrors[answerField(q.code)] !== undefined || fieldErrors[noteField(q.code)] !== undefined;
    const source = refused ? ctx.snapshot.answers[q.code] : posted.answers[q.code];
    // Nothing given for a question whose answer was set aside: that answer comes back if it applies.
    const kept = source ?? ctx.setAside[q.code];
    if (kept) given[q.code] = { answer: kept.answer, note: kept.note };
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
  const facts: CorrectableFacts = { outcome: posted.facts.outcome, flags: { ...posted.facts.flags } };
  for (const key of factKeys(ctx.template)) {
    if (choices[factField(key)] !== 'theirs') continue;
    if (key === OUTCOME_KEY) facts.outcome = ctx.snapshot.facts.outcome;
    else facts.flags[key] = ctx.snapshot.facts.flags[key] === true;
  }
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
  const old: FactsChange = { outcome: ctx.snapshot.facts.outcome, flags: { ...ctx.snapshot.facts.flags } };
  if (next.facts.outcome !== ctx.snapshot.facts.outcome) change.outcome = next.facts.outcome;
  for (const f of ctx.template.flags) {
    const after = next.facts.flags[f.code] === true;
    if (after === (ctx.snapshot.facts.flags[f.code] === true)) continue;
    change.flags = { ...change.flags, [f.code]: after };
  }
  const upserts: ReviewSaveInput['upserts'] = [];
  const removals: ReviewSaveInput['removals'] = [];
  // Whether a question still applies decides why an answer went: it stopped applying, or was cleared.
  const given = Object.fromEntries(Object.entries(next.answers).map(([code, a]) => [code, a.answer]));
  const applies = applicability(ctx.template, { ...ctx.facts, ...next.facts }, given);
  for (const q of ctx.template.questions) {
    const before = ctx.snapshot.answers[q.code];
    const after = next.answers[q.code];
    if (same(before, after)) continue;
    if (after) upserts.push({ code: q.code, value: after, old: before ?? null, restored: !before && same(after, ctx.setAside[q.code]) });
    else if (before) removals.push({ code: q.code, old: before, reason: applies[q.code] ? 'cleared' : 'not-applicable' });
  }
  return { facts: { change, old }, upserts, removals };
}

async function conflictFrom(ctx: ReviewContext, posted: ReviewSnapshot, fieldErrors: Record<string, string>): Promise<SaveResult> {
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
export async function saveReview(who: Principal, caseFileId: number, raw: ReviewFormValues): Promise<Result<SaveResult>> {
  const ctx = await loadReviewContext(caseFileId);
  if (!ctx) return notFound(NO_FILE);
  const refusal = refusalFor(who, ctx);
  if (refusal) return refused(refusal);
  const read = readReviewForm({ template: ctx.template, facts: ctx.facts }, raw, { complete: raw.intent === 'check' });
  if (!read.ok) return formError(read.formError);

  const storedVersion = ctx.review?.version ?? 0;
  // What a save that changes nothing answers: the stored version and snapshot, as they are.
  const unchanged: Result<SaveResult> = ok({
    kind: 'saved',
    version: storedVersion,
    savedAt: ctx.review?.updatedAt ?? null,
    snapshot: ctx.snapshot,
    changed: false,
    fieldErrors: read.fieldErrors,
  });
  let desired = desiredSnapshot(ctx, read.value, read.fieldErrors);
  if (read.value.version !== storedVersion) {
    // Nothing the inspector has differs from what is stored: there is nothing to choose between.
    if (snapshotDiff(ctx.template, desired, ctx.snapshot).length === 0) {
      return unchanged;
    }
    if (read.value.against !== storedVersion) return ok(await conflictFrom(ctx, desired, read.fieldErrors));
    const resolved = resolveConflict(ctx, desired, read.value.resolve);
    if ('missing' in resolved) return ok(await conflictFrom(ctx, desired, { ...read.fieldErrors, ...resolved.missing }));
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
      reviewerId: reviewerId(who),
      ...changes,
    },
    who,
  );
  if (!write.ok) {
    // Another save landed between reading and writing: compare with that one instead.
    const fresh = await loadReviewContext(caseFileId);
    return fresh ? ok(await conflictFrom(fresh, desired, read.fieldErrors)) : notFound(NO_FILE);
  }
  return ok({
    kind: 'saved',
    version: write.version,
    savedAt: write.updatedAt,
    snapshot: desired,
    changed: true,
    fieldErrors: read.fieldErrors,
  });
}
