import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_CODES, CRIME_TYPE_CODES, type AnswerCode } from '@/demo/peel-2017';
import { PEEL_2017_TEMPLATE, ruleHolds } from '@/demo/peel-2017-template';
import type { AppliesWhen } from '@/domain/rules';
import { BUILT_IN_SCALES } from '@/lib/templates/template-file';
import { legacyRule, peelFacts } from '@/testing/peel-2017';
import { classify, ruleStatus } from './classify';

const codes = PEEL_2017_TEMPLATE.questions.map((q) => q.code);
const facts = fc.record({
  crimeType: fc.constantFrom(...CRIME_TYPE_CODES),
  outcome: fc.option(fc.integer({ min: 1, max: 22 }), { nil: null }),
  domesticAbuse: fc.boolean(),
  repeatVictim: fc.boolean(),
  vulnerableVictim: fc.boolean(),
});
const rule: fc.Arbitrary<AppliesWhen> = fc.letrec<{ rule: AppliesWhen }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<AppliesWhen>(
      { flag: 'domestic_abuse' },
      { flag: 'repeat_victim' },
      { hasOutcome: true },
      { outcomeIn: [14, 16] },
      { crimeTypeIn: ['rape', 'stalking'] },
    ),
    fc.record({
      answer: fc.record({ question: fc.constantFrom(...codes.slice(0, 3)), in: fc.subarray([...ANSWER_CODES], { minLength: 1 }) }),
    }),
    fc.record({ any: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ all: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
  ),
})).rule;

describe('reading a rule with three values', () => {
  it('agrees with ruleHolds whenever every answer the rule looks at is given', () => {
    fc.assert(
      fc.property(rule, facts, fc.tuple(...codes.slice(0, 3).map(() => fc.constantFrom(...ANSWER_CODES))), (r, file, given) => {
        const answers: Record<string, AnswerCode> = Object.fromEntries(codes.slice(0, 3).map((c, i) => [c, given[i] as AnswerCode]));
        expect(ruleStatus(legacyRule(r), peelFacts(file), answers)).toBe(ruleHolds(r, file, answers));
      }),
    );
  });

  it('is unknown only when it hangs on a missing answer, and never contradicts ruleHolds when known', () => {
    fc.assert(
      fc.property(
        rule,
        facts,
        fc.dictionary(fc.constantFrom(...codes.slice(0, 3)), fc.constantFrom(...ANSWER_CODES)),
        (r, file, answers) => {
          const status = ruleStatus(legacyRule(r), peelFacts(file), answers);
          if (status !== null) expect(status).toBe(ruleHolds(r, file, answers));
          if (!JSON.stringify(r).includes('"answer"')) expect(status).not.toBeNull();
        },
      ),
    );
  });

  it('classifies the plan’s quality by the plan answer', () => {
    const options = BUILT_IN_SCALES.find((s) => s.code === 'YPNA')?.options ?? [];
    const q = { code: 'plan_quality', rule: legacyRule({ answer: { question: 'investigation_plan', in: ['yes'] } }), options };
    const file = peelFacts({ crimeType: 'abh', outcome: null });
    expect(classify(q, file, { investigation_plan: 'yes', plan_quality: 'partly' })).toBe('partly');
    expect(classify(q, file, { investigation_plan: 'yes' })).toBe('unanswered');
    expect(classify(q, file, { investigation_plan: 'no' })).toBe('not_applicable');
    expect(classify(q, file, {})).toBe('unanswered');
    expect(classify(q, file, null)).toBe('unanswered');
    expect(classify({ code: 'x', rule: legacyRule({ flag: 'repeat_victim' }), options }, file, null)).toBe('not_applicable');
    expect(classify({ code: 'x', rule: null, options }, file, { x: 'na' })).toBe('not_applicable');
  });
});
