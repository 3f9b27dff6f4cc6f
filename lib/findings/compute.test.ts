import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/testing/database';
import { ANSWER_CODES, CRIME_TYPE_CODES } from '@/demo/peel-2017';
import { peelFacts, peelTemplate } from '@/testing/peel-2017';
import { classify, type Classification } from './classify';
import { allForcesScope, findingsFor, type Counts } from './compute';
import { buildInspection, testUser, type TestFile } from '@/testing/findings';

const Q = Object.fromEntries(peelTemplate().questions.map((q) => [q.code, q]));
const counts = (c: Partial<Counts>): Counts => ({ met: 0, partly: 0, notMet: 0, notApplicable: 0, unanswered: 0, ...c });

function question(findings: Awaited<ReturnType<typeof findingsFor>>, scope: string, code: string) {
  return findings?.scopes.find((s) => s.key === scope)?.questions.find((q) => q.code === code);
}

describe('findings', () => {
  let reviewer: number;
  beforeEach(() => {
    useFreshDatabase();
    reviewer = testUser();
  });

  it('counts only submitted reviews of sampled files, unless provisional', async () => {
    const files: TestFile[] = [
      { force: 'kent', crimeType: 'abh', outcome: 1, review: { status: 'submitted', answers: { victim_care_appropriate: 'yes' } } },
      { force: 'kent', crimeType: 'abh', outcome: 1, review: { status: 'submitted', answers: { victim_care_appropriate: 'no' } } },
      { force: 'kent', crimeType: 'abh', outcome: 1, review: { status: 'draft', answers: { victim_care_appropriate: 'yes' } } },
      { force: 'kent', crimeType: 'abh', outcome: 1, review: { status: 'returned', answers: { victim_care_appropriate: 'no' } } },
      { force: 'kent', crimeType: 'abh', outcome: 1, review: null },
      // Reserve and replaced files are not in the sample; a lead's QA re-review never counts.
      {
        force: 'kent',
        crimeType: 'abh',
        outcome: 1,
        sampleStatus: 'reserve',
        review: { status: 'submitted', answers: { victim_care_appropriate: 'yes' } },
      },
      {
        force: 'kent',
        crimeType: 'abh',
        outcome: 1,
        sampleStatus: 'replaced',
        review: { status: 'submitted', answers: { victim_care_appropriate: 'yes' } },
      },
      {
        force: 'essex',
        crimeType: 'rape',
        outcome: null,
        review: { status: 'submitted', answers: { victim_care_appropriate: 'yes' } },
        qa: { status: 'submitted', answers: { victim_care_appropriate: 'no' } },
      },
    ];
    buildInspection('counted', ['kent', 'essex'], files, reviewer);

    const final = await findingsFor('counted', { provisional: false });
    expect(question(final, 'kent', 'victim_care_appropriate')?.counts).toEqual(counts({ met: 1, notMet: 1, unanswered: 3 }));
    expect(question(final, 'essex', 'victim_care_appropriate')?.counts).toEqual(counts({ met: 1 }));
    expect(question(final, 'all', 'victim_care_appropriate')?.counts).toEqual(counts({ met: 2, notMet: 1, unanswered: 3 }));
    expect(final?.scopes.map((s) => [s.key, s.files, s.reviewed])).toEqual([
      ['essex', 1, 1],
      ['kent', 5, 2],
      ['all', 6, 3],
    ]);

    const provisional = await findingsFor('counted', { provisional: true });
    expect(question(provisional, 'kent', 'victim_care_appropriate')?.counts).toEqual(counts({ met: 2, notMet: 2, unanswered: 1 }));
  });

  it('reads applicability from the file’s facts and the review’s own answers', async () => {
    const files: TestFile[] = [
      // Repeat victim asked only when flagged; plan quality only when there was a plan.
      {
        force: 'kent',
        crimeType: 'abh',
        outcome: 16,
        repeatVictim: true,
        domesticAbuse: true,
        review: {
          status: 'submitted',
          answers: {
            repeat_victim_identified: 'yes',
            investigation_plan: 'yes',
            plan_quality: 'partly',
            evidence_led_considered: 'no',
            dash_completed: 'yes',
          },
        },
      },
      {
        force: 'kent',
        crimeType: 'abh',
        outcome: 18,
        review: { status: 'submitted', answers: { investigation_plan: 'no', dash_completed: 'yes' } },
      },
      { force: 'kent', crimeType: 'stalking', outcome: null, review: { status: 'submitted', answers: { investigation_plan: 'na' } } },
      // A draft that has not yet said whether there was a plan: its plan quality is unanswered, not n/a.
      { force: 'kent', crimeType: 'abh', outcome: null, repeatVictim: true, review: { status: 'draft', answers: {} } },
      { force: 'kent', crimeType: 'abh', outcome: 14, review: null },
    ];
    buildInspection('rules', ['kent'], files, reviewer);
    const f = await findingsFor('rules', { provisional: true });
    const kent = (code: string) => question(f, 'kent', code)?.counts;
    expect(kent('repeat_victim_identified')).toEqual(counts({ met: 1, notApplicable: 3, unanswered: 1 }));
    expect(kent('plan_quality')).toEqual(counts({ partly: 1, notApplicable: 2, unanswered: 2 }));
    expect(kent('investigation_plan')).toEqual(counts({ met: 1, notMet: 1, notApplicable: 1, unanswered: 2 }));
    // DASH: asked for domestic abuse, stalking or harassment. The second file was answered though
    // it does not apply (say the flags were corrected since): it counts as not applicable.
    expect(kent('dash_completed')).toEqual(counts({ met: 1, notApplicable: 3, unanswered: 1 }));
    expect(kent('evidence_led_considered')).toEqual(counts({ notMet: 1, notApplicable: 4 }));
    // Outcome 16 (first file, not answered) and 14 (last file, no review) ask about the victim's wishes.
    expect(kent('victim_wishes_recorded')).toEqual(counts({ notApplicable: 3, unanswered: 2 }));
    expect(kent('outcome_appropriate')).toEqual(counts({ notApplicable: 2, unanswered: 3 }));
  });

  it('gives percent, Wilson interval and a small-sample flag', async () => {
    const files: TestFile[] = Array.from({ length: 60 }, (_, i) => ({
      force: 'kent',
      crimeType: 'abh',
      outcome: 1,
      review: {
        status: 'submitted' as const,
        answers: { victim_care_appropriate: i < 54 ? 'yes' : 'no', risk_assessed: i < 5 ? 'yes' : 'no' },
      },
    }));
    files.forEach((file, i) => {
      if (i >= 8 && file.review) file.review.answers = { ...file.review.answers, outcome_appropriate: 'na' };
      else if (file.review) file.review.answers = { ...file.review.answers, outcome_appropriate: 'yes' };
    });
    buildInspection('kent60', ['kent'], files, reviewer);
    const f = await findingsFor('kent60', { provisional: false });
    const care = question(f, 'kent', 'victim_care_appropriate');
    expect(care).toMatchObject({ relevant: 60, percent: 90, smallSample: false });
    expect(care?.interval?.low).toBeCloseTo(0.7985, 3);
    expect(care?.interval?.high).toBeCloseTo(0.9534, 3);
    expect(question(f, 'kent', 'outcome_appropriate')).toMatchObject({ relevant: 8, percent: 100, smallSample: true });
    expect(question(f, 'kent', 'vulnerability_identified')).toMatchObject({
      relevant: 0,
      percent: null,
      interval: null,
      smallSample: true,
    });
  });

  it('narrows to a crime type', async () => {
    buildInspection(
      'types',
      ['kent'],
      [
        { force: 'kent', crimeType: 'rape', outcome: 1, review: { status: 'submitted', answers: { overall_good_standard: 'yes' } } },
        { force: 'kent', crimeType: 'abh', outcome: 1, review: { status: 'submitted', answers: { overall_good_standard: 'no' } } },
      ],
      reviewer,
    );
    const f = await findingsFor('types', { provisional: false, crimeType: 'rape' });
    expect(question(f, 'all', 'overall_good_standard')?.counts).toEqual(counts({ met: 1 }));
    expect(allForcesScope(f ?? never()).files).toBe(1);
  });
});

