import { describe, expect, it } from 'vitest';
import { peelFacts, peelTemplate } from '@/testing/peel-2017';
import { applicability, applicableCodes } from './applicability';
import { checkAnswers } from './check-answers';
import { readReviewForm, reviewFormSchema } from './review-form';
import { answerField, noteField, snapshotDiff, snapshotToForm } from './snapshot';
import type { FileFacts } from './types';

const template = peelTemplate();
const theft: FileFacts = peelFacts({ crimeType: 'theft-from-person', outcome: 18 });
const domestic16: FileFacts = peelFacts({ crimeType: 'common-assault', outcome: 16, domesticAbuse: true, repeatVictim: true });

const ALWAYS = template.questions.filter((q) => q.rule === null).map((q) => q.code);

function allYes(codes: string[]) {
  return Object.fromEntries(codes.map((c) => [c, { answer: 'yes' }]));
}

describe('applicability', () => {
  it('asks a plain theft only the questions that always apply, plus the outcome question', () => {
    expect(applicableCodes(template, theft, {})).toEqual(
      [...ALWAYS.filter((c) => c !== 'plan_quality'), 'outcome_appropriate'].sort(byTemplate),
    );
  });

  it('follows the file’s flags, crime type and outcome', () => {
    const codes = applicableCodes(template, domestic16, {});
    expect(codes).toContain('repeat_victim_identified');
    expect(codes).toContain('dash_completed');
    expect(codes).toContain('victim_wishes_recorded');
    expect(codes).toContain('evidence_led_considered');
    expect(applicableCodes(template, { ...theft, crimeType: 'stalking' }, {})).toContain('dash_completed');
    expect(applicableCodes(template, { ...theft, outcome: null }, {})).not.toContain('outcome_appropriate');
  });

  it('asks about the plan’s quality only when there was a plan', () => {
    expect(applicability(template, theft, {}).plan_quality).toBe(false);
    expect(applicability(template, theft, { investigation_plan: 'yes' }).plan_quality).toBe(true);
    expect(applicability(template, theft, { investigation_plan: 'no' }).plan_quality).toBe(false);
    expect(applicability(template, theft, { investigation_plan: 'na' }).plan_quality).toBe(false);
  });
});

function byTemplate(a: string, b: string) {
  const order = template.questions.map((q) => q.code);
  return order.indexOf(a) - order.indexOf(b);
}

describe('checking answers', () => {
  it('accepts a complete set and stores rationales only where given', () => {
    const given = {
      ...allYes(applicableCodes(template, theft, {})),
      bwv_used: { answer: 'no', note: 'Camera not switched on' },
      investigation_plan: { answer: 'no', note: 'No plan on file' },
    };
    const result = checkAnswers(template, theft, given, { complete: true, inapplicable: 'reject' });
    expect(result.issues).toEqual([]);
    expect(result.answers.bwv_used).toEqual({ answer: 'no', note: 'Camera not switched on' });
    expect(result.answers.vulnerability_identified).toEqual({ answer: 'yes', note: null });
    expect(result.notApplicable).toEqual([
      'repeat_victim_identified',
      'dash_completed',
      'plan_quality',
      'victim_wishes_recorded',
      'evidence_led_considered',
    ]);
  });

  it('requires a rationale for partly and no, in plain words', () => {
    const result = checkAnswers(template, theft, { evidence_secured: { answer: 'partly', note: '  ' } });
    expect(result.issues).toEqual([
      {
        question: 'evidence_secured',
        field: 'note',
        message: "Explain why you answered partly to “Were opportunities to secure evidence in the 'golden hour' taken?”",
      },
    ]);
    expect(result.answers).toEqual({});
  });

  it('refuses an answer outside the question’s set', () => {
    const result = checkAnswers(template, theft, { vulnerability_identified: { answer: 'na' }, risk_assessed: { answer: 'maybe' } });
    expect(result.issues.map((i) => i.message)).toEqual([
      "“na” is not an answer to “Was the victim's vulnerability identified at first contact?”: choose yes or no",
      '“maybe” is not an answer to “Was a structured risk assessment (THRIVE) recorded at first contact?”: choose yes or no',
    ]);
  });

  it('names every unanswered question when completeness is required', () => {
    const result = checkAnswers(template, theft, {}, { complete: true });
    expect(result.issues).toHaveLength(applicableCodes(template, theft, {}).length);
    expect(result.issues[0]?.message).toBe("Select an answer for “Was the victim's vulnerability identified at first contact?”");
  });

  it('drops or rejects an answer to a question that does not apply', () => {
    const given = { investigation_plan: { answer: 'no', note: 'None on file' }, plan_quality: { answer: 'yes' } };
    const dropped = checkAnswers(template, theft, given, { inapplicable: 'drop' });
    expect(dropped.issues).toEqual([]);
    expect(Object.keys(dropped.answers)).toEqual(['investigation_plan']);
    const rejected = checkAnswers(template, theft, given, { inapplicable: 'reject' });
    expect(rejected.issues.map((i) => i.message)).toEqual([
      '“Was the investigation plan of a good standard?” does not apply to this file: it is asked only when the answer to “Was there an investigation plan?” is yes',
    ]);
  });

  it('keeps a rationale typed before its answer from vanishing quietly', () => {
    const result = checkAnswers(template, theft, { risk_assessed: { answer: '', note: 'THRIVE missing' } });
    expect(result.issues).toEqual([
      {
        question: 'risk_assessed',
        field: 'answer',
        message: 'Select an answer for “Was a structured risk assessment (THRIVE) recorded at first contact?” to keep your rationale',
      },
    ]);
  });

  it('refuses a question code the template does not have', () => {
    expect(checkAnswers(template, theft, { made_up: { answer: 'yes' } }).issues).toEqual([
      { question: 'made_up', field: 'answer', message: '“made_up” is not a question of this inspection’s criteria' },
    ]);
  });
});

