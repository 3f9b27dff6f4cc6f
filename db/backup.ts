// Backing up and restoring the database file. A backup is written under a temporary name beside
// its target, checked, and only then given its final name, so an interrupted one never leaves a
// file that looks like a backup. A restore checks the backup, copies it in the same way, sets the
// database it replaces aside (with its own -wal, so that pair stays whole), and never lets a -wal
// or -shm of the old database be replayed onto the new one.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getDb } from './client';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileVerdict = { ok: true } | { ok: false; problem: string };

function partialName(target: string, what: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${what}-${process.pid}.partial`);
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncFolder(folder: string): void {
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Whether a file is a whole, sound database of this service: not empty, an SQLite file, passes
 * SQLite's full integrity check, and carries the service's migrations table. Reads only.
 */
export function checkDatabaseFile(file: string): FileVerdict {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, problem: `${file} does not exist` };
  }
  if (!stat.isFile()) return { ok: false, problem: `${file} is not a file` };
  if (stat.size === 0) return { ok: false, problem: `${file} is empty (0 bytes)` };
  const head = Buffer.alloc(HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(HEADER)) return { ok: false, problem: `${file} is not a database (it is not an SQLite file)` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const verdict = db.pragma('integrity_check', { simple: true });
    if (verdict !== 'ok') return { ok: false, problem: `${file} failed SQLite's integrity check (${String(verdict)})` };
    const migrations = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
    if (!migrations) return { ok: false, problem: `${file} is not a database of this service (it has no migrations table)` };
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: `${file} failed SQLite's integrity check (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    db?.close();
  }
}

/**
 * A copy of the whole database, consistent while the server keeps writing (SQLite's online backup
 * API) and checked with SQLite's integrity check before it takes its final name. Never overwrites:
 * a file that appeared under that name meanwhile is kept and the copy is thrown away.
 */
export async function backupDatabase(destination: string): Promise<{ pages: number }> {
  const temporary = partialName(destination, 'backup');
  try {
    const result = await getDb().$client.backup(temporary);
    // The copy is a database of its own: make it one file, with no -wal beside it.
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const verdict = checkDatabaseFile(temporary);
    if (!verdict.ok) throw new Error(`the copy failed SQLite's integrity check: ${verdict.problem}`);
    fsyncFile(temporary);
    // link() refuses an existing name, where rename() would replace it.
    fs.linkSync(temporary, destination);
    fs.rmSync(temporary);
    fsyncFolder(path.dirname(destination));
    return { pages: result.totalPages };
  } finally {
    for (const each of [temporary, `${temporary}-wal`, `${temporary}-shm`, `${temporary}-journal`]) fs.rmSync(each, { force: true });
  }
}

/** `changed`: whether the database was already replaced when the problem was found. */
export type RestoreOutcome = { ok: true; setAside?: string } | { ok: false; problem: string; changed: boolean };

function stamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Puts a backup in place of the database file `target`, with no connection open to it. Checks the
 * backup first (nothing is changed if it fails), copies it beside the target and checks the copy,
 * moves the current database (and its -wal) aside as `<target>.before-restore-<time>`, removes its
 * -shm, moves the copy in, and checks the result.
 */
export function restoreDatabase(from: string, target: string): RestoreOutcome {
  const before = checkDatabaseFile(from);
  if (!before.ok) return { ...before, changed: false };
  const temporary = partialName(target, 'restore');
  try {
    fs.copyFileSync(from, temporary, fs.constants.COPYFILE_EXCL);
    fsyncFile(temporary);
    const copied = checkDatabaseFile(temporary);
    if (!copied.ok) throw new Error(`the copy failed its check: ${copied.problem}`);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    return {
      ok: false,
      problem: `could not copy ${from} beside the database: ${error instanceof Error ? error.message : String(error)}`,
      changed: false,
    };
  }
  let setAside: string | undefined;
  if (fs.existsSync(target)) {
    setAside = `${target}.before-restore-${stamp()}`;
    fs.renameSync(target, setAside);
    if (fs.existsSync(`${target}-wal`)) fs.renameSync(`${target}-wal`, `${setAside}-wal`);
  }
  for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) fs.rmSync(stale, { force: true });
  fs.renameSync(temporary, target);
  fsyncFolder(path.dirname(target));
  const after = checkDatabaseFile(target);
  if (!after.ok) {
    const kept = setAside ? `; the database it replaced is kept as ${setAside}` : '';
    return { ok: false, problem: `the restored database failed its check: ${after.problem}${kept}`, changed: true };
  }
  return setAside ? { ok: true, setAside } : { ok: true };
}
