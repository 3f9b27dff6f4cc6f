import { beforeEach, describe, expect, it } from 'vitest';
import { getFindingsInspection } from '@/db/findings';
import { useFreshDatabase } from '@/testing/database';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { findingsFor } from './compute';
import { COUNT_KINDS, filesBehindCount, filesWithOutcome } from './drill-down';
import { buildInspection, testUser } from '@/testing/findings';

describe('the files behind a count', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('are exactly as many as the count, for every question, class, force and all forces', async () => {
    for (const email of ['l@x.example', 'r@x.example']) testUser(email);
    await seedReviewedInspection({
      slug: 'drill',
      name: 'Drill',
      seed: 'drill',
      forces: [
        { code: 'kent', files: 30 },
        { code: 'surrey', files: 25 },
      ],
      leadEmails: ['l@x.example'],
      reviewerEmails: ['r@x.example'],
      unreviewedPercent: 10,
      draftPercent: 10,
    });
    const inspection = await getFindingsInspection('drill');
    if (!inspection) throw new Error('no inspection');
    for (const provisional of [false, true]) {
      const findings = await findingsFor('drill', { provisional, crimeType: null });
      for (const scope of findings?.scopes ?? []) {
        for (const q of scope.questions) {
          const expected = {
            met: q.counts.met,
            partly: q.counts.partly,
            not_met: q.counts.notMet,
            not_applicable: q.counts.notApplicable,
            unanswered: q.counts.unanswered,
            relevant: q.relevant,
          };
          for (const kind of COUNT_KINDS) {
            const drill = await filesBehindCount(inspection, {
              questionCode: q.code,
              kind,
              forceCode: scope.key === 'all' ? null : scope.key,
              crimeType: null,
              provisional,
              page: 1,
            });
            expect(drill?.total, `${scope.key} ${q.code} ${kind}`).toBe(expected[kind]);
          }
        }
        for (const [outcome, n] of scope.outcomes.entries()) {
          const drill = await filesWithOutcome(inspection, {
            outcome: outcome === 0 ? null : outcome,
            forceCode: scope.key === 'all' ? null : scope.key,
            crimeType: null,
            provisional,
            page: 1,
          });
          expect(drill?.total).toBe(n);
        }
      }
    }
  });

  it('carry the rationale note and say why a file was not applicable', async () => {
    buildInspection(
      'notes',
      ['kent'],
      [
        {
          force: 'kent',
          crimeType: 'abh',
          outcome: 1,
          review: {
            status: 'submitted',
            answers: { victim_care_appropriate: 'no', outcome_appropriate: 'na' },
            notes: { victim_care_appropriate: 'Victim not updated for six weeks.' },
          },
        },
        { force: 'kent', crimeType: 'abh', outcome: null, review: { status: 'submitted', answers: { victim_care_appropriate: 'yes' } } },
      ],
      testUser(),
    );
    const inspection = await getFindingsInspection('notes');
    if (!inspection) throw new Error('no inspection');
    const notMet = await filesBehindCount(inspection, {
      questionCode: 'victim_care_appropriate',
      kind: 'not_met',
      forceCode: 'kent',
      crimeType: null,
      provisional: false,
      page: 1,
    });
    expect(notMet?.files.map((f) => [f.crimeReference, f.answer, f.note])).toEqual([['REF/0', 'no', 'Victim not updated for six weeks.']]);
    const na = await filesBehindCount(inspection, {
      questionCode: 'outcome_appropriate',
      kind: 'not_applicable',
      forceCode: null,
      crimeType: null,
      provisional: false,
      page: 1,
    });
    expect(na?.files.map((f) => [f.crimeReference, f.notApplicableBecause])).toEqual([
      ['REF/0', 'answered'],
      ['REF/1', 'rule'],
    ]);
    expect(
      await filesBehindCount(inspection, {
        questionCode: 'no_such_question',
        kind: 'met',
        forceCode: null,
        crimeType: null,
        provisional: false,
        page: 1,
      }),
    ).toBeUndefined();
    expect(
      await filesBehindCount(inspection, {
        questionCode: 'victim_care_appropriate',
        kind: 'met',
        forceCode: 'essex',
        crimeType: null,
        provisional: false,
        page: 1,
      }),
    ).toBeUndefined();
  });
});
