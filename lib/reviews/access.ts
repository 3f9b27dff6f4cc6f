import type { Role } from '@/domain/codes';

/** Who is asking: the parts of the signed-in user that access rules look at. */
export interface Viewer {
  id: number;
  role: Role;
}

/** Admins run every inspection; a lead runs the inspections they are named on. */
export function runsInspection(viewer: Viewer, leadIds: readonly number[]): boolean {
  return viewer.role === 'admin' || (viewer.role === 'lead' && leadIds.includes(viewer.id));
}

/** The inspector the file is assigned to. */
export function isAssignee(viewer: Viewer, file: { assigneeId: number | null }): boolean {
  return viewer.role === 'inspector' && file.assigneeId === viewer.id;
}

/** An inspector sees only the files assigned to them; leads their inspections; admins all. */
export function canSeeFile(viewer: Viewer, file: { assigneeId: number | null }, leadIds: readonly number[]): boolean {
  return isAssignee(viewer, file) || runsInspection(viewer, leadIds);
}

/** Only the assigned inspector answers, while the file is in the sample and not submitted. */
export function canEditReview(
  viewer: Viewer,
  file: { assigneeId: number | null; sampleStatus: string },
  status: 'draft' | 'submitted' | 'returned' | null,
): boolean {
  return isAssignee(viewer, file) && file.sampleStatus === 'sampled' && status !== 'submitted';
}
