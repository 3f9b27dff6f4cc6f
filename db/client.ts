import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsFolder, resolveDatabasePath } from './config';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

interface Connection {
  path: string;
  db: Db;
}

// One connection per process. Route handlers, server actions and instrumentation are bundled
// separately by Next.js, so the cache lives on globalThis rather than in module scope.
const globalForDb = globalThis as typeof globalThis & { __reviewCaseFilesDb?: Connection };

/**
 * Only the service's own user may read the database: a folder it creates is 0700, and the file is
 * created (or kept) 0600 before SQLite opens it. SQLite gives the -wal and -shm files the database
 * file's own permissions; ones left from before are set to 0600 as well.
 */
function keepPrivate(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((fs.statSync(each).mode & 0o077) !== 0) fs.chmodSync(each, 0o600);
    } catch {
      // not there, or not ours to change: SQLite reports a file it cannot use
    }
  }
}

/** Opens a database file with the durability settings every connection must have. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') keepPrivate(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}

/** The process's connection, opened and migrated on first use. */
export function getDb(): Db {
  const file = resolveDatabasePath();
  const cached = globalForDb.__reviewCaseFilesDb;
  if (cached && cached.path === file) return cached.db;
  if (cached) cached.db.$client.close();
  const db = openDatabase(file);
  migrateDatabase(db);
  globalForDb.__reviewCaseFilesDb = { path: file, db };
  return db;
}

/** The process's connection if one is open, without opening (or migrating) one. */
export function openConnection(): Db | undefined {
  return globalForDb.__reviewCaseFilesDb?.db;
}

/** Replaces the process's connection (tests use a fresh in-memory database each). */
export function useDatabase(db: Db, file = ':memory:'): void {
  globalForDb.__reviewCaseFilesDb = { path: file, db };
}

export function closeDb(): void {
  globalForDb.__reviewCaseFilesDb?.db.$client.close();
  delete globalForDb.__reviewCaseFilesDb;
}
