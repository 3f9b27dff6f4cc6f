import type { ParsedArgs } from '../args';
import type { CliIo } from '../io';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Options that take no value (see parseArgs). */
  flags?: readonly string[];
  /** False for a command that must not open (and migrate) the database first: restore. */
  opensDatabase?: boolean;
  run: (args: ParsedArgs, io: CliIo) => Promise<void>;
}
