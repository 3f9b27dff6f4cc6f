import 'server-only';
import { notFound } from 'next/navigation';
import { pageData, requireRole, type SignedIn } from '@/app/_server/guards';
import { findSampleTarget, type SampleTarget } from '@/lib/samples/target';

/** For the sample pages: the force of the inspection, if it exists and this person may manage it. */
export async function loadSampleTarget(slug: string, force: string): Promise<{ user: SignedIn; target: SampleTarget }> {
  const user = await requireRole('lead', 'admin');
  const target = await pageData(await findSampleTarget(user, slug, force, 'inspection.manage'));
  if (!target.inScope) notFound();
  return { user, target };
}

export function samplePath(target: { inspectionSlug: string; force: { code: string } }): string {
  return `/inspections/${target.inspectionSlug}/forces/${target.force.code}/sample`;
}
