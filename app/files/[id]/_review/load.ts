import type { Metadata } from 'next';
import { cache } from 'react';
import { requireRole, requireUser } from '@/app/_server/guards';
import { NO_FILE, parseId } from '@/lib/reviews/context';
import { notFound, type Result } from '@/lib/result';
import { getReviewPage, type ReviewPageData } from '@/lib/reviews/review-page';

/** A review page and its title load the file once, with the same guards and access checks. */
export const loadReviewPage = cache(async (rawId: string, role: 'any' | 'inspector') => {
  const user = role === 'inspector' ? await requireRole('inspector') : await requireUser();
  const id = parseId(rawId);
  const page: Result<ReviewPageData> = id === null ? notFound(NO_FILE) : await getReviewPage(user, id);
  return { user, page };
});

/** The page's title names the file only for someone allowed to see it, as the heading does. */
export async function reviewPageTitle(
  params: Promise<{ id: string }>,
  role: 'any' | 'inspector',
  title: (reference: string) => string,
  fallback: string,
): Promise<Metadata> {
  const { page } = await loadReviewPage((await params).id, role);
  const allowed = page.ok && (role === 'any' || page.value.isAssignee);
  return { title: allowed ? title(page.value.file.crimeReference) : fallback };
}
