import { describe, expect, it } from 'vitest';
import { readTemplateFile, TEMPLATE_LIMITS, type TemplateDefinition } from './template-file';

/** The example of CONTRACTS.md section 5, as written there. */
const CONTRACT_EXAMPLE = `{
  "slug": "vsa-2023-crime-files",
  "version": 1,
  "name": "Victim service assessment 2023: crime files",
  "crime_types": [{ "code": "burglary", "label": "Burglary (residential)" }],
  "flags": [{ "code": "domestic_abuse", "label": "Domestic abuse" }],
  "scales": [
    { "code": "FPN", "options": [
      { "code": "fully", "label": "Fully met", "counts_as": "met" },
      { "code": "partially", "label": "Partially met", "counts_as": "partly" },
      { "code": "not", "label": "Not met", "counts_as": "not_met" } ] }
  ],
  "questions": [
    { "code": "risk_assessed", "theme": "Call handling", "wording": "Was a structured risk assessment recorded?",
      "guidance": "Look for THRIVE or an equivalent in the incident log.", "scale": "YN",
      "applies_when": "flag domestic_abuse or crime_type in (stalking, harassment)",
      "finding": "a structured risk assessment was recorded", "key": true }
  ]
}`;

/** A valid file that uses every feature, for each test to break one way. */
function base(): Record<string, unknown> {
  return {
    slug: 'vsa-2023-crime-files',
    version: 1,
    name: 'Victim service assessment 2023: crime files',
    crime_types: [
      { code: 'burglary', label: 'Burglary (residential)' },
      { code: 'stalking', label: 'Stalking' },
      { code: 'harassment', label: 'Harassment' },
    ],
    flags: [{ code: 'domestic_abuse', label: 'Domestic abuse' }],
    scales: [
      {
        code: 'FPN',
        options: [
          { code: 'fully', label: 'Fully met', counts_as: 'met' },
          { code: 'partially', label: 'Partially met', counts_as: 'partly' },
          { code: 'not', label: 'Not met', counts_as: 'not_met' },
        ],
      },
    ],
    questions: [
      {
        code: 'risk_assessed',
        theme: 'Call handling',
        wording: 'Was a structured risk assessment recorded?',
        guidance: 'Look for THRIVE or an equivalent in the incident log.',
        scale: 'YN',
        applies_when: 'flag domestic_abuse or crime_type in (stalking, harassment)',
        finding: 'a structured risk assessment was recorded',
        key: true,
      },
      {
        code: 'victim_care',
        theme: 'Victim care',
        wording: 'Was victim care appropriate?',
        scale: 'FPN',
        applies_when: 'answer risk_assessed = yes',
      },
      { code: 'overall', theme: 'Call handling', wording: 'Was the investigation of a good standard?', scale: 'YPNA' },
    ],
  };
}

const REMOVE = Symbol('remove');

