// What the app lends scripts/serve.mjs at start (instrumentation.ts): the service's log and a way to
// close the database last when the server shuts down. It also marks the database as served by this
// process (db/server-marker.ts), so that `restore` refuses while the server runs.
import { closeDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/config';
import { removeServerMarker, writeServerMarker } from '@/db/server-marker';
import { log } from './log';
import { serverState } from './server-state';

export function registerServerHooks(): void {
  const state = serverState();
  state.log = (level, fields, message) => {
    log[level](fields, message);
  };
  const file = resolveDatabasePath();
  state.closeDatabase = () => {
    closeDb();
    if (file !== ':memory:') removeServerMarker(file);
  };
}

/** Called once the database has opened: from then on a restore must wait for this server to stop. */
export function markDatabaseServed(port: number): void {
  const file = resolveDatabasePath();
  if (file !== ':memory:') writeServerMarker(file, { pid: process.pid, port });
}
