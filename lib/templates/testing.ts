import fc from 'fast-check';
import { joinRules, type Rule } from './rule-ast';
import { printRule } from './rule-print';
import type { RuleContext } from './rule-parse';

/**
 * Test-only generators: contexts, and rules that are valid in them. Codes are biased towards the
 * words of the language itself ("and", "in", "outcome"…), which the parser must read as codes
 * where a code is due.
 */
const KEYWORDS = ['and', 'or', 'not', 'in', 'flag', 'has', 'outcome', 'crime_type', 'answer'] as const;

export const codeArb = (pattern: RegExp): fc.Arbitrary<string> =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...KEYWORDS) }, { weight: 4, arbitrary: fc.stringMatching(pattern) });

export const fileCodeArb = codeArb(/^[a-z0-9_-]{1,12}$/);
export const questionCodeArb = codeArb(/^[a-z0-9_]{1,16}$/);

export const contextArb: fc.Arbitrary<RuleContext> = fc.record({
  flags: fc.uniqueArray(fileCodeArb, { maxLength: 5 }),
  crimeTypes: fc.uniqueArray(fileCodeArb, { minLength: 1, maxLength: 6 }),
  outcomes: fc.uniqueArray(fc.integer({ min: 1, max: 22 }), { minLength: 1, maxLength: 22 }),
  earlierQuestions: fc.uniqueArray(
    fc.record({ code: questionCodeArb, options: fc.uniqueArray(fileCodeArb, { minLength: 1, maxLength: 5 }) }),
    { maxLength: 4, selector: (q) => q.code },
  ),
});

/** A canonical rule that is valid in `context`, nested at most `depth` levels. */
export function ruleArb(context: RuleContext, depth = 4): fc.Arbitrary<Rule> {
  const leaves: fc.Arbitrary<Rule>[] = [
    fc.uniqueArray(fc.constantFrom(...context.crimeTypes), { minLength: 1, maxLength: 4 }).map((codes) => ({ kind: 'crimeType', codes })),
    fc.uniqueArray(fc.constantFrom(...context.outcomes), { minLength: 1, maxLength: 4 }).map((outcomes) => ({ kind: 'outcome', outcomes })),
    fc.constant({ kind: 'hasOutcome' }),
  ];
  if (context.flags.length > 0) leaves.push(fc.constantFrom(...context.flags).map((flag) => ({ kind: 'flag', flag })));
  for (const q of context.earlierQuestions) {
    const options = q.options ?? [];
    if (options.length === 0) continue;
    leaves.push(
      fc
        .uniqueArray(fc.constantFrom(...options), { minLength: 1, maxLength: 3 })
        .map((picked) => ({ kind: 'answer', question: q.code, options: picked })),
    );
  }
  const leaf = fc.oneof(...leaves);
  const { rule } = fc.letrec<{ rule: Rule }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', maxDepth: depth },
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: tie('rule').map((inner): Rule => ({ kind: 'not', rule: inner })) },
      { weight: 1, arbitrary: fc.array(tie('rule'), { minLength: 2, maxLength: 3 }).map((parts) => joinRules('and', parts)) },
      { weight: 1, arbitrary: fc.array(tie('rule'), { minLength: 2, maxLength: 3 }).map((parts) => joinRules('or', parts)) },
    ),
  }));
  return rule;
}

export const contextAndRuleArb: fc.Arbitrary<{ context: RuleContext; rule: Rule }> = contextArb.chain((context) =>
  ruleArb(context).map((rule) => ({ context, rule })),
);

