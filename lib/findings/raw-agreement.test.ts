import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { useFreshDatabase } from '@/testing/database';
import { prepareRawFindings } from '@/bench/raw-findings';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { findingsFor } from './compute';
import { testUser } from '@/testing/findings';

describe('the benchmark’s hand-written query', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('gives the same numbers as the service, so comparing their speed is fair', async () => {
    for (const email of ['l@x.example', 'r@x.example']) testUser(email);
    await seedReviewedInspection({
      slug: 'raw',
      name: 'Raw',
      seed: 'raw agreement',
      forces: [
        { code: 'kent', files: 120 },
        { code: 'met', files: 90 },
      ],
      leadEmails: ['l@x.example'],
      reviewerEmails: ['r@x.example'],
      unreviewedPercent: 5,
      draftPercent: 5,
    });
    const findings = await findingsFor('raw', { provisional: false });
    const raw = prepareRawFindings(getDb().$client)(findings?.inspection.id ?? 0);
    for (const force of findings?.forces ?? []) {
      const scope = findings?.scopes.find((s) => s.key === force.code);
      for (const q of scope?.questions ?? []) expect(raw.get(force.id)?.get(q.code), `${force.code} ${q.code}`).toEqual(q.counts);
    }
  });
});
