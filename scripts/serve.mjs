// Serves the built app. Unlike `next start`, it decides where a request came from: Next.js keeps
// an X-Forwarded-For header that a client sends itself, so any client could pick the address the
// sign-in limits and the audit log record. Here the header is replaced by the connection's own
// address, unless TRUST_PROXY=true says a reverse proxy in front of the service sets it.
//
// It also gives every request an id (the X-Request-Id header, both ways), writes one JSON log line
// per request, and shuts down gracefully on SIGTERM or SIGINT.
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
/** The address to listen on: only this machine unless HOST says otherwise (HOST=0.0.0.0 in a container). */
const host = process.env.HOST?.trim() || '127.0.0.1';
const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? '');
/** How long in-flight requests may take to finish once a shutdown begins (SHUTDOWN_TIMEOUT_SECONDS, default 10). */
const SHUTDOWN_TIMEOUT_MS = 1000 * (Number(process.env.SHUTDOWN_TIMEOUT_SECONDS) > 0 ? Number(process.env.SHUTDOWN_TIMEOUT_SECONDS) : 10);
/** A request id a trusted proxy may pass on: short, and nothing that could break a log line. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

// Shared with the app in this process (lib/ops/server-state.ts has the same shape): the requests in
// flight, whether a shutdown is under way, and the hooks instrumentation.ts registers at start.
const STATE_KEY = Symbol.for('review-case-files.server');
globalThis[STATE_KEY] ??= { requests: new Map(), shuttingDown: false };
const state = globalThis[STATE_KEY];

/** Through the service's log once the app has registered it; before that, a plain JSON line. */
function log(level, fields, message) {
  if (state.log) return state.log(level, fields, message);
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), ...fields, msg: message })}\n`);
}

const app = next({ dev: false, dir: root, port, hostname: 'localhost' });
await app.prepare();
const handle = app.getRequestHandler();

/** Drops X-Forwarded-Host/-Proto unless TRUST_PROXY; says whether the request came over https. */
function trustForwarded(req) {
  const proto = req.headers['x-forwarded-proto'];
  if (!trustProxy) delete req.headers['x-forwarded-host'];
  if (req.socket.encrypted) return true;
  return trustProxy && typeof proto === 'string' && proto.split(',')[0].trim().toLowerCase() === 'https';
}

/** A state-changing request whose Origin is not this service (the host the request was sent to). */
function crossOrigin(req) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false;
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === '') return false;
  const expected =
    (trustProxy && typeof req.headers['x-forwarded-host'] === 'string' && req.headers['x-forwarded-host'].split(',')[0].trim()) ||
    req.headers.host;
  try {
    return origin === 'null' || new URL(origin).host.toLowerCase() !== String(expected ?? '').toLowerCase();
  } catch {
    return true;
  }
}

const REFUSED_PAGE = `<!DOCTYPE html>
<html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><title>You do not have access – Review case files</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="govuk-template__body"><header class="govuk-header"><div class="govuk-header__container govuk-width-container">
<a href="/" class="govuk-header__link govuk-header__service-name">Review case files</a></div></header>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-l">You do not have access to this page</h1>
<p class="govuk-body">This form was sent from another website, so nothing was changed.</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go to Review case files</a> and try again from there.</p>
</main></div></body></html>
`;

function refuseCrossOrigin(res) {
  res.writeHead(403, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  res.end(REFUSED_PAGE);
}

function requestIdFor(req) {
  const offered = req.headers['x-request-id'];
  if (trustProxy && typeof offered === 'string' && WELL_FORMED_ID.test(offered) && !state.requests.has(offered)) return offered;
  return crypto.randomUUID();
}

/** Requests in flight on each open connection, so that a shutdown can close the idle ones. */
const connections = new Map();

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const requestId = requestIdFor(req);
  req.headers['x-request-id'] = requestId;
  res.setHeader('X-Request-Id', requestId);
  state.requests.set(requestId, {});

  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  // The service reads the last address in the header: the one the nearest trusted hop saw.
  req.headers['x-forwarded-for'] = trustProxy && typeof forwarded === 'string' && forwarded.trim() ? forwarded : peer;
  // The same for the host and scheme: Next.js compares an action's Origin with X-Forwarded-Host, so
  // a client-sent one would let any site's form post here. Only a trusted proxy may set them.
  const https = trustForwarded(req);
  req.headers['x-forwarded-proto'] = https ? 'https' : 'http';
  if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  if (crossOrigin(req)) {
    refuseCrossOrigin(res);
    state.requests.delete(requestId);
    log('warn', { requestId, method: req.method, status: 403 }, 'refused a request from another site');
    return;
  }

  const socket = req.socket;
  connections.set(socket, (connections.get(socket) ?? 0) + 1);
  if (state.shuttingDown) res.setHeader('Connection', 'close');

  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const note = state.requests.get(requestId) ?? {};
    state.requests.delete(requestId);
    const url = req.url ?? '/';
    const cut = url.search(/[?#]/);
    log(
      'info',
      {
        requestId,
        method: req.method,
        route: cut === -1 ? url : url.slice(0, cut),
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        userId: note.userId,
        aborted: res.writableFinished ? undefined : true,
      },
      'request',
    );
    const open = (connections.get(socket) ?? 1) - 1;
    if (connections.has(socket)) connections.set(socket, open);
    if (state.shuttingDown && open === 0) socket.end();
  };
  res.once('finish', done);
  res.once('close', done);
  void handle(req, res);
});
server.on('connection', (socket) => {
  connections.set(socket, 0);
  socket.once('close', () => connections.delete(socket));
});

server.on('error', (error) => {
  log('error', { err: error, port }, 'the server could not listen');
  process.exit(1);
});
// Only this machine unless HOST says otherwise (HOSTNAME is not read: containers set it to their own id).
server.listen(port, host, () => {
  log('info', { port, host }, `Review case files is ready on http://localhost:${port}`);
});

/**
 * Stops taking new connections, closes idle keep-alive ones, lets the requests in flight finish
 * (closing each connection as its last request ends), then closes the database and exits 0. If
 * they take longer than SHUTDOWN_TIMEOUT_MS, it gives up on them and exits 1.
 */
function shutdown(signal) {
  if (state.shuttingDown) {
    log('info', { signal }, 'shutdown: already under way');
    return;
  }
  state.shuttingDown = true;
  const timer = setTimeout(() => {
    log('error', { timeoutMs: SHUTDOWN_TIMEOUT_MS, count: state.requests.size }, 'shutdown: requests still running at the time limit');
    server.closeAllConnections();
    finish(1);
  }, SHUTDOWN_TIMEOUT_MS);
  server.close(() => {
    clearTimeout(timer);
    log('info', {}, 'shutdown: all requests finished');
    finish(0);
  });
  // Said once the listening socket is closed, so that whoever reads it can rely on it.
  log('info', { signal, count: state.requests.size }, 'shutdown: stopped accepting new connections');
  let idle = 0;
  for (const [socket, inFlight] of connections) {
    if (inFlight > 0) continue;
    socket.destroy();
    idle += 1;
  }
  log('info', { count: idle }, 'shutdown: closed idle connections');
}

function finish(exitCode) {
  try {
    if (state.closeDatabase) {
      state.closeDatabase();
      log('info', {}, 'shutdown: database closed');
    }
  } catch (error) {
    log('error', { err: error }, 'shutdown: the database did not close cleanly');
    exitCode = 1;
  }
  log(exitCode === 0 ? 'info' : 'error', { exitCode }, 'shutdown: complete');
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutdown(signal));
