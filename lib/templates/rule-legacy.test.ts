import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_NUMBERS } from '@/domain/codes';
import { ANSWER_SETS, CRIME_TYPE_CODES, FILE_FLAGS, type AnswerCode } from '@/demo/peel-2017';
import { PEEL_2017_TEMPLATE } from '@/demo/peel-2017-template';
import { ruleHolds, type FileFacts } from '@/demo/peel-2017-template';
import { evaluateRule, fromLegacyJson, parseRule, printRule, type Rule, type RuleContext, type RuleFacts } from './rule-language';

const PRINTED: Readonly<Record<string, string>> = {
  repeat_victim_identified: 'flag repeat_victim',
  dash_completed: 'flag domestic_abuse or crime_type in (stalking, harassment)',
  plan_quality: 'answer investigation_plan = yes',
  victim_wishes_recorded: 'outcome in (14, 16)',
  outcome_appropriate: 'has outcome',
  evidence_led_considered: 'outcome = 16 and (flag domestic_abuse or crime_type in (rape, stalking, harassment))',
};

function converted(question: (typeof PEEL_2017_TEMPLATE.questions)[number]): Rule | null {
  const result = fromLegacyJson(question.appliesWhen);
  if (!result.ok) throw new Error(`${question.code}: ${result.message}`);
  return result.rule;
}

function toRuleFacts(file: FileFacts): RuleFacts {
  return {
    crimeType: file.crimeType,
    outcome: file.outcome,
    flags: { domestic_abuse: file.domesticAbuse, repeat_victim: file.repeatVictim, vulnerable_victim: file.vulnerableVictim },
  };
}

const fileArb: fc.Arbitrary<FileFacts> = fc.record({
  crimeType: fc.constantFrom(...CRIME_TYPE_CODES),
  outcome: fc.option(fc.constantFrom(...OUTCOME_NUMBERS), { nil: null }),
  domesticAbuse: fc.boolean(),
  repeatVictim: fc.boolean(),
  vulnerableVictim: fc.boolean(),
});

const answersArb: fc.Arbitrary<Partial<Record<string, AnswerCode>>> = fc.record(
  Object.fromEntries(PEEL_2017_TEMPLATE.questions.map((q) => [q.code, fc.constantFrom(...ANSWER_SETS[q.answerSet])])),
  { requiredKeys: [] },
);

describe('fromLegacyJson', () => {
  it('converts every PEEL 2017 rule and prints the expected text', () => {
    for (const question of PEEL_2017_TEMPLATE.questions) {
      expect(printRule(converted(question)), question.code).toBe(PRINTED[question.code] ?? '');
    }
  });

  it('gives rules that parse back to themselves against the PEEL 2017 codes', () => {
    PEEL_2017_TEMPLATE.questions.forEach((question, index) => {
      const earlier = PEEL_2017_TEMPLATE.questions.slice(0, index);
      const context: RuleContext = {
        flags: FILE_FLAGS.map((f) => f.code),
        crimeTypes: CRIME_TYPE_CODES,
        outcomes: OUTCOME_NUMBERS,
        earlierQuestions: earlier.map((q) => ({ code: q.code, options: ANSWER_SETS[q.answerSet] })),
      };
      const rule = converted(question);
      expect(parseRule(printRule(rule), context)).toEqual({ ok: true, rule });
    });
  });

  it('evaluates every PEEL 2017 rule as ruleHolds does, over generated files and answers', () => {
    const rules = PEEL_2017_TEMPLATE.questions.map((q) => ({ legacy: q.appliesWhen, rule: converted(q), code: q.code }));
    fc.assert(
      fc.property(fileArb, answersArb, (file, answers) => {
        for (const { legacy, rule, code } of rules) {
          expect(evaluateRule(rule, toRuleFacts(file), answers), code).toBe(ruleHolds(legacy, file, answers));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('simplifies without changing the meaning', () => {
    expect(fromLegacyJson({ all: [] })).toEqual({ ok: true, rule: null });
    expect(fromLegacyJson({ any: [{ flag: 'repeat_victim' }] })).toEqual({ ok: true, rule: { kind: 'flag', flag: 'repeat_victim' } });
    expect(fromLegacyJson({ any: [{ any: [{ hasOutcome: true }, { flag: 'repeat_victim' }] }, { outcomeIn: [3, 3] }] })).toEqual({
      ok: true,
      rule: {
        kind: 'or',
        rules: [{ kind: 'hasOutcome' }, { kind: 'flag', flag: 'repeat_victim' }, { kind: 'outcome', outcomes: [3] }],
      },
    });
    expect(fromLegacyJson({ any: [{ crimeTypeIn: [] }, { hasOutcome: true }] })).toEqual({ ok: true, rule: { kind: 'hasOutcome' } });
    expect(fromLegacyJson({ any: [{ all: [] }, { hasOutcome: true }] })).toEqual({ ok: true, rule: null });
    expect(fromLegacyJson({ all: [{ all: [] }, { hasOutcome: true }] })).toEqual({ ok: true, rule: { kind: 'hasOutcome' } });
  });

  it('refuses a rule that can never hold, which the language cannot say', () => {
    for (const never of [
      { any: [] },
      { crimeTypeIn: [] },
      { outcomeIn: [] },
      { answer: { question: 'q', in: [] } },
      { all: [{ any: [] }, { hasOutcome: true }] },
    ]) {
      const result = fromLegacyJson(never as Parameters<typeof fromLegacyJson>[0]);
      expect(result.ok).toBe(false);
    }
  });
});
