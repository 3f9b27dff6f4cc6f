import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { writeServerMarker } from '@/db/server-marker';
import { fakeIo } from '@/testing/cli';
import { runCli } from '../run';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function forceCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM forces').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  let dir: string;
  let dbFile: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-backup-'));
    dbFile = path.join(dir, 'app.db');
    process.env.DATABASE_URL = dbFile;
    getDb();
  });
  afterEach(() => {
    closeDb();
    process.env.DATABASE_URL = ':memory:';
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a backup killed half-way leaves no file under the final name', async () => {
    // Enough pages that the online backup takes several steps.
    const db = getDb().$client;
    db.exec('CREATE TABLE filler (b BLOB)');
    const insert = db.prepare('INSERT INTO filler VALUES (randomblob(65536))');
    db.transaction(() => {
      for (let i = 0; i < 1200; i += 1) insert.run();
    })();
    closeDb();
    const out = path.join(dir, 'copy.db');
    const child = spawn(tsx, ['--tsconfig', 'tsconfig.json', 'cli/index.ts', 'backup', '--out', out], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: dbFile },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) =>
      child.once('exit', () => {
        resolve();
      }),
    );
    // Kill it as soon as anything of the copy is on disk, under any name.
    let sawPartial = false;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const names = fs.readdirSync(dir).filter((n) => n.includes('copy.db'));
      if (names.some((n) => fs.statSync(path.join(dir, n)).size > 0)) {
        sawPartial = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    await exited;
    expect(sawPartial).toBe(true);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a finished backup restores over the database, removing a stale -wal and -shm', async () => {
    const io = fakeIo();
    const copy = path.join(dir, 'copy.db');
    expect(await runCli(['backup', '--out', copy], io)).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.includes('partial'))).toEqual([]);
    const forces = forceCount(copy);
    expect(forces).toBeGreaterThan(0);
    getDb().$client.exec("DELETE FROM forces WHERE code = 'kent'");
    closeDb();
    expect(forceCount(dbFile)).toBe(forces - 1);
    // A -wal that belongs to another database must not be replayed onto the restored one.
    fs.writeFileSync(`${dbFile}-wal`, Buffer.alloc(8192, 7));
    fs.writeFileSync(`${dbFile}-shm`, Buffer.alloc(32768, 7));
    expect(await runCli(['restore', '--from', copy], io)).toBe(0);
    expect(io.stdout.at(-1)).toMatch(
      /^Restored the database from .*copy\.db: integrity ok\. The database it replaced is kept as .*app\.db\.before-restore-/,
    );
    const stale = Buffer.alloc(64, 7);
    expect(fs.existsSync(`${dbFile}-wal`) && fs.readFileSync(`${dbFile}-wal`).subarray(0, 64).equals(stale)).toBe(false);
    expect(forceCount(dbFile)).toBe(forces);
    const check = new Database(dbFile, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /is empty \(0 bytes\)/],
    ['a file that is not a database', Buffer.from('not a database at all, just text'.repeat(200)), /is not a database/],
  ])('restore refuses %s and leaves the database untouched', async (_name, content, message) => {
    const io = fakeIo();
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, content);
    closeDb();
    const before = fs.readFileSync(dbFile);
    expect(await runCli(['restore', '--from', bad], io)).toBe(1);
    expect(io.stderr.at(-1)).toMatch(message);
    expect(io.stderr.at(-1)).toMatch(/nothing was changed/);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('restore refuses a damaged backup (integrity check fails)', async () => {
    const io = fakeIo();
    const copy = path.join(dir, 'copy.db');
    expect(await runCli(['backup', '--out', copy], io)).toBe(0);
    closeDb();
    const bytes = fs.readFileSync(copy);
    // Overwrite the middle pages, keeping the header valid.
    bytes.fill(0x5a, 4096 * 3, bytes.length - 4096);
    fs.writeFileSync(copy, bytes);
    const before = fs.readFileSync(dbFile);
    expect(await runCli(['restore', '--from', copy], io)).toBe(1);
    expect(io.stderr.at(-1)).toMatch(/failed SQLite's integrity check.*nothing was changed/);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('restore refuses while a server is using the database', async () => {
    const io = fakeIo();
    const copy = path.join(dir, 'copy.db');
    expect(await runCli(['backup', '--out', copy], io)).toBe(0);
    closeDb();
    writeServerMarker(dbFile, { pid: process.pid, port: 3300 });
    expect(await runCli(['restore', '--from', copy], io)).toBe(1);
    expect(io.stderr.at(-1)).toMatch(/a server \(process \d+\) is using .*app\.db: stop it first/);
  });
});
