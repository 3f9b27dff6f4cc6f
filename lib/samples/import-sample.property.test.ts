import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { caseFiles } from '@/db/schema';
import { readCaseFileList } from '@/lib/csv/case-file-list';
import { CRIME_TYPE_CODES } from '@/demo/peel-2017';
import { peelTemplate } from '@/testing/peel-2017';
import { ADMIN, freshInspection, target } from '@/testing/samples';
import { samples } from '@/testing/samples';

const { importSample } = samples;

const COLUMNS = ['crime_reference', 'crime_type', 'recorded_on', 'outcome', 'domestic_abuse', 'repeat_victim', 'vulnerable_victim'];

/** Mostly good values, with the mistakes people make mixed in. */
const row = fc.tuple(
  fc.oneof(fc.stringMatching(/^[A-Z]{1,2}\d{1,3}$/), fc.constant(''), fc.string({ maxLength: 70 })),
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CRIME_TYPE_CODES) }, fc.constant('burglary'), fc.string({ maxLength: 5 })),
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .date({ min: new Date('2017-01-01'), max: new Date('2017-03-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    fc.constantFrom('2017-02-31', '31/01/2017', '', '2017-04-01'),
  ),
  fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 25 }).map(String), fc.string({ maxLength: 3 })),
  fc.constantFrom('', 'yes', 'no', 'YES', 'y'),
  fc.constantFrom('', 'yes', 'no'),
  fc.constantFrom('', 'yes', 'no', 'maybe'),
);

/** Rows that are all good, apart from the duplicate references random ones can bring. */
const goodRow = fc.tuple(
  fc.stringMatching(/^[A-Z]\d{1,4}$/),
  fc.constantFrom(...CRIME_TYPE_CODES),
  fc.constantFrom('2017-01-01', '2017-02-28', '2017-03-31'),
  fc.constantFrom('', '1', '16', '22'),
  fc.constantFrom('', 'yes', 'no'),
  fc.constantFrom('', 'yes', 'no'),
  fc.constantFrom('', 'yes', 'no'),
);

async function filesIn(): Promise<number> {
  return getDb()
    .select()
    .from(caseFiles)
    .where(eq(caseFiles.forceId, (await target('kent')).force.id))
    .all().length;
}

describe('the importer under random input (property)', () => {
  it('never crashes on random bytes, and never imports part of them', async () => {
    await freshInspection();
    const kent = await target('kent');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(() => readCaseFileList(bytes, { template: peelTemplate() })).not.toThrow();
        const result = await importSample(kent, bytes, ADMIN);
        expect(result.ok).toBe(false);
        expect(await filesIn()).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('imports random rows all together or not at all', async () => {
    const seen = { imported: 0, refused: 0 };
    const rows = fc.oneof(fc.array(row, { minLength: 1, maxLength: 40 }), fc.array(goodRow, { minLength: 1, maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(rows, fc.boolean(), fc.boolean(), async (rows, bom, crlf) => {
        await freshInspection();
        const text = stringify([COLUMNS, ...rows], { record_delimiter: crlf ? 'windows' : 'unix' });
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
        const result = await importSample(await target('kent'), bytes, ADMIN);
        const count = await filesIn();
        if (result.ok) {
          seen.imported += 1;
          expect(count).toBe(rows.length);
        } else {
          seen.refused += 1;
          expect(count).toBe(0);
          expect(result.report.total).toBeGreaterThan(0);
          for (const p of result.report.problems) expect(p.message).toMatch(/^(Row \d+: |Rows \d+|The )/);
        }
      }),
      { numRuns: 120 },
    );
    // Both outcomes were exercised, or the property proves little.
    expect(seen.imported).toBeGreaterThan(5);
    expect(seen.refused).toBeGreaterThan(5);
  });
});
