// The service's log: one JSON object per line on standard output, through pino. Every other module
// logs through this one, so what a line may carry is decided here and nowhere else.
import pino, { type DestinationStream, type LevelWithSilent } from 'pino';

/**
 * The only fields a log line may carry. There is deliberately no field for an email address, a
 * name, a password, a token, a cookie, or an answer or note: a person is named by their numeric id.
 */
export interface LogFields {
  /** The request's id (`X-Request-Id`), also on that request's access line. */
  requestId?: string;
  /** The signed-in user's numeric id. */
  userId?: number;
  method?: string;
  /** A path without its query string. */
  route?: string;
  status?: number;
  durationMs?: number;
  /** The client went away before the response was finished. */
  aborted?: boolean;
  /** The reference an error page shows (Next.js's error digest). */
  digest?: string;
  /** Where in Next.js an error happened: render, route, action or proxy. */
  routeType?: string;
  /** The route's file path, e.g. /files/[id]. */
  routePath?: string;
  /** An error: its type, message, code and stack (email addresses masked). */
  err?: unknown;
  /** What was attempted, as the service names it ("review.save", "api.findings"). */
  action?: string;
  /** A plain explanation, e.g. why the service is not ready. */
  reason?: string;
  signal?: string;
  port?: number;
  count?: number;
  timeoutMs?: number;
  exitCode?: number;
}

type FieldName = keyof LogFields;

// Which type each field must have; a value of another type is dropped with its key.
const FIELD_TYPES = {
  requestId: 'string',
  userId: 'number',
  method: 'string',
  route: 'string',
  status: 'number',
  durationMs: 'number',
  aborted: 'boolean',
  digest: 'string',
  routeType: 'string',
  routePath: 'string',
  err: 'error',
  action: 'string',
  reason: 'string',
  signal: 'string',
  port: 'number',
  count: 'number',
  timeoutMs: 'number',
  exitCode: 'number',
} as const satisfies Record<FieldName, 'string' | 'number' | 'boolean' | 'error'>;

export const ALLOWED_FIELDS = Object.keys(FIELD_TYPES) as FieldName[];

/**
 * Keys that must never reach a log line, at any depth. The allow-list above already drops them;
 * pino's redaction removes them again should anything nested ever get through.
 */
export const FORBIDDEN_KEYS = [
  'email',
  'password',
  'passwordHash',
  'token',
  'secret',
  'note',
  'notes',
  'answer',
  'answers',
  'rationale',
  'authorization',
  'cookie',
  'cookies',
  'headers',
] as const;

const MAX_STRING = 2000;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// JSON escapes C0 control characters (CR, LF, ESC…) but not these, which some terminals and log
// viewers still treat as control codes or line breaks: they are written as visible escapes.
const UNESCAPED_CONTROLS = /[\u007f-\u009f\u2028\u2029]/g;

/** Masks email addresses (error messages can quote one), escapes stray controls, bounds the length. */
function clean(text: string): string {
  const masked = text.replace(EMAIL, '[email]').replace(UNESCAPED_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…` : masked;
}

interface LoggedError {
  type: string;
  message: string;
  code?: string;
  digest?: string;
  stack?: string;
  cause?: string;
}

/** An error as a log line carries it: never the object itself, whose own fields could hold anything. */
export function serializeError(value: unknown): LoggedError {
  if (!(value instanceof Error)) return { type: typeof value, message: clean(String(value)) };
  const extra = value as Error & { code?: unknown; digest?: unknown };
  const out: LoggedError = { type: value.name, message: clean(value.message) };
  if (typeof extra.code === 'string') out.code = clean(extra.code);
  if (typeof extra.digest === 'string') out.digest = clean(extra.digest);
  if (value.stack) out.stack = clean(value.stack);
  if (value.cause instanceof Error) out.cause = clean(`${value.cause.name}: ${value.cause.message}`);
  else if (typeof value.cause === 'string') out.cause = clean(value.cause);
  out.cause = clean(value.cause instanceof Error ? `${value.cause.name}: ${value.cause.message}` : String(value.cause));
  return out;
}

/** Keeps only allowed fields whose values have the allowed type. */
export function sanitizeFields(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!Object.hasOwn(FIELD_TYPES, key) || value === undefined) continue;
    const type = FIELD_TYPES[key as FieldName];
    if (type === 'error') out[key] = serializeError(value);
    else if (type === 'string' && typeof value === 'string') out[key] = clean(value);
    else if (type === 'number' && typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (type === 'boolean' && typeof value === 'boolean') out[key] = value;
  }
  return out;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface Log {
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
  /** A log whose every line carries these fields (a request's id, say). */
  child(fields: LogFields): Log;
}

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function levelFromEnv(): LevelWithSilent {
  const wanted = process.env.LOG_LEVEL?.trim().toLowerCase();
  return LEVELS.find((l) => l === wanted) ?? 'info';
}

function wrap(logger: pino.Logger): Log {
  const write = (level: LogLevel) => (fields: LogFields, message: string) => {
    logger[level](sanitizeFields(fields), clean(message));
  };
  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => wrap(logger.child(sanitizeFields(fields))),
  };
}

/** A log writing to `destination` (standard output unless given: tests pass their own). */
export function createLog(destination?: DestinationStream, level: LevelWithSilent = levelFromEnv()): Log {
  const logger = pino(
    {
      level,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Errors are already plain objects (serializeError); pino's own serializer would wrap them again.
      serializers: { err: (value: unknown) => value },
      redact: { paths: FORBIDDEN_KEYS.flatMap((k) => [k, `*.${k}`]), remove: true },
    },
    // Synchronous: a line is on standard output before the next statement runs, so nothing is lost
    // when the process exits straight after logging (as it does at the end of a shutdown).
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return wrap(logger);
}

/** The service's log. */
export const log: Log = createLog();

/** The log for one request: every line carries its id. */
export function childFor(requestId: string | null | undefined): Log {
  return requestId ? log.child({ requestId }) : log;
}
