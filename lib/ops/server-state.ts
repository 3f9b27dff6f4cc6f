// State that scripts/serve.mjs (plain Node.js, outside the Next.js bundles) and the app share in one
// process. Next.js's custom server renders pages, actions and route handlers in the same process as
// serve.mjs, so a well-known symbol on globalThis reaches both. The shape is mirrored in serve.mjs:
// change both together.
import type { LogFields, LogLevel } from './log';

/** The header serve.mjs sets on every incoming request (and as X-Request-Id on its response). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What the app learns about a request while handling it, for that request's log line. */
export interface RequestNote {
  userId?: number;
}

export interface ServerState {
  /** Requests in flight, by request id: serve.mjs adds one when a request arrives and removes it when it is logged. */
  requests: Map<string, RequestNote>;
  /** Set by serve.mjs when a shutdown begins: the service then reports itself not ready. */
  shuttingDown: boolean;
  /** Registered by instrumentation.ts at start, so that serve.mjs writes through the service's log. */
  log?: (level: LogLevel, fields: LogFields, message: string) => void;
  /** Registered by instrumentation.ts at start; serve.mjs calls it last when it shuts down. */
  closeDatabase?: () => void;
}

const KEY = Symbol.for('review-case-files.server');
const holder = globalThis as typeof globalThis & { [KEY]?: ServerState };

/** The process's shared state (made here when serve.mjs is not the server: `next dev`, unit tests). */
export function serverState(): ServerState {
  holder[KEY] ??= { requests: new Map(), shuttingDown: false };
  return holder[KEY];
}
