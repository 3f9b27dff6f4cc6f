import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_NUMBERS } from '@/domain/codes';
import { ANSWER_SETS, CRIME_TYPE_CODES, CRIME_TYPES, FILE_FLAGS, type AnswerCode } from '@/demo/peel-2017';
import { PEEL_2017_TEMPLATE } from '@/demo/peel-2017-template';
import { ruleHolds, type FileFacts } from '@/demo/peel-2017-template';
import { metPhrase } from '@/demo/peel-2017-phrases';
import { evaluateRule, fromLegacyJson } from './rule-language';
import { readTemplateFile, writeTemplateFile, type TemplateDefinition } from './template-file';

const FILE = path.resolve(import.meta.dirname, '../../db/seed-data/templates/peel-2017-crime-files.v1.json');
const bytes = readFileSync(FILE);

function template(): TemplateDefinition {
  const result = readTemplateFile(bytes);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.template;
}

describe('the PEEL 2017 template file', () => {
  const t = template();

  it('is today’s template: slug, version, name, crime types and flags', () => {
    expect([t.slug, t.version, t.name]).toEqual([PEEL_2017_TEMPLATE.slug, PEEL_2017_TEMPLATE.version, PEEL_2017_TEMPLATE.name]);
    expect(t.crimeTypes).toEqual(CRIME_TYPES.map(({ code, label }) => ({ code, label })));
    expect(t.flags).toEqual(FILE_FLAGS.map(({ code, label }) => ({ code, label })));
    expect(t.scales).toEqual([]);
  });

  it('has today’s questions in order: code, theme, wording, scale, guidance, and no key questions', () => {
    expect(
      t.questions.map((q) => ({ code: q.code, theme: q.theme, wording: q.wording, scale: q.scale, guidance: q.guidance, key: q.key })),
    ).toEqual(
      PEEL_2017_TEMPLATE.questions.map((q) => ({
        code: q.code,
        theme: q.theme,
        wording: q.wording,
        scale: q.answerSet,
        guidance: q.hint,
        key: false,
      })),
    );
    expect(t.questions.map((q) => q.options.map((o) => o.code))).toEqual(PEEL_2017_TEMPLATE.questions.map((q) => ANSWER_SETS[q.answerSet]));
  });

  it('has today’s met phrases as its findings', () => {
    expect(t.questions.map((q) => q.finding)).toEqual(PEEL_2017_TEMPLATE.questions.map((q) => metPhrase(q)));
  });

  it('has today’s rules, as trees and in meaning over generated files and answers', () => {
    t.questions.forEach((q, i) => {
      const legacy = fromLegacyJson(PEEL_2017_TEMPLATE.questions[i]?.appliesWhen ?? null);
      expect(legacy.ok && legacy.rule, q.code).toEqual(q.rule);
    });
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
    fc.assert(
      fc.property(fileArb, answersArb, (file, answers) => {
        const flags = { domestic_abuse: file.domesticAbuse, repeat_victim: file.repeatVictim, vulnerable_victim: file.vulnerableVictim };
        t.questions.forEach((q, i) => {
          const legacy = PEEL_2017_TEMPLATE.questions[i]?.appliesWhen ?? null;
          expect(evaluateRule(q.rule, { crimeType: file.crimeType, outcome: file.outcome, flags }, answers), q.code).toBe(
            ruleHolds(legacy, file, answers),
          );
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is exactly what writeTemplateFile writes for it', () => {
    expect(writeTemplateFile(t)).toBe(bytes.toString('utf8'));
  });
});
