import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/db/client';
import { useFreshDatabase } from '@/testing/database';
import { checkReadiness } from './health';
import { createLog } from './log';
import { serverState } from './server-state';

function capture() {
  const written: string[] = [];
  return { log: createLog({ write: (chunk: string) => void written.push(chunk) }, 'info'), written };
}

describe('checkReadiness', () => {
  let db: Db;
  beforeEach(() => {
    db = useFreshDatabase();
  });
  afterEach(() => {
    serverState().shuttingDown = false;
    closeDb();
  });

  it('is ready when the database is migrated, and logs nothing', () => {
    const { log, written } = capture();
    expect(checkReadiness(log)).toEqual({ ready: true });
    expect(written).toEqual([]);
  });

  it('is not ready while the server shuts down, and says so in the log', () => {
    serverState().shuttingDown = true;
    const { log, written } = capture();
    expect(checkReadiness(log)).toEqual({ ready: false, reason: 'the service is shutting down' });
    expect(JSON.parse(written.join(''))).toMatchObject({ level: 'warn', msg: 'not ready', reason: 'the service is shutting down' });
  });

  it('gives a plain reason, and keeps the database error for the log', () => {
    db.$client.close();
    const { log, written } = capture();
    expect(checkReadiness(log)).toEqual({ ready: false, reason: 'the database did not answer' });
    expect(JSON.parse(written.join(''))).toMatchObject({
      level: 'warn',
      reason: 'the database did not answer',
      err: { message: expect.stringContaining('not open') as string },
    });
  });

  it('is not ready when no connection has been opened', () => {
    closeDb();
    expect(checkReadiness(capture().log)).toEqual({ ready: false, reason: 'the database is not open' });
  });
});
