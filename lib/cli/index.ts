import { closeDb } from '@/db/client';
import { processIo } from './io';
import { runCli } from './run';

runCli(process.argv.slice(2), processIo)
  .then((code) => {
    closeDb();
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
