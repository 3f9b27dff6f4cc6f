import { seedReferenceData } from '@/db/seed';
import { FORCES } from '@/domain/forces';
import { PEEL_2017_TEMPLATE } from '@/domain/peel-2017-template';

/** The forces and the default criteria template, which every database needs. */
export function prepareReferenceData(): { forcesAdded: number; templateId: number } {
  return seedReferenceData(FORCES, PEEL_2017_TEMPLATE);
}
