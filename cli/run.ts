import { prepareReferenceData } from '@/lib/setup';
import { parseArgs, UsageError } from './args';
import { COMMANDS } from './commands';
import { CommandError, type CliIo } from './io';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The database is DATABASE_URL (default ./data/app.db), the same the server uses.',
  ].join('\n');
}

/** Runs one command line; returns the exit code. Failures are one line on standard error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`error: unknown command '${name}'. Run 'npm run cli -- help' for the list.`);
    return 2;
  }
  try {
    if (command.opensDatabase !== false) prepareReferenceData();
    await command.run(parseArgs(rest, command.flags), io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}. Usage: npm run cli -- ${command.usage}`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    io.err(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
}
