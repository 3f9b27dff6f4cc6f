import { apiRoute } from '@/app/_server/api';
import { findingsQuerySchema } from '@/lib/api/query';
import { exportFindings } from '@/lib/exports/exports';
import { ok } from '@/lib/result';

/** The findings of an inspection as JSON: the same objects as `findings:export --format json`. */
export const GET = apiRoute('api.findings', findingsQuerySchema, async (who, query, { slug }: { slug: string }) => {
  const result = await exportFindings(who, { slug, format: 'json', provisional: query.provisional, via: 'api' });
  if (!result.ok) return result;
  return ok(
    new Response(result.value.body, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Provisional': query.provisional ? 'yes' : 'no',
      },
    }),
  );
});
