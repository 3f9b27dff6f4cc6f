import { recordAudit } from '@/db/audit';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { closeDb, getDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/config';
import { serverUsing } from '@/db/server-marker';
import { decide, type Principal } from '@/lib/policy';
import { formError, ok, refused, refusedBy, type Result } from '@/lib/result';

/** The database file and the files SQLite keeps beside it: never to be written over by an export. */
export function databaseFiles(): string[] {
  const file = resolveDatabasePath();
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/** Closes the process's database connection (the command line, at the end of a command). */
export function closeDatabase(): void {
  closeDb();
}

/** A consistent copy of the whole database, taken while the server keeps running; audited. */
export async function backUpDatabase(who: Principal, destination: string): Promise<Result<{ pages: number }>> {
  const decision = decide(who, 'database.back-up', {});
  if (!decision.allowed) return refusedBy(decision);
  const copied = await backupDatabase(destination);
  await recordAudit(who, { action: 'database.backed-up', entityType: 'database', detail: { file: destination } });
  return ok(copied);
}

/**
 * Puts a backup in place of the service's database. Only with no server using it (a server keeps
 * its connection, and the pages it caches, open: replacing the file under it corrupts both). The
 * restored database is migrated to this version and the restore is audited in it.
 */
export async function restoreFromBackup(who: Principal, from: string): Promise<Result<{ setAside?: string }>> {
  const decision = decide(who, 'database.restore', {});
  if (!decision.allowed) return refusedBy(decision);
  const target = resolveDatabasePath();
  if (target === ':memory:') return formError('DATABASE_URL names an in-memory database: there is no file to restore into');
  const server = serverUsing(target);
  if (server) {
    return refused(`a server (process ${server.pid}) is using ${target}: stop it first, then restore (nothing was changed)`);
  }
  closeDb();
  const outcome = restoreDatabase(from, target);
  if (!outcome.ok) return formError(outcome.changed ? outcome.problem : `${outcome.problem}: nothing was changed`);
  getDb();
  await recordAudit(who, { action: 'database.restored', entityType: 'database', detail: { file: from } });
  return ok(outcome.setAside ? { setAside: outcome.setAside } : {});
}
