import 'server-only';
import { parseInspectionForm } from '@/lib/validation/inspections';

/** The inspection form's reader for the action adapter (it has per-force and per-lead fields). */
export function readInspectionForm(mode: 'create' | 'edit') {
  return async (formData: FormData) => parseInspectionForm(formData, mode);
}
