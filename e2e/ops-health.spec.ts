// What a load balancer or an orchestrator sees: /healthz (the process is up) and /readyz (the
// database answers and is fully migrated), on a server and database of the test's own, whose
// database the test then breaks. The server trusts a proxy here (TRUST_PROXY=true).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ownPort, removeDatabase, startOwnServer, type OwnServer } from './support/own-server';

const PORT = ownPort(12);
test.use({ baseURL: `http://localhost:${PORT}` });

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer('ops-health', PORT, { TRUST_PROXY: 'true' });
});

test.afterAll(async () => {
  await server.stop();
  removeDatabase(server.databaseFile);
});

function fileState(file: string) {
  return ['', '-wal'].map((suffix) => {
    const stat = fs.statSync(file + suffix, { throwIfNoEntry: false });
    return stat ? `${stat.size}@${stat.mtimeMs}` : 'none';
  });
}

async function expectNotReady(response: APIResponse, reason: string) {
  expect(response.status()).toBe(503);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({ status: 'not ready', reason });
  expect(body).not.toMatch(/sqlite|select|drizzle|no such|unable to open/i);
  const requestId = response.headers()['x-request-id'];
  const line = await server.waitForLine((l) => l.msg === 'not ready' && l.requestId === requestId);
  expect(line).toMatchObject({ level: 'warn', reason });
}

test('both answer without signing in, are not cached, and write nothing', async ({ request }) => {
  const before = fileState(server.databaseFile);
  for (let i = 0; i < 3; i += 1) {
    const health = await request.get('/healthz');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers()['cache-control']).toContain('no-store');
    const ready = await request.get('/readyz');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers()['cache-control']).toContain('no-store');
  }
  expect(fileState(server.databaseFile)).toEqual(before);
});

test('a request id from the trusted proxy is kept when it is well formed, replaced when not', async ({ request }) => {
  const kept = await request.get('/healthz', { headers: { 'X-Request-Id': 'proxy-0123456789abcdef' } });
  expect(kept.headers()['x-request-id']).toBe('proxy-0123456789abcdef');
  await server.waitForLine((l) => l.msg === 'request' && l.requestId === 'proxy-0123456789abcdef');
  const forged = await request.get('/healthz', { headers: { 'X-Request-Id': 'bad"id\\with{json}' } });
  expect(forged.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('/readyz says not ready when a migration is missing or the database file is gone, while /healthz answers', async ({ request }) => {
  const db = new Database(server.databaseFile);
  // drizzle's migrations table has no usable id: a migration is known by its timestamp.
  const last = db.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as {
    hash: string;
    created_at: number;
  };
  db.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(last.created_at);
  await expectNotReady(await request.get('/readyz'), '1 database migration has not been applied');
  db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(last.hash, last.created_at);
  db.close();
  expect((await request.get('/readyz')).status()).toBe(200);

  // Removed under the running server (as root can, whatever the permissions): the open connection
  // would still answer, but the next start would find no database.
  removeDatabase(server.databaseFile);
  await expectNotReady(await request.get('/readyz'), 'the database did not answer');
  // Replaced by something that is not a database.
  fs.writeFileSync(server.databaseFile, 'this is not a database\n'.repeat(200));
  await expectNotReady(await request.get('/readyz'), 'the database did not answer');

  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
});
