import { closeDatabase } from '@/lib/operations/database';
import { processIo } from './io';
import { runCli } from './run';

// A reader that stops early (`… | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  closeDatabase();
  process.exit(0);
});

runCli(process.argv.slice(2), processIo)
  .then((code) => {
    closeDatabase();
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
