// Graceful shutdown, as an orchestrator stopping the service sees it: a sign-in still being
// uploaded when SIGTERM arrives is finished, new connections are refused, idle ones are closed,
// the database is closed and the process exits 0; or, past the time limit, exits 1. Each test has
// a server and database of its own, and waits for what the server says, never for a fixed time.
import http from 'node:http';
import net from 'node:net';
import { expect, test } from './support/fixtures';
import { ownPort, removeDatabase, startOwnServer, type LogLine, type OwnServer } from './support/own-server';
import { USERS } from './support/users';

test.describe.configure({ timeout: 120_000 });

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The sign-in form's fields as a browser without JavaScript posts them: its hidden fields, then the sign-in. */
async function signInBody(server: OwnServer, boundary: string): Promise<Buffer> {
  const html = await (await fetch(`${server.baseURL}/sign-in`)).text();
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/i.exec(html)?.[1] ?? '';
  const fields: [string, string][] = [];
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')]);
  }
  expect(fields.length).toBeGreaterThan(0);
  fields.push(['email', USERS.inspector.email], ['password', USERS.inspector.password]);
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(`${parts.join('')}--${boundary}--\r\n`);
}

/**
 * Starts posting the sign-in form and sends half of it. Resolves once the server has taken the
 * request (it answers `Expect: 100-continue`), so the request is in flight there.
 */
async function startSlowSignIn(server: OwnServer) {
  const boundary = 'ShutdownTestBoundary';
  const body = await signInBody(server, boundary);
  const request = http.request(`${server.baseURL}/sign-in`, {
    method: 'POST',
    agent: false,
    headers: {
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      'Content-Length': body.length,
      Origin: server.baseURL,
      Expect: '100-continue',
    },
  });
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  await new Promise<void>((resolve) => {
    request.once('continue', () => {
      resolve();
    });
  });
  request.write(body.subarray(0, body.length / 2));
  return {
    response,
    finish: () => {
      request.end(body.subarray(body.length / 2));
    },
  };
}

/** A keep-alive connection that has finished its request and sits idle; `closed` resolves when it closes. */
async function idleConnection(server: OwnServer): Promise<{ closed: Promise<void> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const request = http.get(`${server.baseURL}/healthz`, { agent }, (res) => {
      res.resume();
      res.once('end', () => {
        resolve(socket);
      });
    });
    let socket: net.Socket;
    request.once('socket', (s) => (socket = s));
    request.once('error', reject);
  });
  const closed = new Promise<void>((resolve) => {
    socket.once('close', () => {
      resolve();
    });
  });
  return { closed };
}

function refusesConnections(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, 'localhost');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code ?? 'error');
    });
  });
}

function indexOf(lines: LogLine[], match: (line: LogLine) => boolean): number {
  const index = lines.findIndex(match);
  expect(index, 'a log line is missing').toBeGreaterThanOrEqual(0);
  return index;
}

test('on SIGTERM a request in flight is finished, idle connections are closed, then the database, and it exits 0', async () => {
  const server = await startOwnServer('ops-shutdown', ownPort(13));
  try {
    const idle = await idleConnection(server);
    const signIn = await startSlowSignIn(server);

    server.process.kill('SIGTERM');
    await server.waitForLine((l) => l.msg === 'shutdown: stopped accepting new connections');
    await idle.closed;
    expect(await refusesConnections(server.port)).toBe('ECONNREFUSED');

    signIn.finish();
    const response = await signIn.response;
    response.resume();
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(String(response.headers['set-cookie'])).toContain('rcf.session=');

    expect(await server.exited).toBe(0);
    const lines = server.lines();
    const started = indexOf(lines, (l) => l.msg === 'shutdown: stopped accepting new connections');
    const idleClosed = indexOf(lines, (l) => l.msg === 'shutdown: closed idle connections');
    const request = indexOf(lines, (l) => l.msg === 'request' && l.method === 'POST' && l.route === '/sign-in' && l.status === 303);
    const finished = indexOf(lines, (l) => l.msg === 'shutdown: all requests finished');
    const closed = indexOf(lines, (l) => l.msg === 'shutdown: database closed');
    const complete = indexOf(lines, (l) => l.msg === 'shutdown: complete' && l.exitCode === 0);
    expect(lines[started]).toMatchObject({ count: 1 });
    expect(lines[idleClosed]?.count).toBeGreaterThanOrEqual(1);
    expect([started, idleClosed, request, finished, closed, complete]).toEqual(
      [started, idleClosed, request, finished, closed, complete].sort((a, b) => a - b),
    );
    expect(server.output()).not.toContain(USERS.inspector.password);
  } finally {
    await server.stop();
    removeDatabase(server.databaseFile);
  }
});

test('a request still running at the time limit is cut off and the process exits 1', async () => {
  const server = await startOwnServer('ops-shutdown-late', ownPort(14), { SHUTDOWN_TIMEOUT_SECONDS: '1' });
  try {
    const signIn = await startSlowSignIn(server);
    const cutOff = signIn.response.then(
      () => 'answered',
      () => 'cut off',
    );
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(await cutOff).toBe('cut off');
    const lines = server.lines();
    indexOf(lines, (l) => l.level === 'error' && l.msg === 'shutdown: requests still running at the time limit' && l.count === 1);
    indexOf(lines, (l) => l.msg === 'shutdown: database closed');
    indexOf(lines, (l) => l.msg === 'shutdown: complete' && l.exitCode === 1);
  } finally {
    await server.stop();
    removeDatabase(server.databaseFile);
  }
});
