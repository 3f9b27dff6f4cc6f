/** Runs once when the server starts: migrate the database and, if it is empty, seed it. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const { prepareDatabase, describeSetup } = await import('@/demo/seed-demo');
  const config = env();
  const result = await prepareDatabase({ demo: config.SEED_DEMO });
  const banner = describeSetup(result, process.env.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`);
  if (banner) console.log(banner);
}
