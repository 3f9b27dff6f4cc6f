// What the app lends scripts/serve.mjs at start (instrumentation.ts): the service's log and a way to
// close the database last when the server shuts down.
import { closeDb } from '@/db/client';
import { log } from './log';
import { serverState } from './server-state';

export function registerServerHooks(): void {
  const state = serverState();
  state.log = (level, fields, message) => {
    log[level](fields, message);
  };
  state.closeDatabase = closeDb;
}
