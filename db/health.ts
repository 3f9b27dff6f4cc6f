// Whether the database can serve the service: the SQL behind GET /readyz. Reads only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openConnection } from './client';
import { migrationsFolder, resolveDatabasePath } from './config';

export type DatabaseHealth =
  | { ok: true }
  | { ok: false; problem: 'not-open' | 'no-answer' | 'no-journal'; cause?: unknown }
  | { ok: false; problem: 'migrations-pending'; pending: string[] };

interface JournalEntry {
  when: number;
  tag: string;
}

/** The migrations this version ships, from drizzle-kit's journal (`when` is what an applied row records). */
function shippedMigrations(folder: string): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries?: JournalEntry[] };
  if (!Array.isArray(journal.entries)) throw new Error('the migrations journal has no entries');
  return journal.entries;
}

function appliedMigrations(sqlite: Database.Database): Set<number> {
  const rows = sqlite.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as (number | string)[];
  return new Set(rows.map(Number));
}

/**
 * Asks the process's open connection a query, then opens the file on disk read-only and compares
 * its applied migrations with the journal. The second look matters: a database file deleted or
 * replaced under a running server still answers through the open connection, until the next
 * start finds it missing (and would make a new, empty one).
 */
export function checkDatabase(file = resolveDatabasePath(), folder = migrationsFolder()): DatabaseHealth {
  let shipped: JournalEntry[];
  try {
    shipped = shippedMigrations(folder);
  } catch (cause) {
    return { ok: false, problem: 'no-journal', cause };
  }
  const live = openConnection();
  if (!live) return { ok: false, problem: 'not-open' };
  let applied: Set<number>;
  try {
    live.$client.prepare('SELECT 1').get();
    if (file === ':memory:') {
      applied = appliedMigrations(live.$client);
    } else {
      const disk = new Database(file, { readonly: true, fileMustExist: true });
      try {
        applied = appliedMigrations(disk);
      } finally {
        disk.close();
      }
    }
  } catch (cause) {
    return { ok: false, problem: 'no-answer', cause };
  }
  const pending = shipped.filter((m) => !applied.has(m.when)).map((m) => m.tag);
  return pending.length ? { ok: false, problem: 'migrations-pending', pending } : { ok: true };
}
