import { redirect } from 'next/navigation';
import { apiPrincipal } from '@/lib/api/authorise';
import { downloadQuerySchema, parseQuery } from '@/lib/api/query';
import { clientIp, getCurrentUser } from '@/app/_server/session';
import { nodeWriterStream, textStream } from '@/lib/exports/deliver';
import { childFor } from '@/lib/ops/log';
import { REQUEST_ID_HEADER } from '@/lib/ops/server-state';
import { failureMessage, type Failure } from '@/lib/result';
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
  const who = await apiPrincipal({ authorization: null, session: getCurrentUser, ip: await clientIp(), allowToken: false });
  if (!who.ok) {
    if (who.kind === 'refused' && who.status === 401) redirect(`/sign-in?returnTo=${encodeURIComponent(`/inspections/${slug}/findings`)}`);
    return plain(403, failureMessage(who));
  }
  const query = parseQuery(downloadQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return plain(400, query.message);
  const { provisional } = query.data;
  const request_ = { slug, provisional, via: 'web' as const };
  const refusal = (failure: Failure) =>
    failure.kind === 'refused' && failure.status === 404
      ? plain(404, NOT_FOUND)
      : plain(403, 'You do not have access to these findings: they are for the inspection’s leads and for admins.');

  switch (file as FileName) {
    case 'findings.csv':
    case 'findings.json': {
      const format = file === 'findings.csv' ? 'csv' : 'json';
      const result = await exportFindings(who.value, { ...request_, format });
      if (!result.ok) return refusal(result);
      return new Response(result.value.body, {
        headers: attachment(CONTENT_TYPES[format], exportFileName(slug, 'findings', format, provisional), provisional),
      });
    }
    case 'answers.csv': {
      const open = await openAnswersExport(who.value, { ...request_, format: 'csv' });
      if (!open.ok) return refusal(open);
      return new Response(textStream(open.value.chunks, open.value.close), {
        headers: attachment(CONTENT_TYPES.csv, exportFileName(slug, 'answers', 'csv', provisional), provisional),
      });
    }
    case 'workbook.xlsx': {
      const open = await openWorkbookExport(who.value, request_);
      if (!open.ok) return refusal(open);
      // The workbook is written after this handler returns: the log line is bound to the request now.
      const requestLog = childFor(request.headers.get(REQUEST_ID_HEADER));
      const body = nodeWriterStream(open.value.write, (error) => {
        if (error) requestLog.error({ err: error, route: new URL(request.url).pathname }, 'workbook export failed');
      });
      return new Response(body, {
        headers: attachment(CONTENT_TYPES.xlsx, exportFileName(slug, 'workbook', 'xlsx', provisional), provisional),
      });
    }
  }
}
