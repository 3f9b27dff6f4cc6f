import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_LABELS, ANSWER_SETS, answerNeedsNote } from '@/demo/peel-2017';
import { describeRule, parseRule } from './rule-language';
import {
  BUILT_IN_SCALES,
  countsAs,
  findScale,
  isBuiltInScale,
  optionNeedsNote,
  questionOptions,
  readTemplateFile,
  ruleContextFor,
  ruleLabelsFor,
  writeTemplateFile,
  type TemplateDefinition,
} from './template-file';
import { templateFileArb } from './testing';

function read(text: string): TemplateDefinition {
  const result = readTemplateFile(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.template;
}

const FULL = JSON.stringify({
  questions: [
    {
      key: false,
      finding: '',
      applies_when: ' has   outcome ',
      scale: 'FPN',
      wording: 'Was the plan good?',
      theme: 'Planning',
      code: 'plan',
    },
    {
      code: 'care',
      theme: 'Care',
      wording: 'Was care good?',
      scale: 'YN',
      guidance: 'Line one.\nLine two.',
      applies_when: 'answer plan in (fully,partially)',
      finding: 'care was good',
      key: true,
    },
    { code: 'other', theme: 'Planning', wording: 'Was it “fine”?', scale: 'YPNA', guidance: null, key: null },
  ],
  scales: [
    {
      options: [
        { counts_as: 'met', label: 'Fully', code: 'fully' },
        { code: 'partially', label: 'Partly', counts_as: 'partly' },
      ],
      code: 'FPN',
    },
  ],
  flags: [{ label: 'Domestic abuse', code: 'domestic_abuse' }],
  crime_types: [{ label: 'Burglary', code: 'burglary' }],
  name: 'A template',
  version: 3,
  slug: 'a-template',
});

describe('writeTemplateFile', () => {
  it('writes keys in the contract’s order, leaves out what says nothing, and ends with a newline', () => {
    expect(writeTemplateFile(read(FULL))).toBe(`{
  "slug": "a-template",
  "version": 3,
  "name": "A template",
  "crime_types": [
    {
      "code": "burglary",
      "label": "Burglary"
    }
  ],
  "flags": [
    {
      "code": "domestic_abuse",
      "label": "Domestic abuse"
    }
  ],
  "scales": [
    {
      "code": "FPN",
      "options": [
        {
          "code": "fully",
          "label": "Fully",
          "counts_as": "met"
        },
        {
          "code": "partially",
          "label": "Partly",
          "counts_as": "partly"
        }
      ]
    }
  ],
  "questions": [
    {
      "code": "plan",
      "theme": "Planning",
      "wording": "Was the plan good?",
      "scale": "FPN",
      "applies_when": "has outcome"
    },
    {
      "code": "care",
      "theme": "Care",
      "wording": "Was care good?",
      "guidance": "Line one.\\nLine two.",
      "scale": "YN",
      "applies_when": "answer plan in (fully, partially)",
      "finding": "care was good",
      "key": true
    },
    {
      "code": "other",
      "theme": "Planning",
      "wording": "Was it “fine”?",
      "scale": "YPNA"
    }
  ]
}
`);
  });

  it('leaves out flags and scales when there are none', () => {
    const text = writeTemplateFile({ ...read(FULL), flags: [], scales: [], questions: read(FULL).questions.slice(2) });
    expect(text).not.toMatch(/"flags"|"scales"/);
    expect(read(text).flags).toEqual([]);
  });

  it('round-trips: write(read(write(t))) === write(t), and read(write(t)) is t, for generated templates', () => {
    fc.assert(
      fc.property(templateFileArb, (file) => {
        const template = read(JSON.stringify(file));
        const written = writeTemplateFile(template);
        expect(read(written)).toEqual(template);
        expect(writeTemplateFile(read(written))).toBe(written);
      }),
      { numRuns: 300 },
    );
  });

  it('reads every generated file the same whatever its key order and spacing', () => {
    fc.assert(
      fc.property(templateFileArb, (file) => {
        const reversed = JSON.stringify(Object.fromEntries(Object.entries(file).reverse()));
        expect(read(reversed)).toEqual(read(JSON.stringify(file, null, 4)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('template helpers', () => {
  const t = read(FULL);
  const [plan, care, other] = t.questions;
  if (!plan || !care || !other) throw new Error('the template lost questions');

  it('has the built-in scales of DOMAIN.md, with their labels and how they count', () => {
    expect(BUILT_IN_SCALES.map((s) => [s.code, s.options.map((o) => o.code)])).toEqual(Object.entries(ANSWER_SETS));
    for (const option of BUILT_IN_SCALES.flatMap((s) => s.options)) {
      const code = option.code as keyof typeof ANSWER_LABELS;
      expect(option.label).toBe(ANSWER_LABELS[code]);
      expect(optionNeedsNote({ options: [option] }, code)).toBe(answerNeedsNote(code));
    }
    expect(isBuiltInScale('YNA')).toBe(true);
    expect(isBuiltInScale('FPN')).toBe(false);
  });

  it('finds a scale, built-in or the template’s own', () => {
    expect(findScale(t, 'FPN')?.options.map((o) => o.code)).toEqual(['fully', 'partially']);
    expect(findScale(t, 'YN')?.options.map((o) => o.code)).toEqual(['yes', 'no']);
    expect(findScale(t, 'NOPE')).toBeUndefined();
  });

  it('gives a question’s options and how each counts, and which need a rationale', () => {
    expect(questionOptions(plan).map((o) => o.label)).toEqual(['Fully', 'Partly']);
    expect(countsAs(plan, 'fully')).toBe('met');
    expect(countsAs(plan, 'partially')).toBe('partly');
    expect(countsAs(plan, 'yes')).toBeUndefined();
    expect(optionNeedsNote(plan, 'partially')).toBe(true);
    expect(optionNeedsNote(plan, 'fully')).toBe(false);
    expect(optionNeedsNote(other, 'no')).toBe(true);
    expect(optionNeedsNote(other, 'na')).toBe(false);
    expect(optionNeedsNote(other, 'maybe')).toBe(false);
  });

  it('gives the editor what a question’s rule may name', () => {
    const context = ruleContextFor(t, 1);
    expect(context.earlierQuestions).toEqual([{ code: 'plan', options: ['fully', 'partially'] }]);
    expect(parseRule('answer plan = fully and flag domestic_abuse and crime_type = burglary and outcome = 22', context).ok).toBe(true);
    const later = parseRule('answer other = yes', context);
    expect(!later.ok && later.error.message).toBe('question "other" comes after this one: a rule may only name an earlier question');
  });

  it('gives the labels a rule is described with', () => {
    expect(describeRule(care.rule, ruleLabelsFor(t))).toBe('the answer to “Was the plan good?” is fully or partly');
    const flagged = parseRule('flag domestic_abuse or crime_type = burglary', ruleContextFor(t, 0));
    expect(flagged.ok && describeRule(flagged.rule, ruleLabelsFor(t))).toBe(
      'the file is flagged domestic abuse, or the crime type is burglary',
    );
  });
});
