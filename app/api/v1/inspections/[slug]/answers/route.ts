import { apiRoute } from '@/app/_server/api';
import { answersQuerySchema } from '@/lib/api/query';
import { textStream } from '@/lib/exports/deliver';
import { CONTENT_TYPES, exportFileName, openAnswersExport } from '@/lib/exports/exports';
import { ok } from '@/lib/result';

/**
 * Every counted answer of an inspection, streamed: `?format=csv` (or `Accept: text/csv`) for CSV,
 * JSON otherwise. `?provisional=yes` includes drafts and returned reviews, and says so in every row.
 */
export const GET = apiRoute('api.answers', answersQuerySchema, async (who, query, { slug }: { slug: string }, request) => {
  const format = query.format ?? (request.headers.get('accept')?.includes('text/csv') ? 'csv' : 'json');
  const open = await openAnswersExport(who, { slug, format, provisional: query.provisional, via: 'api' });
  if (!open.ok) return open;
  return ok(
    new Response(textStream(open.value.chunks, open.value.close), {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="${exportFileName(slug, 'answers', format, query.provisional)}"`,
        'Cache-Control': 'no-store',
        'X-Provisional': query.provisional ? 'yes' : 'no',
      },
    }),
  );
});
