import { authoriseFindingsRequest } from '@/lib/api/authorise';
import { answersQuerySchema, parseQuery } from '@/lib/api/query';
import { clientIp, getCurrentUser } from '@/app/_server/session';
import { textStream } from '@/lib/exports/deliver';
import { CONTENT_TYPES, exportFileName, openAnswersExport } from '@/lib/exports/exports';
import { apiError, refused } from '../../../respond';

/**
 * Every counted answer of an inspection, streamed: `?format=csv` (or `Accept: text/csv`) for CSV,
 * JSON otherwise. `?provisional=yes` includes drafts and returned reviews, and says so in every row.
 */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const decision = await authoriseFindingsRequest(slug, {
    authorization: request.headers.get('authorization'),
    session: getCurrentUser,
    ip: await clientIp(),
    allowToken: true,
  });
  if (!decision.ok) return refused(decision);
  const query = parseQuery(answersQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return apiError(400, query.message);
  const format = query.data.format ?? (request.headers.get('accept')?.includes('text/csv') ? 'csv' : 'json');
  const open = await openAnswersExport({ slug, format, provisional: query.data.provisional, actor: decision.actor, via: 'api' });
  if (!open) return apiError(404, 'There is no inspection with that code');
  return new Response(textStream(open.chunks, open.close), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFileName(slug, 'answers', format, query.data.provisional)}"`,
      'Cache-Control': 'no-store',
      'X-Provisional': query.data.provisional ? 'yes' : 'no',
    },
  });
}
