import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_NUMBERS } from '@/domain/codes';
import { ANSWER_SETS, answerNeedsNote, CRIME_TYPE_CODES, type AnswerCode } from '@/demo/peel-2017';
import { PEEL_2017_TEMPLATE, ruleHolds } from '@/demo/peel-2017-template';
import { peelFacts, peelTemplate } from '@/testing/peel-2017';
import { checkAnswers, type GivenAnswer } from './check-answers';
import { reviewFormSchema } from './review-form';
import { answerField, noteField, snapshotToForm } from './snapshot';
import { NOTE_MAX_LENGTH } from './types';

// The oracle reads the template as DOMAIN.md writes it (demo/peel-2017-template.ts) with its own
// evaluator; the rules under test read the seeded template file.
const legacy = PEEL_2017_TEMPLATE;
const template = peelTemplate();

type FileFacts = Parameters<typeof ruleHolds>[1];

const factsArb: fc.Arbitrary<FileFacts> = fc.record({
  crimeType: fc.constantFrom(...CRIME_TYPE_CODES),
  outcome: fc.option(fc.constantFrom(...OUTCOME_NUMBERS), { nil: null }),
  domesticAbuse: fc.boolean(),
  repeatVictim: fc.boolean(),
  vulnerableVictim: fc.boolean(),
});

// Answers are biased towards the valid ones so that complete, valid sets turn up often.
const answerArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('yes', 'no', 'partly', 'na') },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('maybe', 'YES', ' yes ', 'n/a') },
);
const noteArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: fc.constantFrom('Recorded on the crime report', '  why  ') },
  { weight: 1, arbitrary: fc.constant('   ') },
  { weight: 1, arbitrary: fc.constant('x'.repeat(NOTE_MAX_LENGTH + 1)) },
);
const randomGivenArb: fc.Arbitrary<Record<string, GivenAnswer>> = fc.record(
  Object.fromEntries(legacy.questions.map((q) => [q.code, fc.record({ answer: answerArb, note: noteArb })])),
);

/** A valid, complete set for the file: each question that applies answered from its own set. */
function completeFor(facts: FileFacts): fc.Arbitrary<Record<string, GivenAnswer>> {
  return fc.array(fc.nat(3), { minLength: legacy.questions.length, maxLength: legacy.questions.length }).map((picks) => {
    const given: Record<string, GivenAnswer> = {};
    const sofar: Record<string, AnswerCode> = {};
    legacy.questions.forEach((q, i) => {
      if (!ruleHolds(q.appliesWhen, facts, sofar)) return;
      const set = ANSWER_SETS[q.answerSet];
      const answer = set[(picks[i] ?? 0) % set.length] as AnswerCode;
      sofar[q.code] = answer;
      given[q.code] = { answer, note: answerNeedsNote(answer) ? 'Seen on the file' : '' };
    });
    return given;
  });
}

/** One small change to a set: a different answer, a cleared note, or an answer where none belongs. */
function mutated(given: Record<string, GivenAnswer>): fc.Arbitrary<Record<string, GivenAnswer>> {
  return fc
    .record({ code: fc.constantFrom(...legacy.questions.map((q) => q.code)), answer: answerArb, note: noteArb })
    .map(({ code, answer, note }) => ({
      ...given,
      [code]: { answer, note },
    }));
}

function givenFor(facts: FileFacts): fc.Arbitrary<Record<string, GivenAnswer>> {
  return fc.oneof(randomGivenArb, completeFor(facts), completeFor(facts).chain(mutated));
}

const caseArb = factsArb.chain((facts) => givenFor(facts).map((given) => ({ facts, given })));

/**
 * An oracle written another way from the rules in DOMAIN.md: applicability as a fixed point over
 * the whole set of valid answers (not one pass in template order).
 */
function validAnswer(code: string, given: GivenAnswer): AnswerCode | undefined {
  const q = legacy.questions.find((x) => x.code === code);
  const a = (given.answer ?? '').trim();
  return q && (ANSWER_SETS[q.answerSet] as readonly string[]).includes(a) ? (a as AnswerCode) : undefined;
}

