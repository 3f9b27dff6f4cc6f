import { isInspectionLead } from '@/db/inspection-setup';
import type { Role } from '@/domain/codes';

/** Admins manage every inspection; a lead only those they lead; inspectors none. */
export async function canManageInspection(user: { id: number; role: Role }, inspectionId: number): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'lead') return false;
  return isInspectionLead(inspectionId, user.id);
}