describe('the review form schema', () => {
  const ctx = { template, facts: theft };
  const base = { version: '3', intent: 'save', ...snapshotToForm(template, { facts: theft, answers: {} }) };

  it('reads facts corrections and answers, and applies the rules to the corrected facts', () => {
    const parsed = reviewFormSchema(ctx).parse({
      ...base,
      fact_outcome: '14',
      [answerField('victim_wishes_recorded')]: 'no',
      [noteField('victim_wishes_recorded')]: 'Not recorded',
      [answerField('outcome_appropriate')]: 'yes',
    });
    expect(parsed.version).toBe(3);
    expect(parsed.intent).toBe('save');
    expect(parsed.facts.outcome).toBe(14);
    expect(parsed.answers).toEqual({
      victim_wishes_recorded: { answer: 'no', note: 'Not recorded' },
      outcome_appropriate: { answer: 'yes', note: null },
    });
  });

  it('refuses fields it does not know, whole', () => {
    const read = readReviewForm(ctx, { ...base, reviewer_id: '1' });
    expect(read).toEqual({ ok: false, formError: 'This form could not be read. Reload the page and try again.' });
  });

  it('keeps the valid part of a form and names each refused field', () => {
    const read = readReviewForm(ctx, {
      ...base,
      [answerField('risk_assessed')]: 'yes',
      [answerField('bwv_used')]: 'no',
      fact_outcome: '99',
    });
    if (!read.ok) throw new Error(read.formError);
    expect(read.value.answers).toEqual({ risk_assessed: { answer: 'yes', note: null } });
    expect(read.value.facts.outcome).toBe(18);
    expect(read.fieldErrors).toEqual({
      fact_outcome: 'Select the outcome from the list',
      [noteField('bwv_used')]: 'Explain why you answered no to “Was body-worn video used where it was available and appropriate?”',
    });
  });

  it('saves every other answer when one rationale is too long, and names that field', () => {
    const read = readReviewForm(ctx, {
      ...base,
      [answerField('risk_assessed')]: 'no',
      [noteField('risk_assessed')]: 'x'.repeat(2_001),
      [answerField('response_timely')]: 'yes',
    });
    if (!read.ok) throw new Error(read.formError);
    expect(read.value.answers).toEqual({ response_timely: { answer: 'yes', note: null } });
    expect(read.fieldErrors).toEqual({
      [noteField('risk_assessed')]:
        'The rationale for “Was a structured risk assessment (THRIVE) recorded at first contact?” must be 2,000 characters or fewer',
    });
  });

  it('leaves the facts as they are when a post does not carry them', () => {
    const { fact_outcome: _outcome, fact_domestic_abuse: _da, ...withoutFacts } = base as Record<string, string>;
    const parsed = reviewFormSchema(ctx).parse({ ...withoutFacts, [answerField('outcome_appropriate')]: 'yes' });
    expect(parsed.facts.outcome).toBe(18);
    expect(parsed.answers).toEqual({ outcome_appropriate: { answer: 'yes', note: null } });
  });

  it('in complete mode, needs every question that applies', () => {
    const answered = Object.fromEntries(applicableCodes(template, theft, {}).map((c) => [answerField(c), 'yes']));
    expect(reviewFormSchema(ctx, { complete: true }).safeParse({ ...base, ...answered }).success).toBe(false);
    const withPlan = { ...answered, [answerField('plan_quality')]: 'yes' };
    expect(reviewFormSchema(ctx, { complete: true }).safeParse({ ...base, ...withPlan }).success).toBe(true);
  });

  it('lists what differs between two states of a review', () => {
    const a = { facts: { ...theft }, answers: { risk_assessed: { answer: 'yes', note: null } } };
    const b = {
      facts: { ...theft, flags: { ...theft.flags, domestic_abuse: true } },
      answers: { risk_assessed: { answer: 'yes', note: 'checked' } },
    };
    expect(snapshotDiff(template, a, b)).toEqual(['fact_domestic_abuse', 'answer_risk_assessed']);
  });
});
