import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRule, evaluateRule, parseRule, printRule, tokenize, type Rule, type RuleContext, type RuleFacts } from './rule-language';
import { contextAndRuleArb } from './testing';

const context: RuleContext = {
  flags: ['domestic_abuse', 'repeat_victim', 'vulnerable_victim'],
  crimeTypes: ['theft-from-person', 'rape', 'stalking', 'harassment', 'common-assault', 'gbh-wounding', 'abh'],
  outcomes: Array.from({ length: 22 }, (_, i) => i + 1),
  earlierQuestions: [
    { code: 'investigation_plan', options: ['yes', 'no', 'na'] },
    { code: 'evidence_secured', options: ['yes', 'partly', 'no', 'na'] },
  ],
  laterQuestions: ['plan_quality', 'overall_good_standard'],
};

function parsed(text: string, ctx: RuleContext = context): Rule | null {
  const result = parseRule(text, ctx);
  if (!result.ok) throw new Error(`${text}: ${result.error.message} at ${result.error.column}`);
  return result.rule;
}

function refused(text: string, ctx: RuleContext = context) {
  const result = parseRule(text, ctx);
  if (result.ok) throw new Error(`${text} was accepted`);
  return result.error;
}

const da: Rule = { kind: 'flag', flag: 'domestic_abuse' };
const rv: Rule = { kind: 'flag', flag: 'repeat_victim' };
const vv: Rule = { kind: 'flag', flag: 'vulnerable_victim' };

