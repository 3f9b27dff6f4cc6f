// Data for the sample specs (e2e/samples*.spec.ts): an inspection of its own, so those tests never
// touch the demo inspection that other specs use. Each force belongs to one test.
import { expectOk, SETUP } from '@/testing/principals';
import { getInspectionSetup, listTemplates } from '@/db/inspection-setup';
import { drawSample } from '@/lib/samples/draw-sample';
import { findSampleTarget } from '@/lib/samples/target';
import { createInspection } from '@/lib/inspections/manage-inspections';
import { findUserByEmail } from '@/db/users';
import { USERS } from './users';

export const SAMPLES_INSPECTION = { slug: 'e2e-samples', name: 'E2E sample checks 2017' };

/**
 * Cumbria's sample is drawn already (10 of 20), so a replacement can be tested on its own: rape has
 * two files in the population, one drawn and one reserve, so a second rape replacement finds none.
 */
export const CUMBRIA_POPULATION = [
  'crime_reference,crime_type,recorded_on,outcome,domestic_abuse,repeat_victim,vulnerable_victim',
  'CUM/R1,rape,2017-01-04,16,no,no,yes',
  'CUM/R2,rape,2017-02-11,,yes,no,yes',
  ...Array.from(
    { length: 18 },
    (_, i) => `CUM/A${String(i + 1).padStart(2, '0')},abh,2017-03-${String(i + 1).padStart(2, '0')},${(i % 22) + 1},no,no,no`,
  ),
].join('\n');

export async function prepareSamples(): Promise<void> {
  const lead = await findUserByEmail(USERS.lead.email);
  const template = (await listTemplates())[0];
  if (!lead || !template) throw new Error('the demo lead and template must be seeded first');
  if (await getInspectionSetup(SAMPLES_INSPECTION.slug)) return;
  const created = await createInspection(SETUP, {
    ...SAMPLES_INSPECTION,
    templateId: template.id,
    fieldworkStart: '2017-06-05',
    fieldworkEnd: '2017-07-28',
    recordedFrom: '2017-01-01',
    recordedTo: '2017-03-31',
    defaultSampleSize: 60,
    forces: [
      { code: 'cleveland', sampleSize: null },
      { code: 'cumbria', sampleSize: 10 },
      { code: 'derbyshire', sampleSize: null },
      { code: 'essex', sampleSize: null },
    ],
    leadIds: [lead.id],
  });
  expectOk(created);
  const cumbria = expectOk(await findSampleTarget(SETUP, SAMPLES_INSPECTION.slug, 'cumbria'));
  expectOk(await drawSample(SETUP, cumbria, new TextEncoder().encode(CUMBRIA_POPULATION), 'e2e-cumbria', 10));
}