/** The base file with the value at `path` (e.g. `questions[1].wording`) replaced or removed. */
function changed(...changes: [path: string, value: unknown][]): Record<string, unknown> {
  const file = base();
  for (const [path, value] of changes) {
    const steps = path.match(/[^.[\]]+/g) ?? [];
    let node = file;
    steps.slice(0, -1).forEach((step) => {
      node = node[step] as Record<string, unknown>;
    });
    const last = steps[steps.length - 1] ?? '';
    if (value === REMOVE) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return file;
}

function read(file: unknown): ReturnType<typeof readTemplateFile> {
  return readTemplateFile(JSON.stringify(file, null, 2));
}

function template(file: unknown): TemplateDefinition {
  const result = read(file);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.template;
}

function problems(file: unknown): string[] {
  const result = typeof file === 'string' || file instanceof Uint8Array ? readTemplateFile(file) : read(file);
  if (result.ok) throw new Error('the file was accepted');
  return result.problems;
}

describe('readTemplateFile accepts', () => {
  it('the contract example, except that its rule names crime types it does not declare', () => {
    expect(problems(CONTRACT_EXAMPLE)).toEqual([
      'questions[0].applies_when, column 39: unknown crime type "stalking" (this template\'s: burglary)',
    ]);
    const fixed = CONTRACT_EXAMPLE.replace('(stalking, harassment)', '(burglary)');
    const result = readTemplateFile(fixed);
    expect(result.ok && result.template.questions[0]?.ruleText).toBe('flag domestic_abuse or crime_type = burglary');
  });

  it('a full file, normalised', () => {
    const t = template(base());
    expect(t).toMatchObject({ slug: 'vsa-2023-crime-files', version: 1, name: 'Victim service assessment 2023: crime files' });
    expect(t.crimeTypes.map((c) => c.code)).toEqual(['burglary', 'stalking', 'harassment']);
    expect(t.flags).toEqual([{ code: 'domestic_abuse', label: 'Domestic abuse' }]);
    expect(t.scales).toEqual([
      {
        code: 'FPN',
        options: [
          { code: 'fully', label: 'Fully met', countsAs: 'met' },
          { code: 'partially', label: 'Partially met', countsAs: 'partly' },
          { code: 'not', label: 'Not met', countsAs: 'not_met' },
        ],
      },
    ]);
    const [risk, care, overall] = t.questions;
    expect(risk).toMatchObject({
      key: true,
      guidance: 'Look for THRIVE or an equivalent in the incident log.',
      finding: 'a structured risk assessment was recorded',
    });
    expect(risk?.rule).toEqual({
      kind: 'or',
      rules: [
        { kind: 'flag', flag: 'domestic_abuse' },
        { kind: 'crimeType', codes: ['stalking', 'harassment'] },
      ],
    });
    expect(care).toMatchObject({ scale: 'FPN', key: false, guidance: null, finding: null, ruleText: 'answer risk_assessed = yes' });
    expect(care?.options.map((o) => o.code)).toEqual(['fully', 'partially', 'not']);
    expect(overall).toMatchObject({ rule: null, ruleText: '', scale: 'YPNA' });
    expect(overall?.options.map((o) => o.code)).toEqual(['yes', 'partly', 'no', 'na']);
  });

  it('themes in the order of first appearance', () => {
    expect(template(base()).themes).toEqual(['Call handling', 'Victim care']);
  });

  it('absent, null or empty optional keys, all meaning "none"', () => {
    const t = template(
      changed(
        ['flags', REMOVE],
        ['scales', null],
        ['questions[1].scale', 'YNA'],
        ['questions[1].applies_when', '   '],
        ['questions[0].applies_when', null],
        ['questions[0].guidance', ''],
        ['questions[0].finding', null],
        ['questions[0].key', false],
      ),
    );
    expect(t.flags).toEqual([]);
    expect(t.scales).toEqual([]);
    expect(t.questions[0]).toMatchObject({ rule: null, ruleText: '', guidance: null, finding: null, key: false });
    expect(t.questions[1]).toMatchObject({ rule: null, ruleText: '' });
  });

  it('a rule in any spacing, kept in its canonical text', () => {
    const t = template(changed(['questions[0].applies_when', '  flag domestic_abuse or crime_type in(stalking,harassment) ']));
    expect(t.questions[0]?.ruleText).toBe('flag domestic_abuse or crime_type in (stalking, harassment)');
  });

  it('guidance over several lines', () => {
    expect(template(changed(['questions[0].guidance', 'Look for THRIVE.\nOr an equivalent.'])).questions[0]?.guidance).toBe(
      'Look for THRIVE.\nOr an equivalent.',
    );
  });

  it('a UTF-8 BOM, in bytes or text', () => {
    const text = JSON.stringify(base());
    expect(readTemplateFile(`\uFEFF${text}`).ok).toBe(true);
    expect(readTemplateFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).ok).toBe(true);
    expect(readTemplateFile(new TextEncoder().encode(text.replace('Stalking', 'Stalking – “all kinds” 😀'))).ok).toBe(true);
  });
});

