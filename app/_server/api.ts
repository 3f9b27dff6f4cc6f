import 'server-only';
import type { z } from 'zod';
import { apiPrincipal } from '@/lib/api/authorise';
import { parseQuery } from '@/lib/api/query';
import { failureMessage, type Failure, type Result } from '@/lib/result';
import type { UserPrincipal } from '@/lib/policy';
import { reportRefusal } from './refusals';
import { clientIp, getCurrentUser } from './session';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } as const;

/** A JSON error for API callers: a status and one plain sentence. */
export function apiError(status: number, message: string): Response {
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="Review case files"';
  return new Response(`${JSON.stringify({ error: message })}\n`, { status, headers });
}

/** A failed result as its JSON error: 401, 403 or 404 for a refusal, 400 for input that cannot be used. */
export function apiFailure(failure: Failure): Response {
  return apiError(failure.kind === 'refused' ? failure.status : 400, failureMessage(failure));
}

/**
 * The one shape of an API route handler, the JSON twin of the server-action adapter: who is
 * calling (a session or a personal API token) → the query parsed with its schema (an unknown or
 * repeated parameter is an error) → the handler's use-case (which asks the policy) → a response,
 * or a JSON error.
 */
export function apiRoute<Query, Params>(
  name: string,
  schema: z.ZodType<Query>,
  handler: (who: UserPrincipal, query: Query, params: Params, request: Request) => Promise<Result<Response>>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const who = await apiPrincipal({
      authorization: request.headers.get('authorization'),
      session: getCurrentUser,
      ip: await clientIp(),
      allowToken: true,
    });
    if (!who.ok) return apiFailure(who);
    const query = parseQuery(schema, new URL(request.url).searchParams);
    if (!query.ok) return apiError(400, query.message);
    const result = await handler(who.value, query.data, await context.params, request);
    if (result.ok) return result.value;
    if (result.kind === 'refused' && result.status === 403) await reportRefusal(name, who.value.id, result.message);
    return apiFailure(result);
  };
}
