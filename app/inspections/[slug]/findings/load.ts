import 'server-only';
import { pageData, requireRole, type SignedIn } from '@/app/_server/guards';
import { openFindings, type FindingsScope } from '@/lib/findings/access';
import { parseFindingsFilter, type FindingsFilter } from '@/lib/validation/findings-filter';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface FindingsPageContext {
  user: SignedIn;
  /** The findings, opened for this person: every figure on the page is read through it. */
  scope: FindingsScope;
  inspection: FindingsScope['inspection'];
  forces: FindingsScope['forces'];
  filter: FindingsFilter;
  errors: { field: string; message: string }[];
  query: Record<string, string | string[] | undefined>;
}

/** Every findings page starts here: leads of this inspection and admins only, then the filters. */
export async function loadFindingsPage(params: Promise<{ slug: string }>, searchParams: SearchParams): Promise<FindingsPageContext> {
  const user = await requireRole('lead', 'admin');
  const { slug } = await params;
  const scope = await pageData(await openFindings(user, slug));
  const { forces, inspection } = scope;
  const query = await searchParams;
  const { filter, errors } = parseFindingsFilter(
    query,
    forces.map((f) => f.code),
    scope.template.crimeTypes.map((c) => c.code),
  );
  return { user, scope, inspection, forces, filter, errors, query };
}

/** A findings URL that keeps the filters (and adds what a link needs). */
export function findingsHref(
  slug: string,
  page: '' | 'files' | 'outcomes' | 'sentences',
  filter: Partial<FindingsFilter>,
  extra: Record<string, string | number> = {},
): string {
  const params = new URLSearchParams();
  if (filter.force) params.set('force', filter.force);
  if (filter.crimeType) params.set('crimeType', filter.crimeType);
  if (filter.provisional) params.set('provisional', 'yes');
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  const query = params.toString();
  return `/inspections/${encodeURIComponent(slug)}/findings${page ? `/${page}` : ''}${query ? `?${query}` : ''}`;
}
