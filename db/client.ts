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

/** Opens a database file with the durability settings every connection must have. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
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
