import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, migrateDatabase, openDatabase, useDatabase, type Db } from './client';
import { checkDatabase } from './health';

describe('checkDatabase', () => {
  let dir: string;
  let file: string;
  let db: Db;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-health-'));
    file = path.join(dir, 'app.db');
    db = openDatabase(file);
    migrateDatabase(db);
    useDatabase(db, file);
  });

  afterEach(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is ok when the database answers and every migration in drizzle/ is applied', () => {
    expect(checkDatabase(file)).toEqual({ ok: true });
  });

  it('names the migrations that have not been applied', () => {
    const last = db.$client.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number };
    db.$client.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(last.at);
    const journal = JSON.parse(fs.readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
    const newest = journal.entries.at(-1)?.tag;
    expect(checkDatabase(file)).toEqual({ ok: false, problem: 'migrations-pending', pending: [newest] });
  });

  it('is not ok when the file has gone from under the open connection, or is not a database', () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    expect(checkDatabase(file)).toMatchObject({ ok: false, problem: 'no-answer' });
    fs.writeFileSync(file, 'not a database\n'.repeat(100));
    expect(checkDatabase(file)).toMatchObject({ ok: false, problem: 'no-answer' });
  });

  it('is not ok without an open connection, and opens none itself', () => {
    closeDb();
    expect(checkDatabase(file)).toEqual({ ok: false, problem: 'not-open' });
  });

  it('is not ok when the migrations journal cannot be read', () => {
    expect(checkDatabase(file, path.join(dir, 'no-such-folder'))).toMatchObject({ ok: false, problem: 'no-journal' });
  });

  it('writes nothing', () => {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const before = ['', '-wal'].map((s) => fs.statSync(file + s).size);
    const version = db.$client.pragma('data_version', { simple: true }) as number;
    checkDatabase(file);
    checkDatabase(file);
    expect(['', '-wal'].map((s) => fs.statSync(file + s).size)).toEqual(before);
    expect(db.$client.pragma('data_version', { simple: true })).toBe(version);
  });
});
