import { authoriseFindingsRequest } from '@/lib/api/authorise';
import { findingsQuerySchema, parseQuery } from '@/lib/api/query';
import { clientIp, getCurrentUser } from '@/app/_server/session';
import { exportFindings } from '@/lib/exports/exports';
import { apiError, refused } from '../../../respond';

/** The findings of an inspection as JSON: the same objects as `findings:export --format json`. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const decision = await authoriseFindingsRequest(slug, {
    authorization: request.headers.get('authorization'),
    session: getCurrentUser,
    ip: await clientIp(),
    allowToken: true,
  });
  if (!decision.ok) return refused(decision);
  const query = parseQuery(findingsQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return apiError(400, query.message);
  const result = await exportFindings({ slug, format: 'json', provisional: query.data.provisional, actor: decision.actor, via: 'api' });
  if (!result) return apiError(404, 'There is no inspection with that code');
  return new Response(result.body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Provisional': query.data.provisional ? 'yes' : 'no',
    },
  });
}
