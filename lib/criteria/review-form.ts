import { z } from 'zod';
import { checkAnswers, type GivenAnswer } from './check-answers';
import { checkFacts, factField, factKeys, type CorrectableFacts } from './facts';
import { answerField, noteField, resolveField, type ReviewSnapshot } from './snapshot';
import type { CriteriaTemplate, FileFacts } from './types';

export const REVIEW_INTENTS = ['stay', 'save', 'check'] as const;
export type ReviewIntent = (typeof REVIEW_INTENTS)[number];
export type ConflictChoice = 'mine' | 'theirs';

/** The review form's fields as posted (FormData) or held by react-hook-form (null = radio unset). */
export type ReviewFormValues = Record<string, string | null | undefined>;

/** What the form is checked against: the template version and the file as it is stored now. */
export interface ReviewFormContext {
  template: CriteriaTemplate;
  /** The file's stored facts: the crime type, and the fallback for a refused correction. */
  facts: FileFacts;
}

export interface ReviewFormOutput extends ReviewSnapshot {
  /** The review version the form was based on (0: no review yet). */
  version: number;
  /** Set while resolving a conflict: the stored version the inspector has compared with. */
  against: number | null;
  intent: ReviewIntent;
  notApplicable: string[];
  /** Conflict choices, by fact or answer field name. */
  resolve: Record<string, ConflictChoice>;
}

interface Evaluated {
  value: ReviewFormOutput;
  issues: { field: string; message: string }[];
}

const FORM_ERROR = 'This form could not be read. Reload the page and try again.';

function num(value: string | null | undefined): number | null {
  return value !== undefined && value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

function evaluate(ctx: ReviewFormContext, raw: ReviewFormValues, complete: boolean): Evaluated {
  const fallback: CorrectableFacts = { outcome: ctx.facts.outcome, flags: ctx.facts.flags };
  const checkedFacts = checkFacts(ctx.template, raw, fallback);
  const facts: FileFacts = { ...ctx.facts, ...checkedFacts.facts };
  const given: Record<string, GivenAnswer> = {};
  for (const q of ctx.template.questions) given[q.code] = { answer: raw[answerField(q.code)], note: raw[noteField(q.code)] };
  const checked = checkAnswers(ctx.template, facts, given, { complete, inapplicable: 'drop' });
  const resolve: Record<string, ConflictChoice> = {};
  for (const key of diffKeys(ctx.template)) {
    const choice = raw[resolveField(key)];
    if (choice === 'mine' || choice === 'theirs') resolve[key] = choice;
  }
  const intent = raw.intent;
  return {
    value: {
      version: num(raw.version) ?? 0,
      against: num(raw.against),
      intent: intent === 'save' || intent === 'check' ? intent : 'stay',
      facts: checkedFacts.facts,
      answers: checked.answers,
      notApplicable: checked.notApplicable,
      resolve,
    },
    issues: [
      ...checkedFacts.issues.map((i) => ({ field: factField(i.key), message: i.message })),
      ...checked.issues.map((i) => ({ field: i.field === 'answer' ? answerField(i.question) : noteField(i.question), message: i.message })),
    ],
  };
}

function diffKeys(template: CriteriaTemplate): string[] {
  return [...factKeys(template).map(factField), ...template.questions.map((q) => answerField(q.code))];
}

/** The field names the review form may carry, in the order errors are listed. */
export function reviewFieldOrder(template: CriteriaTemplate): string[] {
  return [...factKeys(template).map(factField), ...template.questions.flatMap((q) => [answerField(q.code), noteField(q.code)])];
}

/**
 * THE schema of the review form, built from a template version. react-hook-form checks with it in
 * the browser and the server action parses the posted form with it. Its output holds only what may
 * be stored: valid answers to questions that apply, with a rationale wherever one is due; answers
 * to questions that do not apply are left out (stored as no row: "not applicable").
 * `complete` (submitting) also requires every question that applies to be answered.
 */
export function reviewFormSchema(ctx: ReviewFormContext, options: { complete?: boolean } = {}) {
  // No length limit here: an over-long rationale is one field's error (see checkAnswers), never a
  // reason to refuse every other answer in the form. The request size limit bounds the whole post.
  const text = z.string().nullable().optional();
  // '' is "not chosen yet": the server then asks for a choice by name.
  const choice = z.enum(['mine', 'theirs', '']).nullable().optional();
  const shape: Record<string, z.ZodType> = {
    version: z.string().regex(/^\d{1,9}$/),
    against: z
      .string()
      .regex(/^\d{1,9}$/)
      .nullable()
      .optional(),
    intent: z.enum(REVIEW_INTENTS).nullable().optional(),
  };
  for (const field of factKeys(ctx.template).map(factField)) shape[field] = text;
  for (const q of ctx.template.questions) {
    shape[answerField(q.code)] = text;
    shape[noteField(q.code)] = text;
  }
  for (const key of diffKeys(ctx.template)) shape[resolveField(key)] = choice;
  const complete = options.complete ?? false;
  return z
    .strictObject(shape, { error: () => FORM_ERROR })
    .superRefine((raw, ctx2) => {
      for (const issue of evaluate(ctx, raw as ReviewFormValues, complete).issues) {
        ctx2.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
      }
    })
    .transform((raw) => evaluate(ctx, raw as ReviewFormValues, complete).value);
}

export type ReadReviewForm = { ok: false; formError: string } | { ok: true; value: ReviewFormOutput; fieldErrors: Record<string, string> };

/**
 * The server's reading of a posted review form. A form that is not this form (unknown fields, no
 * version) is refused whole. Otherwise the valid part is kept and each refused field is named, so
 * "save and come back later" saves every answer it can and says which it could not.
 */
export function readReviewForm(ctx: ReviewFormContext, raw: ReviewFormValues, options: { complete?: boolean } = {}): ReadReviewForm {
  const parsed = reviewFormSchema(ctx, options).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, fieldErrors: {} };
  const fields = new Set(reviewFieldOrder(ctx.template));
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length === 1 ? String(issue.path[0]) : '';
    if (!fields.has(field) || issue.code !== 'custom') return { ok: false, formError: FORM_ERROR };
    fieldErrors[field] ??= issue.message;
  }
  return { ok: true, value: evaluate(ctx, raw, options.complete ?? false).value, fieldErrors };
}
