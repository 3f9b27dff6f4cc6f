import { LARGE_SAMPLE_FORCES } from '@/domain/forces';
import type { InspectionSetupView } from '@/lib/inspections/manage-inspections';
import { DATE_FIELDS } from '@/lib/validation/inspections';

function dateParts(name: string, iso: string | null): Record<string, string> {
  if (!iso) return {};
  const [year = '', month = '', day = ''] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}

/** A new inspection starts from the PEEL 2017 design: 60 files a force, 90 from the three largest. */
export function createDefaults(): Record<string, string> {
  return { defaultSampleSize: '60', ...Object.fromEntries(LARGE_SAMPLE_FORCES.map((code) => [`size-${code}`, '90'])) };
}

export function editDefaults(view: InspectionSetupView): Record<string, string> {
  const values: Record<string, string> = {
    name: view.name,
    templateId: String(view.templateId),
    defaultSampleSize: String(view.defaultSampleSize),
  };
  for (const d of DATE_FIELDS) Object.assign(values, dateParts(d.name, view[d.name]));
  for (const f of view.forces) {
    values[`force-${f.code}`] = 'yes';
    if (f.sampleSize !== null) values[`size-${f.code}`] = String(f.sampleSize);
  }
  for (const l of view.leads) values[`lead-${l.id}`] = 'yes';
  return values;
}
