// A sysadmin's view of failures: the reference on the 500 page leads to the failing request's lines
// in the server's log. The failures are real database faults, made by the test on a server and
// database of its own (nothing in the service can be made to fail on purpose).
import Database from 'better-sqlite3';
import type { Page, Response } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { ownPort, removeDatabase, startOwnServer, type OwnServer } from './support/own-server';
import { USERS } from './support/users';

const PORT = ownPort(11);
test.use({ baseURL: `http://localhost:${PORT}` });

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer('ops-errors', PORT);
});

test.afterAll(async () => {
  await server.stop();
  removeDatabase(server.databaseFile);
});

/** Runs SQL on the server's database from outside, as a fault on the disk or a bad hand edit would. */
function tamper(sql: string): void {
  const db = new Database(server.databaseFile);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

async function expectProblemPage(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' })).toBeVisible();
  const sentence = page.getByText(/^If you contact support, quote this reference: \S+$/);
  await expect(sentence).toBeVisible();
  const reference = /reference: (\S+)$/.exec(await sentence.innerText())?.[1];
  if (!reference) throw new Error('no reference on the page');
  await expect(page.locator('main')).not.toContainText(/sqlite|audit_events|stack|at \w+ \(/i);
  return reference;
}

/** The lines for one request: its access line and the error line carrying the page's reference. */
async function expectLogged(response: Response, reference: string, expected: { method: string; route: string; routeType: string }) {
  const requestId = await response.headerValue('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const error = await server.waitForLine((l) => l.msg === 'unexpected error' && l.digest === reference && l.requestId === requestId);
  expect(error).toMatchObject({ level: 'error', method: expected.method, route: expected.route, routeType: expected.routeType });
  expect(error.err?.message).toBeTruthy();
  const access = await server.waitForLine((l) => l.msg === 'request' && l.requestId === requestId);
  expect(access).toMatchObject({ method: expected.method, route: expected.route, status: 500 });
  expect(typeof access.userId).toBe('number');
  expect(error.userId).toBe(access.userId);
}

function expectNoPersonalDataLogged() {
  const output = server.output();
  for (const secret of [USERS.admin.email, USERS.admin.password]) expect(output).not.toContain(secret);
}

test('a page that fails shows a reference that leads to that request in the server log', async ({ page, a11y }) => {
  await signIn(page, USERS.admin, a11y);
  tamper('ALTER TABLE audit_events RENAME TO audit_events_lost');
  try {
    const response = await page.goto('/admin/audit?action=sign-in.');
    expect(response?.status()).toBe(500);
    const reference = await expectProblemPage(page);
    await a11y.check(page);
    if (!response) throw new Error('no response');
    await expectLogged(response, reference, { method: 'GET', route: '/admin/audit', routeType: 'render' });
  } finally {
    tamper('ALTER TABLE audit_events_lost RENAME TO audit_events');
  }
  expectNoPersonalDataLogged();
});

test('an action that fails shows a reference that leads to that request in the server log', async ({ page, a11y }) => {
  await signIn(page, USERS.admin, a11y);
  await page.goto('/admin/users');
  await a11y.check(page);
  await page.getByRole('link', { name: USERS.inspector2.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(USERS.inspector2.name);
  await a11y.check(page);
  const userPage = new URL(page.url()).pathname;
  // Every change writes its audit row in the same transaction: make that write fail.
  tamper("CREATE TRIGGER e2e_fault BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'fault made by the e2e test'); END");
  try {
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === userPage);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const response = await posted;
    expect(response.status()).toBe(500);
    const reference = await expectProblemPage(page);
    await a11y.check(page);
    await expectLogged(response, reference, { method: 'POST', route: userPage, routeType: 'action' });
  } finally {
    tamper('DROP TRIGGER e2e_fault');
  }
  expectNoPersonalDataLogged();
});

test('each request gets an id of its own, not one the client chose, and one log line without its query', async ({ request }) => {
  const response = await request.get('/healthz?from=jo.bloggs@example.org', { headers: { 'X-Request-Id': 'chosen-by-the-client' } });
  expect(response.status()).toBe(200);
  const requestId = response.headers()['x-request-id'];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const line = await server.waitForLine((l) => l.msg === 'request' && l.requestId === requestId);
  expect(line).toMatchObject({ level: 'info', method: 'GET', route: '/healthz', status: 200 });
  expect(line.durationMs).toBeGreaterThanOrEqual(0);
  expect(server.output()).not.toContain('chosen-by-the-client');
  expect(server.output()).not.toContain('jo.bloggs@example.org');
  expect(server.lines().filter((l) => l.requestId === requestId)).toHaveLength(1);
});
