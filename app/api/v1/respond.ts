import type { RequestDecision } from '@/lib/api/authorise';

/** A JSON error for API callers: a status and one plain sentence. */
export function apiError(status: number, message: string): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="Review case files"';
  return new Response(`${JSON.stringify({ error: message })}\n`, { status, headers });
}

export function refused(decision: Extract<RequestDecision, { ok: false }>): Response {
  return apiError(decision.status, decision.message);
}