describe('readTemplateFile refuses, naming the path', () => {
  it('a file that is not valid JSON, with line and column', () => {
    const text = JSON.stringify(base(), null, 2).replace('"version": 1,', '"version": 1');
    expect(problems(text)).toEqual(['line 4, column 3: not valid JSON: expected "," or "}" after a value but found """']);
    expect(problems('')).toEqual(['line 1, column 1: not valid JSON: the file is empty']);
  });

  it('a file that is not UTF-8', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(base()));
    bytes[20] = 0xe9; // Latin-1 "é"
    expect(problems(bytes)).toEqual([
      `the file is not UTF-8 text: byte 21 (0xE9) does not start a valid UTF-8 character; save the file as UTF-8`,
    ]);
    expect(problems(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual(['the file is UTF-16 text: save it as UTF-8']);
  });

  it('a file too large', () => {
    expect(problems(' '.repeat(TEMPLATE_LIMITS.fileBytes + 1))).toEqual([
      `the file is larger than 1,000,000 bytes, far more than any template needs`,
    ]);
  });

  it('a file that is not an object', () => {
    expect(problems([base()])).toEqual(['top level: must be an object ({ … })']);
  });

  it('a key given twice', () => {
    const text = JSON.stringify(base(), null, 2).replace(
      '"wording": "Was victim care appropriate?",',
      '"wording": "Was victim care appropriate?", "wording": "x",',
    );
    expect(problems(text)).toEqual(['questions[1]: key "wording" is given more than once (again at line 61, column 50)']);
  });

  it('unknown keys, at every level', () => {
    const file = changed(
      ['author', 'me'],
      ['crime_types[0].lable', 'x'],
      ['flags[0].colour', 'red'],
      ['scales[0].name', 'x'],
      ['scales[0].options[1].note', true],
      ['questions[2].wordng', 'x'],
    );
    expect(problems(file)).toEqual([
      'top level: unknown key "author" (the keys are slug, version, name, crime_types, questions, flags, scales)',
      'crime_types[0]: unknown key "lable" (did you mean "label"?)',
      'flags[0]: unknown key "colour" (the keys are code, label)',
      'scales[0]: unknown key "name" (the keys are code, options)',
      'scales[0].options[1]: unknown key "note" (the keys are code, label, counts_as)',
      'questions[2]: unknown key "wordng" (did you mean "wording"?)',
    ]);
  });

  it('a key "__proto__" as any other unknown key', () => {
    const text = JSON.stringify(base()).replace('"slug"', '"__proto__": {"x": 1}, "slug"');
    expect(problems(text)).toEqual([expect.stringMatching(/^top level: unknown key "__proto__"/)]);
  });

  it('missing required keys', () => {
    const file = changed(
      ['slug', REMOVE],
      ['version', REMOVE],
      ['name', REMOVE],
      ['questions[0].theme', REMOVE],
      ['scales[0].options[0].counts_as', REMOVE],
    );
    expect(problems(file)).toEqual([
      'slug: is missing',
      'version: is missing',
      'name: is missing',
      'scales[0].options[0].counts_as: is missing',
      'questions[0].theme: is missing',
    ]);
    expect(problems(changed(['crime_types', REMOVE], ['questions', REMOVE]))).toEqual([
      'crime_types: is missing',
      'questions: is missing',
      // the rules name crime types; with none declared, they are unknown
    ]);
  });

  it('a slug not 3–64 of a-z 0-9 -', () => {
    for (const slug of ['ab', 'VSA-2023', 'vsa_2023', 'x'.repeat(65), 12])
      expect(problems(changed(['slug', slug]))).toEqual(['slug: must be 3–64 of a-z 0-9 -']);
    expect(template(changed(['slug', 'x'.repeat(64)])).slug).toHaveLength(64);
  });

  it('a version not an integer ≥ 1', () => {
    for (const version of [0, -1, 1.5, '1', null])
      expect(problems(changed(['version', version]))).toEqual(['version: must be a whole number, 1 or more']);
    expect(problems(changed(['version', 2 ** 31]))).toEqual(['version: must be at most 2147483647']);
  });

  it('a name that is not text', () => {
    expect(problems(changed(['name', '']))).toEqual(['name: must not be empty']);
    expect(problems(changed(['name', 7]))).toEqual(['name: must be text (in double quotes)']);
  });

  it('no crime types', () => {
    expect(problems(changed(['crime_types', []], ['questions[0].applies_when', REMOVE]))).toEqual([
      'crime_types: must have at least one crime type',
    ]);
    expect(problems(changed(['crime_types', {}], ['questions[0].applies_when', REMOVE]))).toEqual(['crime_types: must be a list ([ … ])']);
  });

  it('crime type and flag codes not 1–40 of a-z 0-9 - _', () => {
    expect(problems(changed(['crime_types[1].code', 'Stalking!'], ['questions[0].applies_when', REMOVE]))).toEqual([
      'crime_types[1].code: must be 1–40 of a-z 0-9 - _',
    ]);
    expect(problems(changed(['flags[0].code', 'x'.repeat(41)], ['questions[0].applies_when', REMOVE]))).toEqual([
      'flags[0].code: must be 1–40 of a-z 0-9 - _',
    ]);
    expect(problems(changed(['flags[0].code', ''], ['questions[0].applies_when', REMOVE]))).toEqual([
      'flags[0].code: must be 1–40 of a-z 0-9 - _',
    ]);
  });

  it('a code used twice in its list', () => {
    expect(problems(changed(['crime_types[2].code', 'stalking'], ['questions[0].applies_when', REMOVE]))).toEqual([
      'crime_types[2].code: "stalking" is already used by crime_types[1].code',
    ]);
    expect(
      problems(
        changed(
          [
            'flags',
            [
              { code: 'da', label: 'A' },
              { code: 'da', label: 'B' },
            ],
          ],
          ['questions[0].applies_when', REMOVE],
        ),
      ),
    ).toEqual(['flags[1].code: "da" is already used by flags[0].code']);
  });

  it('an empty label, or a label used twice in its list', () => {
    expect(problems(changed(['crime_types[0].label', '']))).toEqual(['crime_types[0].label: must not be empty']);
    expect(problems(changed(['crime_types[2].label', 'Stalking']))).toEqual([
      'crime_types[2].label: "Stalking" is already the label of crime_types[1].label',
    ]);
  });

  it('a flag that would take a column of the case-file list', () => {
    expect(problems(changed(['flags[0].code', 'outcome'], ['questions[0].applies_when', REMOVE]))).toEqual([
      'flags[0].code: "outcome" is a column of the case-file list, so it cannot be a flag',
    ]);
  });

  it('too many flags', () => {
    const flags = Array.from({ length: TEMPLATE_LIMITS.flags + 1 }, (_, i) => ({ code: `f${i}`, label: `Flag ${i}` }));
    expect(problems(changed(['flags', flags], ['questions[0].applies_when', REMOVE]))).toEqual([
      'flags: may have at most 20 flags (it has 21)',
    ]);
  });

  it('a built-in scale redefined', () => {
    expect(problems(changed(['scales[0].code', 'YN'], ['questions[1].scale', 'YN']))).toEqual([
      'scales[0].code: "YN" is a built-in scale and may not be redefined',
    ]);
  });

  it('a scale code used twice, or not of the form of scale codes', () => {
    const scales = base().scales as unknown[];
    expect(problems(changed(['scales', [...scales, ...scales]]))).toEqual(['scales[1].code: "FPN" is already used by scales[0].code']);
    expect(problems(changed(['scales[0].code', 'fpn'], ['questions[1].scale', 'fpn']))).toEqual([
      'scales[0].code: must be 1–20 of A-Z 0-9 _, starting with a letter',
    ]);
  });

  it('an option code used twice in a scale, or a label', () => {
    expect(problems(changed(['scales[0].options[2].code', 'fully']))).toEqual([
      'scales[0].options[2].code: "fully" is already used by scales[0].options[0].code',
    ]);
    expect(problems(changed(['scales[0].options[2].label', 'Fully met']))).toEqual([
      'scales[0].options[2].label: "Fully met" is already the label of scales[0].options[0].label',
    ]);
  });

  it('a counts_as that is not one of the four', () => {
    expect(problems(changed(['scales[0].options[1].counts_as', 'partial']))).toEqual([
      'scales[0].options[1].counts_as: must be one of met, partly, not_met, not_applicable',
    ]);
  });

  it('a scale of fewer than 2 or more than 10 options', () => {
    expect(problems(changed(['scales[0].options', [{ code: 'fully', label: 'Fully met', counts_as: 'met' }]]))).toEqual([
      'scales[0].options: must have at least 2 options',
    ]);
    const many = Array.from({ length: 11 }, (_, i) => ({ code: `o${i}`, label: `Option ${i}`, counts_as: i === 0 ? 'met' : 'not_met' }));
    expect(problems(changed(['scales[0].options', many], ['questions[1].applies_when', REMOVE]))).toEqual([
      'scales[0].options: may have at most 10 options (it has 11)',
    ]);
  });

  it('a scale that can never be met, or never fail', () => {
    expect(problems(changed(['scales[0].options[0].counts_as', 'not_applicable']))).toEqual([
      'scales[0].options: needs an option that counts as met',
    ]);
    expect(problems(changed(['scales[0].options[1].counts_as', 'met'], ['scales[0].options[2].counts_as', 'not_applicable']))).toEqual([
      'scales[0].options: needs an option that counts as partly or not_met',
    ]);
  });

  it('no questions', () => {
    expect(problems(changed(['questions', []]))).toEqual(['questions: must have at least one question']);
  });

  it('a question code not 1–64 of a-z 0-9 _, or used twice', () => {
    expect(problems(changed(['questions[2].code', 'over-all']))).toEqual(['questions[2].code: must be 1–64 of a-z 0-9 _']);
    expect(problems(changed(['questions[2].code', 'risk_assessed']))).toEqual([
      'questions[2].code: "risk_assessed" is already used by questions[0].code',
    ]);
  });

  it('a question without theme, wording or scale', () => {
    expect(problems(changed(['questions[2].theme', REMOVE], ['questions[2].wording', REMOVE], ['questions[2].scale', REMOVE]))).toEqual([
      'questions[2].theme: is missing',
      'questions[2].wording: is missing',
      'questions[2].scale: is missing',
    ]);
  });

  it('a scale that does not exist', () => {
    expect(problems(changed(['questions[2].scale', 'YNP']))).toEqual([
      'questions[2].scale: unknown scale "YNP" (the scales are YN, YNA, YPN, YPNA, FPN)',
    ]);
    expect(problems(changed(['questions[2].scale', 'FPM']))).toEqual(['questions[2].scale: unknown scale "FPM" (did you mean FPN?)']);
  });

  it('a key that is not true or false', () => {
    expect(problems(changed(['questions[0].key', 'yes']))).toEqual(['questions[0].key: must be true or false']);
  });

  it('an applies_when that names an unknown flag, with its column', () => {
    expect(problems(changed(['questions[0].applies_when', 'crime_type = stalking or flag domestc_abuse']))).toEqual([
      'questions[0].applies_when, column 31: unknown flag "domestc_abuse" (did you mean domestic_abuse?)',
    ]);
  });

  it('an applies_when with an outcome outside 1–22', () => {
    expect(problems(changed(['questions[2].applies_when', 'outcome in (1, 23)']))).toEqual([
      'questions[2].applies_when, column 16: outcome "23" is not one of 1–22',
    ]);
  });

  it('an applies_when that names a question that is not earlier', () => {
    expect(problems(changed(['questions[0].applies_when', 'answer victim_care = fully']))).toEqual([
      'questions[0].applies_when, column 8: question "victim_care" comes after this one: a rule may only name an earlier question',
    ]);
    expect(problems(changed(['questions[1].applies_when', 'answer victim_care = fully']))).toEqual([
      'questions[1].applies_when, column 8: question "victim_care" is this question itself: a rule may only name an earlier question',
    ]);
  });

  it('an applies_when that names an option the earlier question’s scale does not have', () => {
    expect(problems(changed(['questions[2].applies_when', 'answer victim_care in (fully, yes)']))).toEqual([
      'questions[2].applies_when, column 31: "yes" is not an option of victim_care (its options: fully, partially, not)',
    ]);
  });

  it('an applies_when that is not text, or too long', () => {
    expect(problems(changed(['questions[2].applies_when', true]))).toEqual([
      'questions[2].applies_when: must be text: a rule such as "flag domestic_abuse or has outcome"',
    ]);
    const long = Array.from({ length: 70 }, () => 'has outcome').join(' and ');
    expect(problems(changed(['questions[2].applies_when', long]))).toEqual([
      'questions[2].applies_when: must be at most 1000 characters (it has 1115)',
    ]);
  });

  it('text that is too long', () => {
    expect(problems(changed(['questions[1].wording', 'x'.repeat(501)]))).toEqual([
      'questions[1].wording: must be at most 500 characters (it has 501)',
    ]);
    expect(problems(changed(['questions[1].guidance', 'x'.repeat(2001)]))).toEqual([
      'questions[1].guidance: must be at most 2000 characters (it has 2001)',
    ]);
    expect(template(changed(['questions[1].wording', '😀'.repeat(500)])).questions[1]?.wording).toHaveLength(1000);
  });

  it('text with spaces at either end, control characters or line breaks where one line is due', () => {
    expect(problems(changed(['questions[1].theme', 'Victim care ']))).toEqual([
      'questions[1].theme: must not start or end with a space or line break',
    ]);
    expect(problems(changed(['questions[1].wording', 'Was victim\ncare appropriate?']))).toEqual([
      'questions[1].wording: must be one line, without tabs or control characters',
    ]);
    expect(problems(changed(['questions[1].guidance', 'Look\there']))).toEqual([
      'questions[1].guidance: must not contain tabs or control characters (line breaks are allowed)',
    ]);
    expect(problems(JSON.stringify(base()).replace('Stalking', 'Stalking \\ud800'))).toEqual([
      'crime_types[1].label: holds half a character (a "\\u" escape of a lone surrogate)',
    ]);
  });

  it('every problem at once, in the order of the file', () => {
    expect(
      problems(
        changed(
          ['slug', 'X'],
          ['crime_types[0].code', 'Burglary'],
          ['questions[0].applies_when', 'flag domestc_abuse'],
          ['questions[2].scale', 'NOPE'],
        ),
      ),
    ).toEqual([
      'slug: must be 3–64 of a-z 0-9 -',
      'crime_types[0].code: must be 1–40 of a-z 0-9 - _',
      'questions[0].applies_when, column 6: unknown flag "domestc_abuse" (did you mean domestic_abuse?)',
      'questions[2].scale: unknown scale "NOPE" (the scales are YN, YNA, YPN, YPNA, FPN)',
    ]);
  });

  it('a mistake once, not again on every rule that depends on it', () => {
    expect(problems(changed(['questions[0].scale', 'YYN'], ['questions[1].applies_when', 'answer risk_assessed = maybe']))).toEqual([
      'questions[0].scale: unknown scale "YYN" (the scales are YN, YNA, YPN, YPNA, FPN)',
    ]);
  });
});