function never(): never {
  throw new Error('no findings');
}

/** Any file, with a review of any status whose answers may be partial, stray or contradictory. */
const fileArb = fc.record({
  force: fc.constantFrom('kent', 'essex', 'surrey'),
  crimeType: fc.constantFrom(...CRIME_TYPE_CODES),
  outcome: fc.option(fc.integer({ min: 1, max: 22 }), { nil: null }),
  domesticAbuse: fc.boolean(),
  repeatVictim: fc.boolean(),
  vulnerableVictim: fc.boolean(),
  sampleStatus: fc.constantFrom('sampled', 'sampled', 'sampled', 'reserve', 'replaced'),
  review: fc.option(
    fc.record({
      status: fc.constantFrom('draft', 'submitted', 'returned'),
      answers: fc.dictionary(fc.constantFrom(...peelTemplate().questions.map((q) => q.code)), fc.constantFrom(...ANSWER_CODES)),
    }),
    { nil: null },
  ),
}) satisfies fc.Arbitrary<TestFile>;

const FIELD: Record<Classification, keyof Counts> = {
  met: 'met',
  partly: 'partly',
  not_met: 'notMet',
  not_applicable: 'notApplicable',
  unanswered: 'unanswered',
};

describe('findings properties', () => {
  let reviewer: number;
  let run = 0;
  beforeEach(() => {
    useFreshDatabase();
    reviewer = testUser();
  });

  it('per-force counts add up to all forces; every question partitions the files in scope; counts match the rules read file by file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fileArb, { maxLength: 40 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...CRIME_TYPE_CODES), { nil: null }),
        async (files, provisional, crimeType) => {
          run += 1;
          const slug = `prop-${run}`;
          buildInspection(slug, ['kent', 'essex', 'surrey'], files, reviewer);
          const f = await findingsFor(slug, { provisional, crimeType });
          if (!f) throw new Error('no findings');
          const all = allForcesScope(f);
          const forces = f.scopes.slice(0, -1);

          for (const [i, q] of all.questions.entries()) {
            const sum = forces.reduce((acc, s) => {
              const c = s.questions[i]?.counts ?? counts({});
              return counts({
                met: acc.met + c.met,
                partly: acc.partly + c.partly,
                notMet: acc.notMet + c.notMet,
                notApplicable: acc.notApplicable + c.notApplicable,
                unanswered: acc.unanswered + c.unanswered,
              });
            }, counts({}));
            expect(sum).toEqual(q.counts);
          }
          for (const scope of f.scopes) {
            for (const q of scope.questions) {
              const c = q.counts;
              expect(c.met + c.partly + c.notMet + c.notApplicable + c.unanswered).toBe(scope.files);
              expect(q.relevant).toBe(c.met + c.partly + c.notMet);
              if (q.interval && q.percent !== null) {
                expect(q.interval.low * 100).toBeGreaterThanOrEqual(0);
                expect(q.interval.high * 100).toBeLessThanOrEqual(100);
                expect(q.interval.low).toBeLessThanOrEqual(c.met / q.relevant);
                expect(q.interval.high).toBeGreaterThanOrEqual(c.met / q.relevant);
              }
            }
          }

          // The same numbers from the test's own reading of scope and statuses, file by file.
          const statuses = provisional ? ['draft', 'submitted', 'returned'] : ['submitted'];
          const inScope = files.filter((file) => file.sampleStatus === 'sampled' && (crimeType === null || file.crimeType === crimeType));
          for (const scope of f.scopes) {
            const scoped = scope.key === 'all' ? inScope : inScope.filter((file) => file.force === scope.key);
            expect(scope.files).toBe(scoped.length);
            for (const q of scope.questions) {
              const expected = counts({});
              for (const file of scoped) {
                const counted = file.review && statuses.includes(file.review.status) ? file.review.answers : null;
                const question = Q[q.code];
                if (!question) throw new Error(`unknown question ${q.code}`);
                expected[FIELD[classify(question, peelFacts(file), counted)]] += 1;
              }
              expect(q.counts, `${scope.key} ${q.code}`).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
