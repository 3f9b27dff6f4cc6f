// The log line for an unexpected error, from instrumentation.ts `onRequestError`. The error page
// shows Next.js's digest of the error as its reference; this line carries that digest beside the
// request's id, so the reference leads to the request's own lines.
import { log } from './log';
import { REQUEST_ID_HEADER, serverState } from './server-state';

export interface FailedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FailureContext {
  routeType: string;
  routePath: string;
}

/** The reference an error page shows for this error, if Next.js gave it one. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined;
  return typeof error.digest === 'string' ? error.digest : undefined;
}

/** A path without its query string (which can carry search terms, even an email address). */
export function withoutQuery(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

export function logRequestError(error: unknown, request: FailedRequest, context: FailureContext): void {
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof header === 'string' ? header : undefined;
  log.error(
    {
      requestId,
      userId: requestId ? serverState().requests.get(requestId)?.userId : undefined,
      method: request.method,
      route: withoutQuery(request.path),
      routeType: context.routeType,
      routePath: context.routePath,
      digest: errorDigest(error),
      err: error,
    },
    'unexpected error',
  );
}
