// Readiness: the database answers and every migration this version ships has been applied. Needs
// no sign-in (it says nothing about anyone's data), writes nothing, is never cached. A 503 gives a
// plain reason; the cause is in the log.
import { checkReadiness } from '@/lib/ops/health';
import { childFor } from '@/lib/ops/log';
import { REQUEST_ID_HEADER } from '@/lib/ops/server-state';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const readiness = checkReadiness(childFor(request.headers.get(REQUEST_ID_HEADER)));
  const headers = { 'Cache-Control': 'no-store' };
  if (readiness.ready) return Response.json({ status: 'ready' }, { headers });
  return Response.json({ status: 'not ready', reason: readiness.reason }, { status: 503, headers });
}
