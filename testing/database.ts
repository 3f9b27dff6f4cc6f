import { migrateDatabase, openDatabase, useDatabase, type Db } from '@/db/client';

/** A new, migrated in-memory database, installed as the process's connection. For tests. */
export function useFreshDatabase(): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  useDatabase(db);
  return db;
}
