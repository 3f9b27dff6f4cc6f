import 'server-only';
import { headers } from 'next/headers';
import { childFor, type Log } from '@/lib/ops/log';
import { REQUEST_ID_HEADER, serverState } from '@/lib/ops/server-state';

/** This request's id, as scripts/serve.mjs set it; null outside a request. */
export async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    return null; // not inside a request (a script or a unit test)
  }
}

/** The log for the request being handled: every line carries its id. */
export async function requestLog(): Promise<Log> {
  return childFor(await currentRequestId());
}

/**
 * Records who is signed in on this request, so that its log line names them by numeric id. Kept in
 * the process (never a header), so the client never sees it. Never throws: a request is not
 * refused because it could not be logged.
 */
export async function noteSignedInUser(userId: number): Promise<void> {
  const requestId = await currentRequestId();
  const note = requestId ? serverState().requests.get(requestId) : undefined;
  if (note) note.userId = userId;
}
