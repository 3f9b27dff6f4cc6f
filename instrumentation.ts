import type { Instrumentation } from 'next';

/** Runs once when the server starts: migrate the database and, if it is empty, seed it. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // ops: lend scripts/serve.mjs the service's log and a way to close the database at shutdown.
  const { markDatabaseServed, registerServerHooks } = await import('@/lib/ops/server-hooks');
  registerServerHooks();
  const { env } = await import('@/lib/env');
  const { prepareDatabase, describeSetup } = await import('@/demo/seed-demo');
  const config = env();
  const result = await prepareDatabase({ demo: config.SEED_DEMO });
  markDatabaseServed(config.PORT);
  const banner = describeSetup(result, process.env.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`);
  // For the person who ran `npm start`, on the console: never into the JSON log.
  if (banner) console.log(banner);
}

/** ops: every unexpected server error, with the reference its error page shows and the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/ops/request-errors');
  logRequestError(error, request, context);
};