function fixedPointApplicable(facts: FileFacts, given: Record<string, GivenAnswer>): Set<string> {
  let kept: Record<string, AnswerCode> = {};
  for (const [code, g] of Object.entries(given)) {
    const a = validAnswer(code, g);
    if (a) kept[code] = a;
  }
  for (let i = 0; i <= legacy.questions.length; i += 1) {
    const applicable = new Set(legacy.questions.filter((q) => ruleHolds(q.appliesWhen, facts, kept)).map((q) => q.code));
    const next = Object.fromEntries(Object.entries(kept).filter(([code]) => applicable.has(code)));
    if (Object.keys(next).length === Object.keys(kept).length) return applicable;
    kept = next;
  }
  throw new Error('no fixed point');
}

/** Valid and complete, as an import with --submit must see it: nothing given where nothing applies. */
function oracleStrict(facts: FileFacts, given: Record<string, GivenAnswer>): boolean {
  const applicable = fixedPointApplicable(facts, given);
  return legacy.questions.every((q) => {
    const g = given[q.code] ?? {};
    const answer = (g.answer ?? '').trim();
    const note = (g.note ?? '').trim();
    if (!applicable.has(q.code)) return answer === '' && note === '';
    const valid = validAnswer(q.code, g);
    if (!valid || note.length > NOTE_MAX_LENGTH) return false;
    return !answerNeedsNote(valid) || note !== '';
  });
}

describe('criteria rules, for any answers', () => {
  const tally = { accepted: 0, refused: 0 };
  it('an import accepts exactly the valid, complete sets, and then stores exactly what applies', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, given }) => {
        const result = checkAnswers(template, peelFacts(facts), given, { complete: true, inapplicable: 'reject' });
        const accepted = result.issues.length === 0;
        expect(accepted).toBe(oracleStrict(facts, given));
        tally[accepted ? 'accepted' : 'refused'] += 1;
        if (accepted) {
          expect(new Set(Object.keys(result.answers))).toEqual(fixedPointApplicable(facts, given));
        }
      }),
      { numRuns: 3000 },
    );
    // Both sides of the equivalence must actually have been exercised.
    expect(tally.accepted).toBeGreaterThan(300);
    expect(tally.refused).toBeGreaterThan(300);
  });

  it('never keeps an answer to a question that does not apply, one outside its set, or a missing rationale', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ facts, given }, complete) => {
        const { answers } = checkAnswers(template, peelFacts(facts), given, { complete, inapplicable: 'drop' });
        const stored = Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, a.answer as AnswerCode]));
        for (const [code, a] of Object.entries(answers)) {
          const q = legacy.questions.find((x) => x.code === code);
          if (!q) throw new Error(`unknown ${code}`);
          expect(ruleHolds(q.appliesWhen, facts, stored)).toBe(true);
          expect(ANSWER_SETS[q.answerSet]).toContain(a.answer);
          if (answerNeedsNote(a.answer as AnswerCode)) expect(a.note?.trim()).toBeTruthy();
          expect((a.note ?? '').length).toBeLessThanOrEqual(NOTE_MAX_LENGTH);
        }
      }),
      { numRuns: 2000 },
    );
  });

  const formTally = { accepted: 0, refused: 0 };
  it('the form accepts a submission exactly when every question that applies is validly answered', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, given }) => {
        const form: Record<string, string> = {
          version: '1',
          intent: 'check',
          ...snapshotToForm(template, { facts: peelFacts(facts), answers: {} }),
        };
        for (const [code, g] of Object.entries(given)) {
          form[answerField(code)] = g.answer ?? '';
          form[noteField(code)] = g.note ?? '';
        }
        const parsed = reviewFormSchema({ template, facts: peelFacts(facts) }, { complete: true }).safeParse(form);
        // The form drops answers left on questions that no longer apply, so the oracle looks only
        // at what applies.
        const applicable = fixedPointApplicable(facts, given);
        const expected = legacy.questions
          .filter((q) => applicable.has(q.code))
          .every((q) => {
            const g = given[q.code] ?? {};
            const a = validAnswer(q.code, g);
            const note = (g.note ?? '').trim();
            return a !== undefined && note.length <= NOTE_MAX_LENGTH && (!answerNeedsNote(a) || note !== '');
          });
        expect(parsed.success).toBe(expected);
        formTally[expected ? 'accepted' : 'refused'] += 1;
        if (parsed.success) expect(new Set(Object.keys(parsed.data.answers))).toEqual(applicable);
      }),
      { numRuns: 2000 },
    );
    expect(formTally.accepted).toBeGreaterThan(200);
    expect(formTally.refused).toBeGreaterThan(200);
  });
});
