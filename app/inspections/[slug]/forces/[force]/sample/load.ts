import 'server-only';
import { notFound } from 'next/navigation';
import { requireRole, requireThat } from '@/app/_server/guards';
import type { SessionUser } from '@/app/_server/session';
import { canManageInspection } from '@/lib/inspections/access';
import { findSampleTarget, type SampleTarget } from '@/lib/samples/target';

/** For the sample pages: the force of the inspection, if it exists and this person may manage it. */
export async function loadSampleTarget(slug: string, force: string): Promise<{ user: SessionUser; target: SampleTarget }> {
  const user = await requireRole('lead', 'admin');
  const found = await findSampleTarget(slug, force);
  if (!found.ok || !found.target.inScope) notFound();
  requireThat(await canManageInspection(user, found.target.inspectionId));
  return { user, target: found.target };
}

/** For the sample actions: the same checks, answering null rather than a page. */
export async function actionSampleTarget(user: SessionUser, slug: string, force: string): Promise<SampleTarget | null> {
  const found = await findSampleTarget(slug, force);
  if (!found.ok || !found.target.inScope) return null;
  return (await canManageInspection(user, found.target.inspectionId)) ? found.target : null;
}

export function samplePath(target: { inspectionSlug: string; force: { code: string } }): string {
  return `/inspections/${target.inspectionSlug}/forces/${target.force.code}/sample`;
}