/** Text a person would write: no spaces at the ends, quotes, backslashes and non-ASCII included. */
function makeWordsArb(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.stringMatching(/^(?:[A-Za-z0-9é"\\]|😀)$/),
      fc.stringMatching(new RegExp(`^(?:[A-Za-z0-9 ,.?'’()é"\\\\–-]|😀){0,${maxLength}}$`)),
    )
    .map(([first, rest]) => (first + rest).trimEnd());
}

// Built once: making a string arbitrary from a pattern costs more than drawing from it.
const WORDS = new Map([12, 20, 30, 40, 60, 80].map((n) => [n, makeWordsArb(n)]));

export function wordsArb(maxLength = 30): fc.Arbitrary<string> {
  return WORDS.get(maxLength) ?? makeWordsArb(maxLength);
}

const COUNTS = ['met', 'partly', 'not_met', 'not_applicable'] as const;
const BUILT_IN = ['YN', 'YNA', 'YPN', 'YPNA'];
const BUILT_IN_OPTIONS: Readonly<Record<string, string[]>> = {
  YN: ['yes', 'no'],
  YNA: ['yes', 'no', 'na'],
  YPN: ['yes', 'partly', 'no'],
  YPNA: ['yes', 'partly', 'no', 'na'],
};

const codeLabelListArb = (min: number, max: number, exclude: readonly string[] = []) =>
  fc
    .uniqueArray(fc.record({ code: fileCodeArb.filter((c) => !exclude.includes(c)), label: wordsArb() }), {
      minLength: min,
      maxLength: max,
      selector: (e) => e.code,
    })
    .filter((list) => new Set(list.map((e) => e.label)).size === list.length);

const scaleArb = fc.record({
  code: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,5}$/).filter((c) => !BUILT_IN.includes(c)),
  options: fc
    .uniqueArray(fc.record({ code: fileCodeArb, label: wordsArb(12), counts_as: fc.constantFrom(...COUNTS) }), {
      minLength: 2,
      maxLength: 5,
      selector: (o) => o.code,
    })
    .filter((list) => new Set(list.map((o) => o.label)).size === list.length)
    // Every scale must be able to be met and to fail.
    .map((list) => list.map((o, i) => (i === 0 ? { ...o, counts_as: 'met' } : i === 1 ? { ...o, counts_as: 'not_met' } : o))),
});

/**
 * A valid template file as a plain object, with optional keys sometimes given in their "nothing"
 * form (null, '', false) and rules printed in canonical text.
 */
export const templateFileArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    slug: fc.stringMatching(/^[a-z0-9-]{3,20}$/),
    version: fc.integer({ min: 1, max: 2_147_483_647 }),
    name: wordsArb(60),
    crime_types: codeLabelListArb(1, 5),
    flags: codeLabelListArb(0, 3, ['crime_reference', 'crime_type', 'recorded_on', 'outcome']),
    scales: fc.uniqueArray(scaleArb, { maxLength: 2, selector: (s) => s.code }),
    questionCodes: fc.uniqueArray(questionCodeArb, { minLength: 1, maxLength: 6 }),
    themes: fc.uniqueArray(wordsArb(20), { minLength: 1, maxLength: 3 }),
  })
  .chain((t) => {
    const scaleOptions: Record<string, string[]> = { ...BUILT_IN_OPTIONS };
    for (const s of t.scales) scaleOptions[s.code] = s.options.map((o) => o.code);
    const scaleCodes = Object.keys(scaleOptions);
    return fc
      .array(fc.constantFrom(...scaleCodes), { minLength: t.questionCodes.length, maxLength: t.questionCodes.length })
      .chain((scales) => {
        const questions = t.questionCodes.map((code, i) => {
          const context: RuleContext = {
            flags: t.flags.map((f) => f.code),
            crimeTypes: t.crime_types.map((c) => c.code),
            outcomes: Array.from({ length: 22 }, (_, n) => n + 1),
            earlierQuestions: t.questionCodes.slice(0, i).map((c, j) => ({ code: c, options: scaleOptions[scales[j] ?? 'YN'] ?? [] })),
          };
          const nothing = fc.constantFrom(undefined, null, '');
          return fc.record(
            {
              code: fc.constant(code),
              theme: fc.constantFrom(...t.themes),
              wording: wordsArb(80),
              guidance: fc.oneof(
                nothing,
                wordsArb(40),
                fc.tuple(wordsArb(20), wordsArb(20)).map(([a, b]) => `${a}\n${b}`),
              ),
              scale: fc.constant(scales[i] ?? 'YN'),
              applies_when: fc.oneof(
                nothing,
                ruleArb(context, 3).map((rule) => printRule(rule)),
              ),
              finding: fc.oneof(nothing, wordsArb(40)),
              key: fc.constantFrom(undefined, null, true, false),
            },
            { requiredKeys: ['code', 'theme', 'wording', 'scale'] },
          );
        });
        return fc.tuple(...questions).map((qs) => ({
          slug: t.slug,
          version: t.version,
          name: t.name,
          crime_types: t.crime_types,
          flags: t.flags,
          scales: t.scales,
          questions: qs,
        }));
      });
  });
