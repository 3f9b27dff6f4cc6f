import { redirect } from 'next/navigation';
import { authoriseFindingsRequest } from '@/lib/api/authorise';
import { downloadQuerySchema, parseQuery } from '@/lib/api/query';
import { clientIp } from '@/lib/auth/session';
import { nodeWriterStream, textStream } from '@/lib/exports/deliver';
import { childFor } from '@/lib/ops/log';
import { REQUEST_ID_HEADER } from '@/lib/ops/server-state';
import { CONTENT_TYPES, exportFileName, exportFindings, openAnswersExport, openWorkbookExport } from '@/lib/exports/exports';

const FILES = ['findings.csv', 'findings.json', 'answers.csv', 'workbook.xlsx'] as const;
type FileName = (typeof FILES)[number];

/** A plain refusal: a download link answers with text, not a page. */
function plain(status: 403 | 404 | 400, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

const NOT_FOUND = 'There is no such download.';

function attachment(contentType: string, name: string, provisional: boolean) {
  return {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
    'X-Provisional': provisional ? 'yes' : 'no',
  };
}

/** The downloads on the findings page, for a signed-in lead of the inspection or an admin. */
export async function GET(request: Request, context: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await context.params;
  if (!FILES.includes(file as FileName)) return plain(404, NOT_FOUND);
  const decision = await authoriseFindingsRequest(slug, null, await clientIp(), false);
  if (!decision.ok) {
    if (decision.status === 401) redirect(`/sign-in?returnTo=${encodeURIComponent(`/inspections/${slug}/findings`)}`);
    if (decision.status === 404) return plain(404, NOT_FOUND);
    return plain(403, 'You do not have access to these findings: they are for the inspection’s leads and for admins.');
  }
  const query = parseQuery(downloadQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return plain(400, query.message);
  const { provisional } = query.data;
  const request_ = { slug, provisional, actor: decision.actor, via: 'web' as const };

  switch (file as FileName) {
    case 'findings.csv':
    case 'findings.json': {
      const format = file === 'findings.csv' ? 'csv' : 'json';
      const result = await exportFindings({ ...request_, format });
      if (!result) return plain(404, NOT_FOUND);
      return new Response(result.body, {
        headers: attachment(CONTENT_TYPES[format], exportFileName(slug, 'findings', format, provisional), provisional),
      });
    }
    case 'answers.csv': {
      const open = await openAnswersExport({ ...request_, format: 'csv' });
      if (!open) return plain(404, NOT_FOUND);
      return new Response(textStream(open.chunks, open.close), {
        headers: attachment(CONTENT_TYPES.csv, exportFileName(slug, 'answers', 'csv', provisional), provisional),
      });
    }
    case 'workbook.xlsx': {
      const open = await openWorkbookExport(request_);
      if (!open) return plain(404, NOT_FOUND);
      // The workbook is written after this handler returns: the log line is bound to the request now.
      const requestLog = childFor(request.headers.get(REQUEST_ID_HEADER));
      const body = nodeWriterStream(open.write, (error) => {
        if (error) requestLog.error({ err: error, route: new URL(request.url).pathname }, 'workbook export failed');
      });
      return new Response(body, {
        headers: attachment(CONTENT_TYPES.xlsx, exportFileName(slug, 'workbook', 'xlsx', provisional), provisional),
      });
    }
  }
}
