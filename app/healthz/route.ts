// Liveness: the process is up and serving. Touches nothing (no database), needs no sign-in, is never
// cached. For a load balancer or an orchestrator; GET /readyz says whether to send it requests.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
