// Liveness and readiness, for a load balancer or an orchestrator (GET /healthz, GET /readyz).
import { checkDatabase } from '@/db/health';
import type { Log } from './log';
import { serverState } from './server-state';

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Whether this process should be sent requests. Logs why not, with the cause (never shown to the caller). */
export function checkReadiness(log: Log): Readiness {
  if (serverState().shuttingDown) return notReady(log, 'the service is shutting down');
  const health = checkDatabase();
  if (health.ok) return { ready: true };
  switch (health.problem) {
    case 'migrations-pending': {
      const n = health.pending.length;
      return notReady(log, `${n} database ${n === 1 ? 'migration has' : 'migrations have'} not been applied`);
    }
    case 'no-journal':
      return notReady(log, 'the list of database migrations cannot be read', health.cause);
    case 'not-open':
      return notReady(log, 'the database is not open');
    case 'no-answer':
      return notReady(log, 'the database did not answer', health.cause);
  }
}

function notReady(log: Log, reason: string, cause?: unknown): Readiness {
  log.warn({ reason, err: cause }, 'not ready');
  return { ready: false, reason };
}
