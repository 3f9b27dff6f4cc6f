import fc from 'fast-check';
import { joinRules, type Rule } from './rule-ast';
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
