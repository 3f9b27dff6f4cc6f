import { recordAudit } from '@/db/audit';
import { closeDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/config';
import { backupDatabase } from '@/db/exports';
import { decide, type Principal } from '@/lib/policy';
import { ok, refusedBy, type Result } from '@/lib/result';

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
