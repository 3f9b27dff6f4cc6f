import { useFreshDatabase as openFreshDatabase } from '@/testing/database';
import { insertUser } from '@/db/users';
import { createInspection } from '@/lib/inspections/manage-inspections';
import { prepareReferenceData } from '@/lib/setup';
import { findSampleTarget, type SampleTarget } from '@/lib/samples/target';

export const ADMIN = { id: null, label: 'unit test', role: 'admin' as const };

/** A fresh database with the forces, the template, a lead and an inspection of Kent, the Met and Essex. For tests. */
export async function freshInspection(options: { recordedFrom?: string | null; recordedTo?: string | null } = {}) {
  openFreshDatabase();
  const { templateId } = prepareReferenceData();
  const lead = await insertUser({ email: 'lead@test.example', name: 'Lee Lead', role: 'lead', passwordHash: 'not used' }, ADMIN);
  const other = await insertUser({ email: 'other@test.example', name: 'Olu Other', role: 'lead', passwordHash: 'not used' }, ADMIN);
  const inspector = await insertUser(
    { email: 'insp@test.example', name: 'Ina Spector', role: 'inspector', passwordHash: 'not used' },
    ADMIN,
  );
  const created = await createInspection(
    {
      name: 'PEEL test',
      slug: 'peel-test',
      templateId,
      fieldworkStart: null,
      fieldworkEnd: null,
      recordedFrom: options.recordedFrom === undefined ? '2017-01-01' : options.recordedFrom,
      recordedTo: options.recordedTo === undefined ? '2017-03-31' : options.recordedTo,
      defaultSampleSize: 60,
      forces: [
        { code: 'kent', sampleSize: null },
        { code: 'met', sampleSize: 90 },
        { code: 'essex', sampleSize: null },
      ],
      leadIds: [lead.id],
    },
    ADMIN,
  );
  if (!created.ok) throw new Error(created.problems.map((p) => p.message).join('; '));
  return { templateId, lead, other, inspector, inspectionId: created.value.id };
}

export async function target(force: string, slug = 'peel-test'): Promise<SampleTarget> {
  const found = await findSampleTarget(slug, force);
  if (!found.ok) throw new Error(found.message);
  return found.target;
}

export const bytes = (text: string) => new TextEncoder().encode(text);