describe('parseRule', () => {
  it('reads every kind of test', () => {
    expect(parsed('flag domestic_abuse')).toEqual(da);
    expect(parsed('crime_type = rape')).toEqual({ kind: 'crimeType', codes: ['rape'] });
    expect(parsed('crime_type in (stalking, harassment)')).toEqual({ kind: 'crimeType', codes: ['stalking', 'harassment'] });
    expect(parsed('outcome = 16')).toEqual({ kind: 'outcome', outcomes: [16] });
    expect(parsed('outcome in (14, 16)')).toEqual({ kind: 'outcome', outcomes: [14, 16] });
    expect(parsed('has outcome')).toEqual({ kind: 'hasOutcome' });
    expect(parsed('answer investigation_plan = yes')).toEqual({ kind: 'answer', question: 'investigation_plan', options: ['yes'] });
    expect(parsed('answer evidence_secured in (partly, no)')).toEqual({
      kind: 'answer',
      question: 'evidence_secured',
      options: ['partly', 'no'],
    });
    expect(parsed('not has outcome')).toEqual({ kind: 'not', rule: { kind: 'hasOutcome' } });
  });

  it('takes empty or blank text as "always applies"', () => {
    expect(parsed('')).toBeNull();
    expect(parsed('   \t ')).toBeNull();
  });

  it('reads "=" and a one-value "in" as the same test', () => {
    expect(parsed('crime_type in (rape)')).toEqual(parsed('crime_type = rape'));
    expect(parsed('outcome in (3)')).toEqual(parsed('outcome = 3'));
    expect(parsed('answer investigation_plan in (yes)')).toEqual(parsed('answer investigation_plan = yes'));
  });

  it('binds "and" tighter than "or"', () => {
    expect(parsed('flag domestic_abuse or flag repeat_victim and flag vulnerable_victim')).toEqual({
      kind: 'or',
      rules: [da, { kind: 'and', rules: [rv, vv] }],
    });
    expect(parsed('flag domestic_abuse and flag repeat_victim or flag vulnerable_victim')).toEqual({
      kind: 'or',
      rules: [{ kind: 'and', rules: [da, rv] }, vv],
    });
  });

  it('binds "not" tightest', () => {
    expect(parsed('not flag domestic_abuse and flag repeat_victim')).toEqual({ kind: 'and', rules: [{ kind: 'not', rule: da }, rv] });
    expect(parsed('not (flag domestic_abuse and flag repeat_victim)')).toEqual({ kind: 'not', rule: { kind: 'and', rules: [da, rv] } });
    expect(parsed('not not flag domestic_abuse')).toEqual({ kind: 'not', rule: { kind: 'not', rule: da } });
  });

  it('lets brackets override, and flattens what they do not change', () => {
    expect(parsed('(flag domestic_abuse or flag repeat_victim) and flag vulnerable_victim')).toEqual({
      kind: 'and',
      rules: [{ kind: 'or', rules: [da, rv] }, vv],
    });
    expect(parsed('(flag domestic_abuse or flag repeat_victim) or flag vulnerable_victim')).toEqual({ kind: 'or', rules: [da, rv, vv] });
    expect(parsed('((flag domestic_abuse))')).toEqual(da);
  });

  it('leaves spaces free around brackets, commas and "="', () => {
    const canonical = parsed('outcome = 16 and (flag domestic_abuse or crime_type in (rape, stalking))');
    for (const text of [
      'outcome=16 and(flag domestic_abuse or crime_type in(rape,stalking))',
      '  outcome  =  16   and ( flag   domestic_abuse or crime_type in ( rape , stalking ) )  ',
      'outcome\t=16\tand\t(flag domestic_abuse\tor crime_type in (rape ,stalking))',
    ]) {
      expect(parsed(text)).toEqual(canonical);
    }
  });

  it('reads a code that is also a word of the language where a code is due', () => {
    const ctx: RuleContext = {
      ...context,
      flags: ['and', 'or'],
      crimeTypes: ['in', 'not'],
      earlierQuestions: [{ code: 'in', options: ['or'] }],
    };
    expect(parsed('flag and and flag or', ctx)).toEqual({
      kind: 'and',
      rules: [
        { kind: 'flag', flag: 'and' },
        { kind: 'flag', flag: 'or' },
      ],
    });
    expect(parsed('crime_type in (in, not)', ctx)).toEqual({ kind: 'crimeType', codes: ['in', 'not'] });
    expect(parsed('answer in in (or)', ctx)).toEqual({ kind: 'answer', question: 'in', options: ['or'] });
  });

  it('round-trips: parse → print → parse gives the same tree, for generated valid rules', () => {
    fc.assert(
      fc.property(contextAndRuleArb, ({ context: ctx, rule }) => {
        const text = printRule(rule);
        const again = parseRule(text, ctx);
        expect(again).toEqual({ ok: true, rule });
        if (again.ok) expect(printRule(again.rule)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same tree whatever the spacing, for generated valid rules', () => {
    const spacing = fc.array(fc.constantFrom('', ' ', '  ', '\t'), { minLength: 200, maxLength: 200 });
    fc.assert(
      fc.property(contextAndRuleArb, spacing, ({ context: ctx, rule }, gaps) => {
        const words = tokenize(printRule(rule));
        if (!words.ok) throw new Error('printed text did not split');
        let text = '';
        words.tokens.forEach((token, i) => {
          const gap = gaps[i % gaps.length] ?? '';
          const previous = words.tokens[i - 1];
          const needsSpace = previous?.kind === 'word' && token.kind === 'word';
          text += (needsSpace && gap === '' ? ' ' : gap) + token.text;
        });
        expect(parseRule(text, ctx)).toEqual({ ok: true, rule });
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseRule errors name the word and its column', () => {
  const cases: [kind: string, text: string, word: string, column: number, message: string | RegExp][] = [
    ['unknown flag', 'flag domestc_abuse', 'domestc_abuse', 6, 'unknown flag "domestc_abuse" (did you mean domestic_abuse?)'],
    [
      'unknown flag, nothing close',
      'outcome = 1 or flag zzz',
      'zzz',
      21,
      /^unknown flag "zzz" \(this template's: domestic_abuse, repeat_victim, vulnerable_victim\)$/,
    ],
    ['no flags at all', 'flag domestic_abuse', 'domestic_abuse', 6, 'unknown flag "domestic_abuse": this template has no flags'],
    ['unknown crime type', 'crime_type in (rape, burglary)', 'burglary', 22, /^unknown crime type "burglary"/],
    ['outcome out of range', 'outcome = 23', '23', 11, 'outcome "23" is not one of 1–22'],
    ['outcome not a number', 'outcome in (14, x)', 'x', 17, '"x" is not an outcome number: outcomes are 1–22'],
    [
      'unknown question',
      'answer investigaton_plan = yes',
      'investigaton_plan',
      8,
      'unknown question "investigaton_plan" (did you mean investigation_plan?)',
    ],
    [
      'this question itself',
      'answer plan_quality = yes',
      'plan_quality',
      8,
      'question "plan_quality" is this question itself: a rule may only name an earlier question',
    ],
    [
      'a later question',
      'answer overall_good_standard = yes',
      'overall_good_standard',
      8,
      'question "overall_good_standard" comes after this one: a rule may only name an earlier question',
    ],
    [
      'an option the scale lacks',
      'answer investigation_plan = partly',
      'partly',
      29,
      '"partly" is not an option of investigation_plan (its options: yes, no, na)',
    ],
    ['a value listed twice', 'crime_type in (rape, rape)', 'rape', 22, '"rape" is listed twice'],
    ['an empty list', 'crime_type in ()', ')', 16, 'the list is empty: name at least one crime type code'],
    [
      'a missing bracket',
      'flag repeat_victim and (flag domestic_abuse or has outcome',
      '(',
      24,
      '"(" at column 24 is not closed: a ")" is missing',
    ],
    ['a missing list bracket', 'crime_type in (rape, stalking', '(', 15, '"(" at column 15 is not closed: a ")" is missing'],
    ['an extra bracket', 'has outcome)', ')', 12, '")" has no matching "("'],
    [
      'trailing text',
      'flag domestic_abuse flag repeat_victim',
      'flag',
      21,
      'unexpected "flag" after a complete test: join tests with "and" or "or"',
    ],
    ['an unknown word', 'flg domestic_abuse', 'flg', 1, /^unknown word "flg": a test starts with flag, crime_type/],
    ['a test missing after "and"', 'has outcome and', 'and', 13, '"and" needs a test after it'],
    ['two joining words', 'has outcome and or flag repeat_victim', 'or', 17, 'expected a test after "and" but found "or"'],
    ['a joining word first', 'or has outcome', 'or', 1, '"or" needs a test before it'],
    ['a mark where a test is due', ', has outcome', ',', 1, /^expected a test \(flag, crime_type/],
    ['a missing code', 'flag', 'flag', 1, '"flag" needs a flag code after it'],
    ['a missing "=" or "in"', 'crime_type rape', 'rape', 12, 'expected "=" or "in" after "crime_type" but found "rape"'],
    ['a missing value after "="', 'outcome =', '=', 9, '"=" needs an outcome number after it'],
    ['"in" without a list', 'outcome in 14', '14', 12, 'expected "(" after "in" but found "14"'],
    ['a missing comma', 'crime_type in (rape stalking)', 'stalking', 21, 'expected "," or ")" in the list but found "stalking"'],
    ['a trailing comma', 'crime_type in (rape, )', ')', 22, 'expected a crime type code but found ")"'],
    ['"has" without "outcome"', 'has outcomes', 'outcomes', 5, 'expected "outcome" after "has" but found "outcomes"'],
    ['a test missing inside brackets', 'flag repeat_victim and ()', ')', 25, 'expected a test after "(" but found ")"'],
    [
      'a complete test then junk in brackets',
      '(has outcome flag repeat_victim)',
      'flag',
      14,
      'expected "and", "or" or ")" after a complete test but found "flag"',
    ],
    [
      'a character that is not allowed',
      'flag repeat_victim & has outcome',
      '&',
      20,
      '"&" is not allowed in a rule: use words, brackets, commas and "="',
    ],
    ['quotes', 'crime_type = "rape"', '"', 14, '"\\"" is not allowed: codes are written without quotes'],
    ['a line break', 'has outcome\nor flag repeat_victim', '\n', 12, 'a rule is one line: a line break is not allowed'],
    ['upper-case words', 'flag repeat_victim AND has outcome', 'AND', 20, '"AND": words are lower case (write "and")'],
    ['an upper-case code', 'crime_type = Rape', 'Rape', 14, '"Rape": words are lower case (write "rape")'],
  ];

  it.each(cases)('%s', (kind, text, word, column, message) => {
    const ctx = kind === 'no flags at all' ? { ...context, flags: [] } : context;
    const error = refused(text, ctx);
    expect(error.word).toBe(word);
    expect(error.column).toBe(column);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const error = refused('crime_type = rape or 😀');
    expect(error).toEqual({ word: '😀', column: 22, message: '"😀" is not allowed in a rule: use words, brackets, commas and "="' });
  });

  it('refuses nesting deeper than the limit, at the word that goes too deep', () => {
    const error = refused(`${'not '.repeat(21)}has outcome`);
    expect(error.word).toBe('not');
    expect(error.column).toBe(81);
    expect(error.message).toMatch(/nested too deeply/);
    expect(parseRule(`${'not '.repeat(20)}has outcome`, context).ok).toBe(true);
  });

  it('accepts any option of a question whose options are unknown', () => {
    expect(parsed('answer q = whatever', { ...context, earlierQuestions: [{ code: 'q', options: null }] })).toEqual({
      kind: 'answer',
      question: 'q',
      options: ['whatever'],
    });
  });
});

describe('printRule', () => {
  it('prints the canonical text, with brackets only where the tree needs them', () => {
    const cases = [
      ['', ''],
      ['flag   domestic_abuse', 'flag domestic_abuse'],
      ['crime_type in (rape)', 'crime_type = rape'],
      ['outcome in(14,16)', 'outcome in (14, 16)'],
      ['(flag domestic_abuse) or (crime_type in (stalking, harassment))', 'flag domestic_abuse or crime_type in (stalking, harassment)'],
      ['outcome = 16 and (flag domestic_abuse or crime_type = rape)', 'outcome = 16 and (flag domestic_abuse or crime_type = rape)'],
      ['(outcome = 16 and flag domestic_abuse) or crime_type = rape', 'outcome = 16 and flag domestic_abuse or crime_type = rape'],
      ['not (has outcome or flag repeat_victim)', 'not (has outcome or flag repeat_victim)'],
      ['not (has outcome)', 'not has outcome'],
      ['(not has outcome) and answer investigation_plan = yes', 'not has outcome and answer investigation_plan = yes'],
    ] as const;
    for (const [text, printed] of cases) expect(printRule(parsed(text))).toBe(printed);
  });
});

describe('evaluateRule', () => {
  const facts = (over: Partial<RuleFacts> = {}): RuleFacts => ({ crimeType: 'rape', outcome: null, flags: {}, ...over });
  const holds = (text: string, f: RuleFacts, answers: Record<string, string> = {}) => evaluateRule(parsed(text), f, answers);

  it('applies always when there is no rule', () => {
    expect(evaluateRule(null, facts(), {})).toBe(true);
  });

  it('tests flags, crime types and outcomes', () => {
    expect(holds('flag domestic_abuse', facts({ flags: { domestic_abuse: true } }))).toBe(true);
    expect(holds('flag domestic_abuse', facts({ flags: { domestic_abuse: false } }))).toBe(false);
    expect(holds('flag domestic_abuse', facts())).toBe(false);
    expect(holds('crime_type in (stalking, rape)', facts())).toBe(true);
    expect(holds('crime_type = stalking', facts())).toBe(false);
    expect(holds('outcome in (14, 16)', facts({ outcome: 16 }))).toBe(true);
    expect(holds('outcome in (14, 16)', facts({ outcome: 15 }))).toBe(false);
    expect(holds('outcome = 16', facts())).toBe(false);
    expect(holds('not outcome = 16', facts())).toBe(true);
    expect(holds('has outcome', facts({ outcome: 1 }))).toBe(true);
    expect(holds('has outcome', facts())).toBe(false);
  });

  it('holds an answer test only when the question has one of the listed options', () => {
    expect(holds('answer investigation_plan = yes', facts(), { investigation_plan: 'yes' })).toBe(true);
    expect(holds('answer investigation_plan = yes', facts(), { investigation_plan: 'no' })).toBe(false);
    expect(holds('answer investigation_plan = yes', facts(), {})).toBe(false);
    expect(holds('not answer investigation_plan = yes', facts(), {})).toBe(true);
    expect(evaluateRule({ kind: 'answer', question: 'toString', options: ['yes'] }, facts(), {})).toBe(false);
  });

  it('follows precedence', () => {
    const f = facts({ crimeType: 'abh', flags: { domestic_abuse: true } });
    expect(holds('flag domestic_abuse or flag repeat_victim and crime_type = rape', f)).toBe(true);
    expect(holds('(flag domestic_abuse or flag repeat_victim) and crime_type = rape', f)).toBe(false);
    expect(holds('not flag domestic_abuse and crime_type = abh', f)).toBe(false);
    expect(holds('not (flag repeat_victim and crime_type = abh)', f)).toBe(true);
  });
});

describe('describeRule', () => {
  const labels = {
    flags: { domestic_abuse: 'Domestic abuse', repeat_victim: 'Repeat victim' },
    crimeTypes: { stalking: 'Stalking', harassment: 'Harassment', rape: 'Rape (including attempts)' },
    outcomes: { 16: 'Evidential difficulties' },
    questions: { investigation_plan: { wording: 'Was there an investigation plan?', options: { yes: 'Yes', na: 'Not applicable' } } },
  };
  const words = (text: string) => describeRule(parsed(text), labels);

  it('reads naturally after "Asked only when"', () => {
    expect(words('flag domestic_abuse or crime_type in (stalking, harassment)')).toBe(
      'the file is flagged domestic abuse, or the crime type is stalking or harassment',
    );
    expect(words('answer investigation_plan = yes')).toBe('the answer to “Was there an investigation plan?” is yes');
    expect(words('outcome in (14, 16)')).toBe('the outcome is 14 or 16 (evidential difficulties)');
    expect(words('has outcome')).toBe('the file has an outcome');
    expect(words('crime_type in (rape, stalking, harassment)')).toBe('the crime type is rape (including attempts), stalking or harassment');
  });

  it('puts an "or" inside an "and" in brackets, and marks alternatives with a comma', () => {
    expect(words('outcome = 16 and (flag domestic_abuse or crime_type in (rape, stalking))')).toBe(
      'the outcome is 16 (evidential difficulties) and (the file is flagged domestic abuse, or the crime type is rape (including attempts) or stalking)',
    );
    expect(words('flag repeat_victim or outcome = 3 and has outcome')).toBe(
      'the file is flagged repeat victim, or the outcome is 3 and the file has an outcome',
    );
  });

  it('carries "not" down to the tests', () => {
    expect(words('not flag domestic_abuse')).toBe('the file is not flagged domestic abuse');
    expect(words('not has outcome')).toBe('the file has no outcome');
    expect(words('not crime_type in (stalking, harassment)')).toBe('the crime type is neither stalking nor harassment');
    expect(words('not answer investigation_plan in (yes, na)')).toBe(
      'the answer to “Was there an investigation plan?” is neither yes nor not applicable',
    );
    expect(words('not (flag domestic_abuse or has outcome)')).toBe('the file is not flagged domestic abuse and the file has no outcome');
    expect(words('not (flag domestic_abuse and has outcome) and crime_type = rape')).toBe(
      '(the file is not flagged domestic abuse, or the file has no outcome) and the crime type is rape (including attempts)',
    );
    expect(words('not not has outcome')).toBe('the file has an outcome');
  });

  it('falls back to codes without labels', () => {
    expect(describeRule(parsed('flag vulnerable_victim or answer evidence_secured = partly'))).toBe(
      'the file is flagged vulnerable_victim, or the answer to evidence_secured is partly',
    );
    expect(describeRule(null)).toBe('always');
  });

  it('never takes an inherited property for a label', () => {
    const rule: Rule = {
      kind: 'or',
      rules: [
        { kind: 'flag', flag: 'constructor' },
        { kind: 'answer', question: 'toString', options: ['valueOf'] },
      ],
    };
    expect(describeRule(rule, { flags: {}, questions: {} })).toBe('the file is flagged constructor, or the answer to toString is valueOf');
  });
});
