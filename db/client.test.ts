import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function mode(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

describe('the database files', () => {
  it('are readable by the service’s own user only: 0600 files in a 0700 folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-modes-'));
    made.push(root);
    const file = path.join(root, 'data', 'app.db');
    const previous = process.umask(0o022);
    try {
      const db = openDatabase(file);
      db.$client.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      expect(mode(path.dirname(file))).toBe(0o700);
      for (const each of [file, `${file}-wal`, `${file}-shm`]) expect(mode(each), each).toBe(0o600);
      db.$client.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a database file left readable by others', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-modes-'));
    made.push(root);
    const file = path.join(root, 'app.db');
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o644);
    const db = openDatabase(file);
    expect(mode(file)).toBe(0o600);
    db.$client.close();
  });
});
