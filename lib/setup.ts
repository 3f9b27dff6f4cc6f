import { getDb } from '@/db/client';
import { seedForces, seedTemplate } from '@/db/seed';
import { FORCES } from '@/domain/forces';
import { PEEL_2017_TEMPLATE } from '@/domain/peel-2017-template';

/** The forces and the default criteria template, which every database needs. */
export function prepareReferenceData(): { forcesAdded: number; templateId: number } {
  const db = getDb();
  return { forcesAdded: seedForces(db, FORCES), templateId: seedTemplate(db, PEEL_2017_TEMPLATE) };
}
